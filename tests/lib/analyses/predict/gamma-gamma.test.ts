import { describe, expect, it } from 'vitest';
import {
  expectedAverageValue,
  fitGammaGamma,
  gammaGammaLogLikelihood,
} from '../../../../src/lib/analyses/predict/gamma-gamma';
import { cdnowSpend } from './cdnow';

const within = (actual: number, expected: number, share: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * share);

describe('Gamma-Gamma closed forms, worked by hand', () => {
  it('computes the density of one average', () => {
    // p = 1, q = 2, γ = 1, x = 1, zbar = 1:
    // Γ(3)/(Γ(1)Γ(2)) · 1^2 · 1^0 · 1^1 / (1 + 1)^3 = 2/8 = 1/4
    const ll = gammaGammaLogLikelihood({ p: 1, q: 2, gamma: 1 }, [{ x: 1, zbar: 1 }]);
    expect(ll).toBeCloseTo(Math.log(1 / 4), 14);
  });

  it('expects a weighted mean of the customer and everyone', () => {
    const params = { p: 2, q: 3, gamma: 10 };
    // Everyone: pγ/(q−1) = 2·10/2 = 10; what one-time buyers get.
    expect(expectedAverageValue(params, 0, 0)).toBeCloseTo(10, 14);
    // x = 2, zbar = 20: p(γ + x·zbar)/(px + q − 1) = 2·(10 + 40)/(4 + 2) = 100/6
    expect(expectedAverageValue(params, 2, 20)).toBeCloseTo(100 / 6, 13);
    // The more purchases, the closer to their own average.
    expect(expectedAverageValue(params, 200, 20)).toBeCloseTo(20, 1);
  });
});

describe('Gamma-Gamma on the published CDNOW sample', () => {
  it('reproduces p ≈ 6.25, q ≈ 3.74, γ ≈ 15.44 on the 946 repeat customers', () => {
    const spend = cdnowSpend();
    expect(spend).toHaveLength(946);
    const fit = fitGammaGamma(spend);
    expect(fit.converged).toBe(true);
    within(fit.p, 6.25, 0.01);
    within(fit.q, 3.74, 0.01);
    within(fit.gamma, 15.44, 0.01);
  });
});

import { describe, expect, it } from 'vitest';
import { hyp2f1, logGamma, logHyp2f1 } from '../../../../src/lib/analyses/predict/special';

describe('log-gamma', () => {
  it.each([
    [1, 0], // Γ(1) = 1
    [2, 0], // Γ(2) = 1! = 1
    [10, Math.log(362880)], // Γ(10) = 9!
    [0.5, 0.5 * Math.log(Math.PI)], // Γ(1/2) = √π
    [1.5, Math.log(Math.sqrt(Math.PI) / 2)], // Γ(3/2) = √π / 2
    [1e-3, Math.log(999.4237724845954)], // Γ(0.001) (Python math.gamma), reflection branch
    [171.5, 709.1431630309282], // Python math.lgamma; Γ itself would overflow
  ])('ln Γ(%f)', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 10);
  });

  it('is NaN where the models never go (0 and below)', () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1.5)).toBeNaN();
  });
});

describe('the hypergeometric function 2F1', () => {
  it('is 1 at z = 0', () => {
    expect(hyp2f1(3, 4, 5, 0)).toBe(1);
  });

  it('matches closed forms', () => {
    // 2F1(1, 1; 2; z) = −ln(1 − z) / z
    expect(hyp2f1(1, 1, 2, 0.5)).toBeCloseTo(-Math.log(0.5) / 0.5, 13);
    // 2F1(a, b; a; z) = (1 − z)^−b
    expect(hyp2f1(5, 4, 5, 0.5)).toBeCloseTo(16, 12);
    expect(hyp2f1(2.5, 0.3, 2.5, 0.9)).toBeCloseTo(Math.pow(0.1, -0.3), 12);
    // A negative whole a ends the series: 2F1(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1))
    expect(hyp2f1(-2, 3, 4, 0.5)).toBeCloseTo(1 - (2 * 3 * 0.5) / 4 + (3 * 4 * 0.25) / (4 * 5), 14);
  });

  it('converges close to z = 1, and says NaN where it is undefined', () => {
    // 2F1(1, 1; 2; 0.999) = −ln(0.001) / 0.999, thousands of terms
    expect(hyp2f1(1, 1, 2, 0.999)).toBeCloseTo(-Math.log(0.001) / 0.999, 8);
    expect(hyp2f1(1, 1, -2, 0.5)).toBeNaN();
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
  });
});

describe('the logarithm of 2F1, for values beyond the doubles', () => {
  it('is ln of the plain series where that is finite', () => {
    expect(logHyp2f1(3, 4, 5, 0)).toBe(0);
    expect(logHyp2f1(1, 1, 2, 0.5)).toBeCloseTo(Math.log(-Math.log(0.5) / 0.5), 14);
    const plain = hyp2f1(4, 2403, 3202, 0.737);
    expect(Math.abs(logHyp2f1(4, 2403, 3202, 0.737) - Math.log(plain))).toBeLessThan(1e-13);
  });

  it('carries a value that overflows a double', () => {
    // 2F1(a, b; a; z) = (1 − z)^−b: with b = 2000, z = 0.9 that is 10^2000,
    // ln = 2000 · ln 10 = 4605.170185988091
    expect(hyp2f1(5, 2000, 5, 0.9)).toBeNaN();
    const ln = logHyp2f1(5, 2000, 5, 0.9);
    expect(Math.abs(ln - 2000 * Math.LN10)).toBeLessThan(1e-12 * 4605);
  });

  it('is NaN outside its domain (parameters > 0, 0 <= z < 1)', () => {
    expect(logHyp2f1(-1, 1, 2, 0.5)).toBeNaN();
    expect(logHyp2f1(1, 1, 2, 1)).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import {
  moments,
  newcombe,
  studentTQuantile,
  welch,
  wilson,
} from '../../../../src/lib/analyses/follow-up/stats';

describe('the interval of a difference in "came back"', () => {
  // Wilson, 10 of 20, z = 1.96 (z² = 3.8415, z²/n = 0.19207):
  //   centre = (0.5 + 0.09604) / 1.19207 = 0.5
  //   half   = 1.96 / 1.19207 × sqrt(0.25/20 + 3.8415/1600) = 1.64418 × 0.12207 = 0.20070
  it('gives Wilson 0.2993 to 0.7007 for 10 of 20', () => {
    const w = wilson(10, 20);
    expect(w.low).toBeCloseTo(0.2993, 4);
    expect(w.high).toBeCloseTo(0.7007, 4);
  });

  // Wilson, 2 of 10 (z²/n = 0.38415):
  //   centre = (0.2 + 0.19207) / 1.38415 = 0.28326
  //   half   = 1.96 / 1.38415 × sqrt(0.016 + 0.0096037) = 1.41602 × 0.16001 = 0.22658
  it('gives Wilson 0.0567 to 0.5098 for 2 of 10', () => {
    const w = wilson(2, 10);
    expect(w.low).toBeCloseTo(0.0567, 4);
    expect(w.high).toBeCloseTo(0.5098, 4);
  });

  // Newcombe, 10/20 contacted against 2/10 kept aside: d = 0.3
  //   low  = 0.3 − sqrt((0.5 − 0.2993)² + (0.5098 − 0.2)²) = 0.3 − sqrt(0.04028 + 0.09600) = −0.0692
  //   high = 0.3 + sqrt((0.7007 − 0.5)² + (0.2 − 0.0567)²) = 0.3 + sqrt(0.04028 + 0.02054) = 0.5466
  it('combines the two Wilson intervals (hand-worked: −0.069 to 0.547)', () => {
    const d = newcombe(10, 20, 2, 10);
    expect(d.low).toBeCloseTo(-0.0692, 3);
    expect(d.high).toBeCloseTo(0.5466, 3);
  });

  it("matches Newcombe's published example (1998, Table II (a): 56/70 − 48/80 = 0.0524 to 0.3339)", () => {
    const d = newcombe(56, 70, 48, 80);
    expect(d.low).toBeCloseTo(0.0524, 4);
    expect(d.high).toBeCloseTo(0.3339, 4);
  });

  it('still gives an interval when nobody came back in either group (Wald would give 0 to 0)', () => {
    const d = newcombe(0, 15, 0, 15);
    expect(d.low).toBeLessThan(0);
    expect(d.high).toBeGreaterThan(0);
    expect(d.high).toBeCloseTo(-d.low, 12);
  });
});

describe('the interval of a difference in revenue per customer', () => {
  it("has Student's t quantiles of the printed tables", () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.2281, 4);
    expect(studentTQuantile(0.975, 28)).toBeCloseTo(2.0484, 4);
    expect(studentTQuantile(0.025, 28)).toBeCloseTo(-2.0484, 4);
    expect(studentTQuantile(0.975, 1000)).toBeCloseTo(1.9623, 4);
  });

  it('computes the mean and the sample variance', () => {
    // [50, 0, 0, −15, 12]: mean 47 / 5 = 9.4; squared deviations 1648.36 + 88.36 + 88.36
    // + 595.36 + 6.76 = 2427.2; / 4 = 606.8
    expect(moments([50, 0, 0, -15, 12])).toEqual({
      n: 5,
      mean: 9.4,
      variance: expect.closeTo(606.8, 9),
    });
  });

  // Welch: contacted n 20, mean 15, variance 400; kept aside n 10, mean 5, variance 100.
  //   variances of the means 400/20 = 20 and 100/10 = 10; se = sqrt(30) = 5.4772
  //   df = 30² / (20²/19 + 10²/9) = 900 / (21.0526 + 11.1111) = 27.982
  //   t(0.975, 27.98) = 2.0484 (between the tables' 2.0484 at 28 and 2.0518 at 27)
  //   10 ± 2.0484 × 5.4772 = −1.22 to 21.22
  it('gives the hand-worked Welch interval −1.22 to 21.22', () => {
    const w = welch({ n: 20, mean: 15, variance: 400 }, { n: 10, mean: 5, variance: 100 });
    expect(w?.df).toBeCloseTo(27.982, 3);
    expect(w?.low).toBeCloseTo(-1.22, 2);
    expect(w?.high).toBeCloseTo(21.22, 2);
  });

  it('has no interval with fewer than two customers in a group', () => {
    expect(welch({ n: 1, mean: 5, variance: 0 }, { n: 10, mean: 5, variance: 100 })).toBeNull();
  });
});

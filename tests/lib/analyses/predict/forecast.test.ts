import { describe, expect, it } from 'vitest';
import {
  checkDiscountRate,
  discountedPurchasesIfAlive,
  forecastCustomers,
  forecastTotals,
} from '../../../../src/lib/analyses/predict/forecast';

// r = a + b − 1 gives closed forms (see bgnbd.test.ts): with r = 4, α = 2, a = 2, b = 3, a
// customer with x = 1, T = 4 expects, if alive, (a+b+x−1)/(a−1) · z = 5t/(6 + t) purchases in
// the next t days (z = t/(α+T+t)), and P(alive) = 1/6.0625 when t_x = 2.
const bgnbd = { r: 4, alpha: 2, a: 2, b: 3 };
const ann = { customer: 'ann', x: 1, t_x: 2, T: 4, zbar: 20 };

describe('lifetime value', () => {
  it('discounts each month’s expected purchases', () => {
    // Two months of 6 days at 10% a month: E(6) = 30/12 = 2.5, E(12) = 60/18 = 10/3
    // 2.5/1.1 + (10/3 − 2.5)/1.21 = 2.272727… + 0.688705… = 2.961432…
    const v = discountedPurchasesIfAlive(bgnbd, ann, 0.1, 2, 6);
    expect(v).toBeCloseTo(2.5 / 1.1 + (10 / 3 - 2.5) / 1.21, 12);
  });

  it('with no discount is the expected purchases over the whole period', () => {
    // 12 months of 365.25/12 days: E(365.25) = 5 · 365.25/371.25
    expect(discountedPurchasesIfAlive(bgnbd, ann, 0)).toBeCloseTo((5 * 365.25) / 371.25, 12);
  });

  it('refuses a discount rate that is not a monthly rate', () => {
    expect(() => checkDiscountRate(-0.01)).toThrow(/invalid discount rate: -0.01/);
    expect(() => checkDiscountRate(1)).toThrow(/invalid discount rate/);
    expect(checkDiscountRate(0.01)).toBe(0.01);
  });
});

describe('per-customer forecasts', () => {
  const gammaGamma = { p: 2, q: 3, gamma: 10 };
  const ben = { customer: 'ben', x: 0, t_x: 0, T: 4, zbar: null };
  const [a, b] = forecastCustomers([ann, ben], { bgnbd, gammaGamma, discountRate: 0 });
  const alive = 1 / 6.0625;
  const year = (x: number) => ((4 + x) * 365.25) / (6 + 365.25); // E if alive over 12 months

  it('gives the probability alive and expected purchases in 30, 90 and 365 days', () => {
    expect(a.p_alive).toBeCloseTo(alive, 14);
    expect(a.expected_30).toBeCloseTo((alive * 5 * 30) / 36, 12);
    expect(a.expected_90).toBeCloseTo((alive * 5 * 90) / 96, 12);
    expect(a.expected_365).toBeCloseTo((alive * 5 * 365) / 371, 12);
  });

  it('values a customer: expected order value × discounted purchases × P(alive)', () => {
    // Value: p(γ + x·zbar)/(px + q − 1) = 2·(10 + 20)/(2 + 2) = 15
    expect(a.expected_value).toBeCloseTo(15, 13);
    expect(a.clv).toBeCloseTo(alive * 15 * year(1), 11);
    // Lost: the share of that value the customer probably took elsewhere.
    expect(a.lost_value).toBeCloseTo((1 - alive) * 15 * year(1), 11);
  });

  it('does not judge a one-time buyer alive or gone, but still forecasts them', () => {
    expect(b.p_alive).toBeNull();
    expect(b.lost_value).toBeNull();
    // x = 0: E if alive = (a+b−1)/(a−1) · z = 4t/(6+t), and P(alive) = 1.
    expect(b.expected_30).toBeCloseTo((4 * 30) / 36, 12);
    // Everyone's average order value: pγ/(q−1) = 10.
    expect(b.expected_value).toBeCloseTo(10, 13);
    expect(b.clv).toBeCloseTo(10 * year(0), 11);
  });

  it('leaves money out when spend is not modelled', () => {
    const [c] = forecastCustomers([ann], { bgnbd, gammaGamma: null, discountRate: 0.01 });
    expect(c.expected_value).toBeNull();
    expect(c.clv).toBeNull();
    expect(c.lost_value).toBeNull();
    expect(c.p_alive).toBeCloseTo(alive, 14);
  });

  it('adds up the totals, counting as probably active those at 50% or more', () => {
    const totals = forecastTotals([a, b]);
    expect(totals.expected_30).toBeCloseTo(a.expected_30 + b.expected_30, 12);
    expect(totals.clv).toBeCloseTo((a.clv ?? 0) + (b.clv ?? 0), 10);
    // ann is at 16%: judged, not probably active; ben is not judged.
    expect(totals).toMatchObject({ judged: 1, probably_active: 0 });
  });
});

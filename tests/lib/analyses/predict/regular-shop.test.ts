import { describe, expect, it } from 'vitest';
import type { CustomerInput } from '../../../../src/lib/analyses/predict/forecast';
import { forecastInputs } from '../../../../src/lib/analyses/predict/forecast-inputs';
import { holdoutCheck, type HoldoutHistory } from '../../../../src/lib/analyses/predict/holdout';

/**
 * A shop of very regular customers: each first buys on a day in the first 600 of a 730-day
 * history, then every 28 to 32 days; after each purchase they stop for good with probability
 * `dropout`. Returns each customer's purchase days (a fixed pseudo-random sequence).
 */
function regularShop(customers: number, dropout: number, days = 730): number[][] {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: customers }, () => {
    const first = Math.floor(random() * 600);
    const bought = [first];
    for (let day = first; ;) {
      day += 28 + Math.floor(random() * 5);
      if (day >= days || random() < dropout) break;
      bought.push(day);
    }
    return bought;
  });
}

/** x, t_x, T as inputsSql counts them, as of day `asOf`; every repeat day spends 25. */
const inputsOf = (shop: number[][], asOf = 730): CustomerInput[] =>
  shop.map((bought, i) => ({
    customer: `c${i}`,
    x: bought.length - 1,
    t_x: bought[bought.length - 1] - bought[0],
    T: asOf - bought[0],
    zbar: bought.length > 1 ? 25 + (i % 5) : null,
  }));

const allFinite = (values: (number | null)[]) =>
  values.every((v) => v === null || Number.isFinite(v));

describe('forecasts for a shop of very regular customers', () => {
  it('fits the fixed dropout as a, b in the thousands and still forecasts finite numbers', () => {
    // Everybody leaves with the same 25% after a purchase: no spread in the dropout
    // probability, so the fit runs towards a, b → ∞ with a/(a+b) ≈ 1/4. Before the stable
    // 2F1 (bgnbd.ts) expected_365 and the lifetime values were NaN here.
    const { forecast, rows } = forecastInputs(inputsOf(regularShop(300, 0.25)), 0.01);
    const { a = 0, b = 0 } = forecast.bgnbd ?? {};
    expect(a).toBeGreaterThan(1000);
    within(a / (a + b), 0.25, 0.2);
    expect(forecast.problem).toBeNull();
    expect(forecast.spend_problem).toBeNull();
    expect(rows).toHaveLength(300);
    for (const r of rows ?? []) {
      const { customer, ...figures } = r;
      expect(allFinite(Object.values(figures)), customer).toBe(true);
      expect(r.expected_365).toBeGreaterThan(0);
      expect(r.clv).toBeGreaterThan(0);
    }
    expect(allFinite(Object.values(forecast.totals ?? { none: Number.NaN }))).toBe(true);
  });

  it('expects of a probably active customer what such a customer does', () => {
    // Alive now, buying every 30 days and leaving after each purchase with 1/4: in the next
    // 365 days 12 purchases at most, the k-th made with (3/4)^(k−1), in all
    // (1 − 0.75^12)/0.25 = 3.873. The model's E(365 | alive) = expected_365 / P(alive)
    // (Poisson purchases in place of regular ones) comes within 15% of it.
    const { rows } = forecastInputs(inputsOf(regularShop(300, 0.25)), 0.01);
    const active = (rows ?? []).filter((r) => r.p_alive !== null && r.p_alive >= 0.5);
    expect(active.length).toBeGreaterThan(0);
    for (const r of active) within(r.expected_365 / (r.p_alive ?? 1), 3.873, 0.15);
  });

  it('expects about 365/30 purchases a year of a customer who never leaves', () => {
    // No dropout at all: the fit goes the other way (a → 0) and E(365 | alive) ≈ 365/30.
    const { rows } = forecastInputs(inputsOf(regularShop(60, 0)), 0.01);
    for (const r of rows ?? []) within(r.expected_365 / (r.p_alive ?? 1), 365 / 30, 0.05);
    expect(rows).toHaveLength(60);
  });

  it('gives the holdout check a finite forecast too', () => {
    // Calibration up to day 450 (day 0 = 2024-01-01), holdout the 280 days after it; the
    // calibration fit has a ≈ 2100, b ≈ 9100. (It forecasts 311 purchase days against 188:
    // Poisson purchases are a poor picture of clockwork ones, which is what the check shows.)
    const groups = new Map<string, HoldoutHistory>();
    for (const bought of regularShop(300, 0.25)) {
      const before = bought.filter((d) => d <= 450);
      if (before.length === 0) continue;
      const x = before.length - 1;
      const history = { x, t_x: before[x] - before[0], T: 450 - before[0] };
      const key = `${history.x}|${history.t_x}|${history.T}`;
      const group = groups.get(key) ?? { ...history, customers: 0, actual: 0 };
      group.customers++;
      group.actual += bought.length - before.length;
      groups.set(key, group);
    }
    const result = holdoutCheck([...groups.values()], {
      calibrationEnd: '2025-03-26',
      asOf: '2025-12-31',
      days: 280,
    });
    expect(result.bgnbd?.a).toBeGreaterThan(1000);
    expect(result.problem).toBeNull();
    expect(result.actual).toBe(188);
    within(result.predicted ?? Number.NaN, 311, 0.01);
    expect(result.by_frequency.every((g) => Number.isFinite(g.predicted))).toBe(true);
  });
});

function within(actual: number, expected: number, share: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * share);
}

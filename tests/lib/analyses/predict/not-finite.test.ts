// What the app, the worker and the CLI do when a forecast is not a finite number, whatever the
// cause: the models here are made to answer NaN or Infinity on purpose.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bgnbd from '../../../../src/lib/analyses/predict/bgnbd';
import type * as GammaGamma from '../../../../src/lib/analyses/predict/gamma-gamma';
import { forecastInputs } from '../../../../src/lib/analyses/predict/forecast-inputs';
import { holdoutCheck } from '../../../../src/lib/analyses/predict/holdout';

const broken = vi.hoisted(() => ({ purchases: false, value: false }));

vi.mock('../../../../src/lib/analyses/predict/bgnbd', async (original) => {
  const real = await original<typeof Bgnbd>();
  return {
    ...real,
    expectedPurchasesIfAlive: (...args: Parameters<typeof real.expectedPurchasesIfAlive>) =>
      broken.purchases ? Number.NaN : real.expectedPurchasesIfAlive(...args),
    expectedPurchases: (...args: Parameters<typeof real.expectedPurchases>) =>
      broken.purchases ? Number.NaN : real.expectedPurchases(...args),
  };
});

vi.mock('../../../../src/lib/analyses/predict/gamma-gamma', async (original) => {
  const real = await original<typeof GammaGamma>();
  return {
    ...real,
    expectedAverageValue: (...args: Parameters<typeof real.expectedAverageValue>) =>
      broken.value ? Number.POSITIVE_INFINITY : real.expectedAverageValue(...args),
  };
});

// 40 repeat customers of varied habits and spend, and 20 one-time buyers: a fit with no problem.
const inputs = [
  ...Array.from({ length: 40 }, (_, i) => ({
    customer: `r${i}`,
    x: 1 + (i % 7),
    t_x: 20 + 7 * (i % 11),
    T: 120 + (i % 5),
    zbar: 10 + (i % 9) * 3,
  })),
  ...Array.from({ length: 20 }, (_, i) => ({
    customer: `o${i}`,
    x: 0,
    t_x: 0,
    T: 30 + 4 * i,
    zbar: null,
  })),
];

describe('a forecast that is not a finite number', () => {
  beforeEach(() => {
    broken.purchases = false;
    broken.value = false;
  });

  it('is shown when finite (the fit itself is usable)', () => {
    const { forecast, rows } = forecastInputs(inputs, 0.01);
    expect(forecast.problem).toBeNull();
    expect(forecast.spend_problem).toBeNull();
    expect(rows).toHaveLength(60);
  });

  it('hides the purchase forecasts and says why, instead of storing NaN', () => {
    broken.purchases = true;
    const { forecast, rows } = forecastInputs(inputs, 0.01);
    expect(forecast.problem).toEqual({ kind: 'implausible' });
    expect(rows).toBeNull();
    expect(forecast.totals).toBeNull();
    // The parameters stay, as for any hidden fit.
    expect(forecast.bgnbd?.converged).toBe(true);
  });

  it('hides only the money when only the spend model answers Infinity', () => {
    broken.value = true;
    const { forecast, rows } = forecastInputs(inputs, 0.01);
    expect(forecast.problem).toBeNull();
    expect(forecast.spend_problem).toEqual({ kind: 'implausible' });
    expect(rows?.every((r) => r.expected_value === null && r.clv === null)).toBe(true);
    expect(rows?.every((r) => r.lost_value === null)).toBe(true);
    expect(rows?.every((r) => Number.isFinite(r.expected_365))).toBe(true);
    expect(forecast.totals?.clv).toBeNull();
  });

  it('hides the holdout forecast and says why', () => {
    broken.purchases = true;
    const rows = inputs.map(({ x, t_x, T }) => ({ x, t_x, T, customers: 1, actual: x % 2 }));
    const result = holdoutCheck(rows, {
      calibrationEnd: '2024-06-30',
      asOf: '2024-09-30',
      days: 92,
    });
    expect(result.problem).toEqual({ kind: 'implausible' });
    expect(result.predicted).toBeNull();
    expect(result.by_frequency.every((g) => g.predicted === null)).toBe(true);
    // What happened is still said: one purchase for each of the 23 customers with an odd x.
    expect(result.actual).toBe(23);
  });
});

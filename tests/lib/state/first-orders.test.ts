// The first-order cells' state: each group's mean forecast 12-month value appears once a fit is
// usable, is read again (alone) when another fit finishes, and goes when the fit does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FirstOrderBy } from '../../../src/lib/analyses/first-order/attribute';
import type { PredictResult } from '../../../src/lib/analyses/predict/result';
import { createPredictionsSql, insertPredictionsSql } from '../../../src/lib/analyses/predict/sql';
import { FirstOrders } from '../../../src/lib/state/analyses/first-order.svelte';
import { fixture, load, type Loaded } from '../../helpers/db';

// first-orders.csv by country (see tests/lib/analyses/first-order.test.ts): DE ana bo gu,
// FR cy di ed (DE first by name), none fi. Forecast 12-month values put in by hand:
//   ana 100, bo 40, ed 10, fi 90, cy and di none, gu no row.
//   all: 240 / 4 = 60; DE: ana bo = 70; FR: ed = 10; none: fi = 90.
const asOf = '2024-07-01';
const country: FirstOrderBy = { kind: 'country' };
const clv: Record<string, number | null> = { ana: 100, bo: 40, cy: null, di: null, ed: 10, fi: 90 };
/** Stand-ins for two finished fits: the state only tells them apart. */
const fitA = { as_of: asOf } as PredictResult;
const fitB = { as_of: asOf } as PredictResult;

describe('first-order values in the notebook state', () => {
  let t: Loaded;
  beforeAll(async () => {
    t = await load(fixture('first-orders.csv'));
    await t.db.exec(createPredictionsSql);
    const rows = Object.entries(clv).map(([customer, v]) => ({
      customer,
      p_alive: null,
      expected_30: 0,
      expected_90: 0,
      expected_365: 0,
      expected_value: v,
      clv: v,
      lost_value: null,
    }));
    for (const sql of insertPredictionsSql(rows)) await t.db.exec(sql);
  });
  afterAll(() => t.db.close());

  const expected = [
    { group: 0, customers: 4, value: 60 },
    { group: 1, customers: 2, value: 70 },
    { group: 2, customers: 1, value: 10 },
    { group: 10, customers: 1, value: 90 },
  ];

  it('adds the values when a fit is usable and drops them when it is not', async () => {
    const f = new FirstOrders(() => t.db, 10);
    await f.want('c', country, asOf, 6, null);
    expect(f.get('c').result?.groups.map((g) => [g.index, g.value])).toEqual([
      [0, null],
      [1, 'DE'],
      [2, 'FR'],
      [10, null],
    ]);
    expect(f.get('c').values).toBeNull();
    const result = f.get('c').result;
    await f.want('c', country, asOf, 6, fitA);
    expect(f.get('c').values).toEqual(expected);
    // Only the values were read: the figures are the same object.
    expect(f.get('c').result).toBe(result);
    await f.want('c', country, asOf, 6, null);
    expect(f.get('c').values).toBeNull();
  });

  it('reads the values of a fit that finishes while the figures are computed', async () => {
    const f = new FirstOrders(() => t.db, 10);
    const first = f.want('c', country, asOf, 3, null);
    const second = f.want('c', country, asOf, 3, fitB);
    await Promise.all([first, second]);
    expect(f.get('c').result?.window_months).toBe(3);
    expect(f.get('c').values).toEqual(expected);
  });
});

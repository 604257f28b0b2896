import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPareto, runVipCustomers } from '../../../src/lib/analyses/pareto/run';
import { runSummary } from '../../../src/lib/analyses/summary/run';
import { ENGINES, fixture, load, type Loaded } from '../../helpers/db';

// vip-shop.csv, as-of 2024-04-05. Customers with a purchase by net revenue, descending,
// equal revenue by customer id:
//   k  customer  revenue  cumulative  share
//   1  ada         500       500      0.50
//   2  dot         200       700      0.70   (150 + 50, two purchases)
//   3  bea         100       800      0.80   (bea before cara: same revenue, id order)
//   4  cara        100       900      0.90
//   5  eda          50       950      0.95
//   6  flo          50      1000      1.00
//   7  gia           0      1000      1.00   (bought 20, returned it: still a customer)
// ron only returned (-30): not in the curve. Total 1000 (all orders, net: 970).
// n = 7: top 20% = ceil(1.4) = 2 customers -> 700 / 1000 = 0.7.
// 80% is reached exactly at k = 3 (800 >= 800) -> 3 / 7 of customers.
describe.each(ENGINES)('Pareto on vip-shop.csv (%s DuckDB)', (engine) => {
  let t: Loaded;
  const asOf = '2024-04-05';
  beforeAll(async () => {
    t = await load(fixture('vip-shop.csv'), {}, engine);
  });
  afterAll(() => t.db.close());

  it('takes the top 20% as the first ceil(0.2 n) customers', async () => {
    const result = await runPareto(t.db, { asOf });
    expect(result).toMatchObject({
      customers: 7,
      revenue: 1000,
      top20_customers: 2,
      top20_revenue_share: 0.7,
    });
  });

  it('finds the smallest share of customers reaching exactly 80% of revenue', async () => {
    const result = await runPareto(t.db, { asOf });
    expect(result.customers_for_80pct).toBe(3);
    expect(result.customer_share_for_80pct).toBe(3 / 7);
  });

  it('measures shares against customers with a purchase, not the return-only customer', async () => {
    expect((await runSummary(t.db, asOf)).revenue).toBe(970);
    expect((await runPareto(t.db, { asOf })).revenue).toBe(1000);
  });

  it('draws the curve from (0, 0) to (1, 1), one point per customer when few', async () => {
    const { curve } = await runPareto(t.db, { asOf });
    expect(curve.map((p) => [p.k, p.revenue_share])).toEqual([
      [0, 0],
      [1, 0.5],
      [2, 0.7],
      [3, 0.8],
      [4, 0.9],
      [5, 0.95],
      [6, 1],
      [7, 1],
    ]);
    expect(curve.at(-1)?.customer_share).toBe(1);
  });

  it('thins a long curve for charts but keeps both ends exact', async () => {
    // At most 4 points: origin + every ceil(7 / 2) = 4th customer + the last one.
    const { curve } = await runPareto(t.db, { asOf, maxPoints: 4 });
    expect(curve.map((p) => [p.k, p.revenue_share])).toEqual([
      [0, 0],
      [4, 0.9],
      [7, 1],
    ]);
  });

  it('lists the VIPs, equal revenue ordered by customer id', async () => {
    const vips = await runVipCustomers(t.db, { asOf });
    expect(vips.map((v) => [v.rank, v.customer, v.revenue, v.cumulative_share])).toEqual([
      [1, 'ada', 500, 0.5],
      [2, 'dot', 200, 0.7],
    ]);
    expect((await runVipCustomers(t.db, { asOf, limit: 1 })).map((v) => v.customer)).toEqual([
      'ada',
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCustomerSummary } from '../../../src/lib/analyses/customers/ensure';
import { rowsOf, type Executor } from '../../../src/lib/sql/executor';
import { ENGINES, fixture, load, type Loaded } from '../../helpers/db';

// lapsed-regulars.csv, as-of 2024-08-31 (the day after fox's purchase on 2024-08-30):
//   amy  2023-11-29 100, 2024-02-29 100        gap 92 days; last purchase 184 days ago
//   bob  2024-03-01 50                          one purchase day, 183 days ago
//   cat  2024-07-20, 07-22, 07-28, 07-30, 08-09 twice (10 each): 6 purchases on 5 days,
//        gaps 2, 6, 2, 10 -> median of an even count = (2 + 6) / 2 = 4; last 22 days ago
//   dan  2022-09-01 900, 2024-01-15 1200, return -100 on 2024-05-01: net revenue 2000,
//        3 orders but 2 purchases; the return does not move his last purchase (229 days ago)
//   eli  2023-12-01 300                         274 days ago
//   fox  2024-06-30 40, 2024-08-30 40          gap 61 days
//   gil  only a return (-20): not a customer
const summarySql = `SELECT customer, strftime(first_purchase, '%Y-%m-%d') AS first_purchase,
  strftime(last_purchase, '%Y-%m-%d') AS last_purchase, purchases, purchase_days, orders,
  revenue::DOUBLE AS revenue, recency_days, days_to_second, median_gap
FROM customer_summary ORDER BY customer`;

function counting(db: Executor) {
  const counter = {
    builds: 0,
    query: (sql: string) => db.query(sql),
    exec: (sql: string) => {
      if (sql.startsWith('CREATE OR REPLACE TABLE customer_summary')) counter.builds++;
      return db.exec(sql);
    },
  };
  return counter;
}

describe.each(ENGINES)('the per-customer summary on lapsed-regulars.csv (%s DuckDB)', (engine) => {
  let t: Loaded;
  beforeAll(async () => {
    t = await load(fixture('lapsed-regulars.csv'), {}, engine);
  });
  afterAll(() => t.db.close());

  it('has one row per customer with a purchase, with net revenue and their usual gap', async () => {
    await ensureCustomerSummary(t.db, '2024-08-31');
    const row = (customer: string, first: string, last: string, ...rest: number[]) => {
      const [purchases, days, orders, revenue, recency, toSecond, gap] = rest;
      return {
        customer,
        first_purchase: first,
        last_purchase: last,
        purchases,
        purchase_days: days,
        orders,
        revenue,
        recency_days: recency,
        days_to_second: Number.isNaN(toSecond) ? null : toSecond,
        median_gap: Number.isNaN(gap) ? null : gap,
      };
    };
    // prettier-ignore
    expect(rowsOf(await t.db.query(summarySql))).toEqual([
      row('amy', '2023-11-29', '2024-02-29', 2, 2, 2,  200, 184,  92,  92),
      row('bob', '2024-03-01', '2024-03-01', 1, 1, 1,   50, 183, NaN, NaN),
      row('cat', '2024-07-20', '2024-08-09', 6, 5, 6,   60,  22,   2,   4),
      row('dan', '2022-09-01', '2024-01-15', 2, 2, 3, 2000, 229, 501, 501),
      row('eli', '2023-12-01', '2023-12-01', 1, 1, 1,  300, 274, NaN, NaN),
      row('fox', '2024-06-30', '2024-08-30', 2, 2, 2,   80,   1,  61,  61),
    ]);
  });

  it('ignores orders after an earlier as-of date and measures days to that date', async () => {
    await ensureCustomerSummary(t.db, '2024-07-28');
    const rows = rowsOf<{ customer: string; purchases: number; recency_days: number }>(
      await t.db.query(summarySql),
    );
    // cat's purchases on 07-30 and 08-09 are after 07-28; fox's 08-30 too.
    expect(rows.find((r) => r.customer === 'cat')).toMatchObject({
      purchases: 3,
      recency_days: 0,
    });
    expect(rows.find((r) => r.customer === 'fox')).toMatchObject({
      purchases: 1,
      recency_days: 28,
    });
  });

  it('is rebuilt only when the as-of date or the orders change', async () => {
    const db = counting(t.db);
    await ensureCustomerSummary(db, '2024-08-31');
    await ensureCustomerSummary(db, '2024-08-31');
    expect(db.builds).toBe(1);
    await ensureCustomerSummary(db, '2024-08-01');
    expect(db.builds).toBe(2);
    // A new import replaces `orders`: the same as-of date must not answer from the old file.
    await t.db.exec(
      `CREATE OR REPLACE TABLE orders AS SELECT * FROM orders WHERE customer <> 'cat'`,
    );
    await ensureCustomerSummary(db, '2024-08-01');
    expect(db.builds).toBe(3);
    const rows = rowsOf<{ customer: string }>(await t.db.query(summarySql));
    expect(rows.map((r) => r.customer)).toEqual(['amy', 'bob', 'dan', 'eli', 'fox']);
  });
});

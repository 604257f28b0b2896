import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationDates } from '../../../src/lib/analyses/inactivity/months';
import {
  runInactivity,
  runLapsedByMonth,
  runLapsedCustomers,
  runOverdueCustomers,
} from '../../../src/lib/analyses/inactivity/run';
import { ENGINES, fixture, load, type Loaded } from '../../helpers/db';

describe('the dates of the month-by-month lapsed share', () => {
  it('are month ends before the as-of date, then the as-of date', () => {
    expect(evaluationDates('2024-01-15', '2024-03-10')).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-10',
    ]);
  });

  it('do not repeat an as-of date that is itself a month end', () => {
    expect(evaluationDates('2023-12-31', '2024-01-31')).toEqual(['2023-12-31', '2024-01-31']);
  });
});

// lapsed-regulars.csv, as-of 2024-08-31 (see customers.test.ts for each customer's numbers).
// Six months before 2024-08-31 is 2024-02-29 (DuckDB clamps to the month end), so active =
// last purchase in (2024-02-29, 2024-08-31], lapsed = last purchase on or before 2024-02-29.
//   amy  last 2024-02-29, exactly six months before: lapsed        revenue  200, 2 purchases
//   bob  last 2024-03-01, the first day of the window: active       revenue   50, 1
//   cat  last 2024-08-09: active                                    revenue   60, 6
//   dan  last 2024-01-15 (a return on 05-01 does not count): lapsed revenue 2000, 2
//   eli  last 2023-12-01: lapsed                                    revenue  300, 1
//   fox  last 2024-08-30: active                                    revenue   80, 2
//   gil  returns only: in neither group
// Active: 3 customers, revenue 190 of 2690, 9 purchases -> 3 per customer, 190 / 9 per order,
//   days since last 183, 22, 1 -> median 22.
// Lapsed: 3 customers, revenue 2500, 5 purchases -> 5/3 per customer, 500 per order,
//   days since last 184, 229, 274 -> median 229.
// Overdue (factor 2; purchases on >= 2 days and days since last > 2 x median gap):
//   cat 22 > 2 x 4 yes; amy 184 > 2 x 92 = 184 no (not strictly); dan 229 > 1002 no;
//   fox 1 > 122 no; bob and eli bought on one day only. With factor 1: amy 184 > 92 joins.
describe.each(ENGINES)('inactivity on lapsed-regulars.csv (%s DuckDB)', (engine) => {
  let t: Loaded;
  const asOf = '2024-08-31';
  beforeAll(async () => {
    t = await load(fixture('lapsed-regulars.csv'), {}, engine);
  });
  afterAll(() => t.db.close());

  it('starts the six-month window after 2024-02-29 for an as-of date of 2024-08-31', async () => {
    expect((await runInactivity(t.db, { asOf })).cutoff).toBe('2024-02-29');
  });

  it('counts a purchase exactly six months before the as-of date as lapsed', async () => {
    const lapsed = await runLapsedCustomers(t.db, { asOf });
    expect(lapsed.map((c) => c.customer)).toContain('amy');
    expect(lapsed.map((c) => c.customer)).not.toContain('bob');
  });

  it('compares active and lapsed customers side by side', async () => {
    const result = await runInactivity(t.db, { asOf });
    expect(result.window_months).toBe(6);
    expect(result.active).toEqual({
      customers: 3,
      share: 0.5,
      revenue: 190,
      revenue_share: 190 / 2690,
      orders_per_customer: 3,
      avg_order_value: 190 / 9,
      median_days_since_last: 22,
    });
    expect(result.lapsed).toMatchObject({
      customers: 3,
      share: 0.5,
      revenue: 2500,
      avg_order_value: 500,
      median_days_since_last: 229,
    });
    expect(result.lapsed.revenue_share).toBeCloseTo(2500 / 2690, 12);
    expect(result.lapsed.orders_per_customer).toBeCloseTo(5 / 3, 12);
  });

  it('lists lapsed customers by lifetime net revenue with their usual gap', async () => {
    const lapsed = await runLapsedCustomers(t.db, { asOf });
    expect(
      lapsed.map((c) => [c.customer, c.last_purchase, c.purchases, c.revenue, c.median_gap]),
    ).toEqual([
      ['dan', '2024-01-15', 2, 2000, 501],
      ['eli', '2023-12-01', 1, 300, null],
      ['amy', '2024-02-29', 2, 200, 92],
    ]);
    expect((await runLapsedCustomers(t.db, { asOf, limit: 1 })).length).toBe(1);
  });

  it('flags a café regular gone three weeks as overdue, not a furniture buyer gone seven months', async () => {
    const result = await runInactivity(t.db, { asOf });
    expect(result.overdue).toEqual({ factor: 2, customers: 1 });
    const overdue = await runOverdueCustomers(t.db, { asOf });
    expect(overdue.map((c) => [c.customer, c.recency_days, c.median_gap, c.overdue_ratio])).toEqual(
      [['cat', 22, 4, 5.5]],
    );
  });

  it('lets the owner lower the overdue factor', async () => {
    const result = await runInactivity(t.db, { asOf, overdueFactor: 1 });
    expect(result.overdue).toEqual({ factor: 1, customers: 2 });
    const overdue = await runOverdueCustomers(t.db, { asOf, overdueFactor: 1 });
    expect(overdue.map((c) => c.customer)).toEqual(['amy', 'cat']);
  });

  it('lets the owner shorten the window to one month', async () => {
    const result = await runInactivity(t.db, { asOf, windowMonths: 1 });
    expect(result.cutoff).toBe('2024-07-31');
    expect(result.active.customers).toBe(2); // cat (08-09) and fox (08-30)
    expect(result.lapsed.customers).toBe(4);
  });

  it('rejects a window that is not a whole number of months', async () => {
    await expect(runInactivity(t.db, { asOf, windowMonths: 1.5 })).rejects.toThrow(
      'invalid window months: 1.5',
    );
  });

  // At each date d, customers so far = first purchase on or before d, lapsed = no purchase in
  // (d - 6 months, d]:
  //   2022-09-30  dan only, bought 09-01: 0 of 1
  //   2023-02-28  window (2022-08-28, 2023-02-28] still holds dan's 09-01: 0 of 1
  //   2023-03-31  window starts after 2022-09-30: dan lapsed, 1 of 1
  //   2023-11-30  amy joins on 11-29: 1 of 2;  2023-12-31  eli joins: 1 of 3
  //   2024-01-31  dan buys again on 01-15: 0 of 3
  //   2024-06-30  fox joins on the day; window after 2023-12-30 drops eli: 1 of 5
  //   2024-07-31  cat joins; window after 2024-01-31 drops dan: 2 of 6
  //   2024-08-31  the as-of date: amy also lapsed, 3 of 6, the headline share
  it('shows how the lapsed share moves month by month', async () => {
    const points = await runLapsedByMonth(t.db, { asOf });
    expect(points).toHaveLength(24); // 2022-09 .. 2024-07 month ends, then the as-of date
    const at = (date: string) => points.find((p) => p.date === date);
    expect(at('2022-09-30')).toEqual({ date: '2022-09-30', customers: 1, lapsed: 0, share: 0 });
    expect(at('2023-02-28')).toMatchObject({ customers: 1, lapsed: 0 });
    expect(at('2023-03-31')).toMatchObject({ customers: 1, lapsed: 1, share: 1 });
    expect(at('2023-11-30')).toMatchObject({ customers: 2, lapsed: 1, share: 0.5 });
    expect(at('2023-12-31')).toMatchObject({ customers: 3, lapsed: 1 });
    expect(at('2024-01-31')).toMatchObject({ customers: 3, lapsed: 0 });
    expect(at('2024-06-30')).toMatchObject({ customers: 5, lapsed: 1, share: 0.2 });
    expect(at('2024-07-31')).toMatchObject({ customers: 6, lapsed: 2 });
    expect(points.at(-1)).toEqual({ date: '2024-08-31', customers: 6, lapsed: 3, share: 0.5 });
  });
});

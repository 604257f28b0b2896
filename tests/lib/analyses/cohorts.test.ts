import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAsOf } from '../../../src/lib/analyses/asof';
import { runCohortCustomers, type CohortSquare } from '../../../src/lib/analyses/cohorts/customers';
import { runCohorts } from '../../../src/lib/analyses/cohorts/run';
import { runSummary } from '../../../src/lib/analyses/summary/run';
import { ENGINES, fixture, load, type Loaded } from '../../helpers/db';

// first-quarter.csv, worked by hand:
//   alice buys in Jan, Feb and Mar; bob in Jan and Mar; carol buys in Feb and returns it
//   (a separate order, total -30); dave only returns (not a purchaser); row 8 has no
//   customer and row 9 no readable date: both skipped.
describe.each(ENGINES)('cohorts and summary on first-quarter.csv (%s DuckDB)', (engine) => {
  let t: Loaded;
  beforeAll(async () => {
    t = await load(fixture('first-quarter.csv'), {}, engine);
  });
  afterAll(() => t.db.close());

  it('takes the day after the latest purchase as the as-of date', async () => {
    expect(await defaultAsOf(t.db)).toBe('2024-04-01');
  });

  it('counts rows, skipped rows, orders, purchases, customers and net revenue', async () => {
    expect(await runSummary(t.db, '2024-04-01')).toEqual({
      rows: 10,
      skipped_rows: 2,
      orders: 8,
      purchases: 6,
      customers: 3,
      revenue: 47,
      first_purchase: '2024-01-05',
      last_purchase: '2024-03-31',
      as_of: '2024-04-01',
      currencies: 0, // no currency column
      currency: null,
    });
  });

  it('puts each customer in the month of their first purchase and counts returns as nothing', async () => {
    const result = await runCohorts(t.db, 'month', '2024-04-01');
    expect(result.rows).toEqual([
      {
        cohort: '2024-01',
        index: 2024 * 12,
        active: [2, 1, 2],
        activeOrLater: [2, 2, 2],
        revenue: [25, 20, 12],
      },
      {
        cohort: '2024-02',
        index: 2024 * 12 + 1,
        active: [1, 0],
        activeOrLater: [1, 0],
        revenue: [30, 0],
      },
    ]);
    expect(result.latest).toBe('2024-03');
    expect(result.latestIncomplete).toBe(false);
  });

  it('ignores orders after an earlier as-of date and marks the cut period incomplete', async () => {
    const result = await runCohorts(t.db, 'month', '2024-03-15');
    expect(result.rows[0].active).toEqual([2, 1, 1]);
    expect(result.latestIncomplete).toBe(true);
  });

  it('groups by quarter with labels like 2024-Q1', async () => {
    const result = await runCohorts(t.db, 'quarter', '2024-04-01');
    expect(result.rows).toEqual([
      { cohort: '2024-Q1', index: 2024 * 4, active: [3], activeOrLater: [3], revenue: [87] },
    ]);
  });
});

describe.each(ENGINES)('the customers behind a heatmap square (%s DuckDB)', (engine) => {
  let t: Loaded;
  beforeAll(async () => {
    t = await load(fixture('first-quarter.csv'), {}, engine);
  });
  afterAll(() => t.db.close());

  const jan = 2024 * 12;
  const names = async (square: Omit<CohortSquare, 'period'>) =>
    (await runCohortCustomers(t.db, { period: 'month', ...square }, '2024-04-01', 100)).map(
      (c) => c.customer,
    );

  it('lists the January customers who came back in February, and those who did not', async () => {
    expect(await names({ cohort: jan, k: 1, unbounded: false, returned: true })).toEqual(['alice']);
    expect(await names({ cohort: jan, k: 1, unbounded: false, returned: false })).toEqual(['bob']);
  });

  it('counts a later period too when asked for "this period or later"', async () => {
    // bob skipped February but bought in March.
    expect(await names({ cohort: jan, k: 1, unbounded: true, returned: true })).toEqual([
      'alice',
      'bob',
    ]);
  });

  it('never lists a customer from another cohort', async () => {
    // carol (February cohort) bought nothing in March: she is the only one who did not return.
    expect(await names({ cohort: jan + 1, k: 1, unbounded: false, returned: false })).toEqual([
      'carol',
    ]);
    expect(await names({ cohort: jan + 1, k: 1, unbounded: false, returned: true })).toEqual([]);
  });
});

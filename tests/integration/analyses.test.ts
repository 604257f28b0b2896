// Invariants of every analysis on real exports (DESIGN.md "Real data to test against"):
// whatever the numbers are, the parts must add up to the whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAsOf } from '../../src/lib/analyses/asof';
import { runCohorts } from '../../src/lib/analyses/cohorts/run';
import { runInactivity, runLapsedByMonth } from '../../src/lib/analyses/inactivity/run';
import { runPareto, runVipCustomers } from '../../src/lib/analyses/pareto/run';
import { runRepeat } from '../../src/lib/analyses/repeat/run';
import { runRfm } from '../../src/lib/analyses/rfm/run';
import { runSummary } from '../../src/lib/analyses/summary/run';
import { rowsOf } from '../../src/lib/sql/executor';
import { load, sharedData, type Loaded } from '../helpers/db';

const FILES = [
  // One row per invoice, 2010-12 .. 2011-12, no returns, no blank customers.
  'online-retail/online_retail_invoices_mwoitek.csv.gz',
  // Line items of two weeks: C-prefixed cancellations, blank customers, quantity x price.
  'online-retail/Online Retail.csv.gz',
];

describe.each(FILES)('analyses on %s', (file) => {
  let t: Loaded;
  let asOf: string;
  beforeAll(async () => {
    t = await load(sharedData(file));
    asOf = (await defaultAsOf(t.db)) as string;
  }, 60_000);
  afterAll(() => t.db.close());

  it('has an as-of date and customers', async () => {
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await runSummary(t.db, asOf)).customers).toBeGreaterThan(100);
  });

  it('puts every customer in exactly one cohort', async () => {
    const { customers } = await runSummary(t.db, asOf);
    const cohorts = await runCohorts(t.db, 'month', asOf);
    expect(cohorts.rows.reduce((n, r) => n + r.active[0], 0)).toBe(customers);
  });

  it('puts every customer in exactly one RFM segment and one grid cell', async () => {
    const { customers } = await runSummary(t.db, asOf);
    const rfm = await runRfm(t.db, { asOf });
    expect(rfm.segments.reduce((n, s) => n + s.customers, 0)).toBe(customers);
    expect(rfm.grid.reduce((n, c) => n + c.customers, 0)).toBe(customers);
    const shares = rfm.segments.reduce((n, s) => n + (s.revenue_share ?? 0), 0);
    expect(shares).toBeCloseTo(1, 9);
    for (const dimension of ['r', 'f', 'm'] as const) {
      expect(rfm.scores[dimension].reduce((n, s) => n + s.customers, 0)).toBe(customers);
    }
  });

  it('gives all one-time buyers the same frequency score', async () => {
    const rfm = await runRfm(t.db, { asOf });
    const f1 = rfm.scores.f.find((s) => s.min === 1);
    expect(f1).toMatchObject({ score: 1, max: 1 });
  });

  it('splits customers into active and lapsed with nobody left out', async () => {
    const { customers } = await runSummary(t.db, asOf);
    const result = await runInactivity(t.db, { asOf });
    expect(result.active.customers + result.lapsed.customers).toBe(customers);
    expect(result.active.share + result.lapsed.share).toBeCloseTo(1, 12);
    const revenueShares = (result.active.revenue_share ?? 0) + (result.lapsed.revenue_share ?? 0);
    expect(revenueShares).toBeCloseTo(1, 12);
    const points = await runLapsedByMonth(t.db, { asOf });
    expect(points.at(-1)).toMatchObject({
      date: asOf,
      customers,
      lapsed: result.lapsed.customers,
    });
  });

  it('measures net revenue of customers consistently across RFM, inactivity and Pareto', async () => {
    const rfm = await runRfm(t.db, { asOf });
    const inactivity = await runInactivity(t.db, { asOf });
    const pareto = await runPareto(t.db, { asOf });
    const rfmRevenue = rfm.segments.reduce((n, s) => n + s.revenue, 0);
    expect(inactivity.active.revenue + inactivity.lapsed.revenue).toBeCloseTo(pareto.revenue, 4);
    expect(rfmRevenue).toBeCloseTo(pareto.revenue, 4);
    // Net revenue of all orders = customers' net revenue + returns of people who never bought.
    const [other] = rowsOf<{ revenue: number }>(
      await t.db.query(`SELECT coalesce(sum(total), 0)::DOUBLE AS revenue FROM orders
        WHERE "date" <= DATE '${asOf}'
          AND customer NOT IN (SELECT customer FROM orders WHERE total > 0 AND "date" <= DATE '${asOf}')`),
    );
    expect((await runSummary(t.db, asOf)).revenue).toBeCloseTo(pareto.revenue + other.revenue, 4);
  });

  it('has Pareto shares between 0 and 1 and a curve ending at (1, 1)', async () => {
    const pareto = await runPareto(t.db, { asOf });
    for (const share of [pareto.top20_revenue_share, pareto.customer_share_for_80pct]) {
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThanOrEqual(1);
    }
    expect(pareto.curve.length).toBeLessThanOrEqual(500);
    expect(pareto.curve[0]).toEqual({ k: 0, customer_share: 0, revenue_share: 0 });
    expect(pareto.curve.at(-1)?.customer_share).toBe(1);
    expect(pareto.curve.at(-1)?.revenue_share).toBeCloseTo(1, 12);
    const vips = await runVipCustomers(t.db, { asOf, limit: 5 });
    expect(vips.map((v) => v.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('never has more returned than eligible customers for a second purchase', async () => {
    const repeat = await runRepeat(t.db, { asOf });
    for (const w of repeat.within) expect(w.returned).toBeLessThanOrEqual(w.eligible);
    expect(repeat.gaps.reduce((n, g) => n + g.customers, 0)).toBe(repeat.returned_customers);
    expect(repeat.gap_bins.reduce((n, g) => n + g.customers, 0)).toBe(repeat.returned_customers);
  });
});

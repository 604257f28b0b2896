import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAsOf } from '../../../src/lib/analyses/asof';
import { tiedScores } from '../../../src/lib/analyses/rfm/explain';
import { runRfm, runRfmSegmentCustomers } from '../../../src/lib/analyses/rfm/run';
import { SEGMENTS, segmentOf } from '../../../src/lib/analyses/rfm/segments';
import { runSummary } from '../../../src/lib/analyses/summary/run';
import { ENGINES, fixture, load, type Loaded } from '../../helpers/db';

describe('RFM segments from (R, F)', () => {
  it('follows the contract table cell by cell', () => {
    // prettier-ignore
    const table = [
      /* R5 */ ['New Customers', 'Potential Loyalists', 'Potential Loyalists', 'Champions', 'Champions'],
      /* R4 */ ['Promising', 'Potential Loyalists', 'Potential Loyalists', 'Loyal Customers', 'Loyal Customers'],
      /* R3 */ ['About to Sleep', 'About to Sleep', 'Need Attention', 'Loyal Customers', 'Loyal Customers'],
      /* R2 */ ['Hibernating', 'Hibernating', 'At Risk', 'At Risk', "Can't Lose Them"],
      /* R1 */ ['Hibernating', 'Hibernating', 'At Risk', 'At Risk', "Can't Lose Them"],
    ];
    const name = (r: number, f: number) => SEGMENTS.find((s) => s.key === segmentOf(r, f))?.name;
    const actual = [5, 4, 3, 2, 1].map((r) => [1, 2, 3, 4, 5].map((f) => name(r, f)));
    expect(actual).toEqual(table);
  });

  it('rejects a score outside 1 to 5', () => {
    expect(() => segmentOf(0, 3)).toThrow('invalid RFM scores: R 0, F 3');
  });
});

// rfm-ties.csv, as-of 2024-07-01 (day after the last purchase). n = 10 customers with a
// purchase, so score = least(5, 1 + floor(5 (rank - 1) / 10)) = 1 + floor((rank - 1) / 2):
// ranks 1-2 -> 1, 3-4 -> 2, 5-6 -> 3, 7-8 -> 4, 9-10 -> 5.
//
//   customer  purchases (date amount)                     recency  F    M (net)
//   ann       01-01 50                                      182    1     50
//   ben       01-01 20                                      182    1     20
//   cal       01-01 10                                      182    1     10
//   dee       04-01 10                                       91    1     10
//   eve       05-02 40, returned in full on 05-10 (-40)      60    1      0
//   fay       06-01 30                                       30    1     30
//   gus       03-01 25, 06-11 25                             20    2     50
//   hal       02-01 15, 06-21 15                             10    2     30
//   ivy       01-01, 03-01, 06-30 (60 each)                   1    3    180
//   jon       01-01, 02-01, 04-01, 06-30 (100 each)           1    4    400
//   kim       one order of two lines, +35 and -35: total 0, not a purchase, not a customer
//   zed       only a return (-25): not a customer, but in the net revenue total
//
// R (recency descending): ann, ben, cal tie at rank 1 -> R1 (a row number would give cal R2);
//   dee rank 4 -> R2; eve 5, fay 6 -> R3; gus 7, hal 8 -> R4; ivy, jon rank 9 -> R5.
// F (purchases ascending): the six one-time buyers all rank 1 -> F1 (not spread over F1-F3);
//   gus, hal rank 7 -> F4; ivy rank 9, jon rank 10 -> F5. So "F 4 = 2 orders".
// M (net ascending): eve 0 rank 1; cal, dee 10 tie at rank 2 -> both M1 (positions 2 and 3);
//   ben 20 rank 4 -> M2; fay, hal 30 rank 5 -> M3; ann, gus 50 rank 7 -> M4; ivy, jon -> M5.
// Segments: ann, ben, cal (1,1), dee (2,1) Hibernating: 4 customers, 50+20+10+10 = 90;
//   eve, fay (3,1) About to Sleep: 2, 30; gus, hal (4,4) Loyal Customers: 2, 80;
//   ivy, jon (5,5) Champions: 2, 580. Segment revenue 780; net revenue of all orders 755.
describe.each(ENGINES)('RFM on rfm-ties.csv (%s DuckDB)', (engine) => {
  let t: Loaded;
  const asOf = '2024-07-01';
  beforeAll(async () => {
    t = await load(fixture('rfm-ties.csv'), {}, engine);
  });
  afterAll(() => t.db.close());

  it('measures recency to the day after the last purchase', async () => {
    expect(await defaultAsOf(t.db)).toBe(asOf);
  });

  it('puts customers into segments with their revenue, shares and averages', async () => {
    const { customers, segments } = await runRfm(t.db, { asOf });
    expect(customers).toBe(10);
    const seen = segments.filter((s) => s.customers > 0);
    expect(seen).toEqual([
      {
        key: 'champions',
        name: 'Champions',
        customers: 2,
        revenue: 580,
        customer_share: 0.2,
        revenue_share: 580 / 780,
        avg_recency_days: 1,
        avg_frequency: 3.5,
        avg_monetary: 290,
      },
      {
        key: 'loyal',
        name: 'Loyal Customers',
        customers: 2,
        revenue: 80,
        customer_share: 0.2,
        revenue_share: 80 / 780,
        avg_recency_days: 15,
        avg_frequency: 2,
        avg_monetary: 40,
      },
      {
        key: 'about_to_sleep',
        name: 'About to Sleep',
        customers: 2,
        revenue: 30,
        customer_share: 0.2,
        revenue_share: 30 / 780,
        avg_recency_days: 45,
        avg_frequency: 1,
        avg_monetary: 15,
      },
      {
        key: 'hibernating',
        name: 'Hibernating',
        customers: 4,
        revenue: 90,
        customer_share: 0.4,
        revenue_share: 90 / 780,
        avg_recency_days: (182 * 3 + 91) / 4,
        avg_frequency: 1,
        avg_monetary: 22.5,
      },
    ]);
  });

  it('lists all ten segments, empty ones as zeros, in a fixed order', async () => {
    const { segments } = await runRfm(t.db, { asOf });
    expect(segments.map((s) => s.name)).toEqual(SEGMENTS.map((s) => s.name));
    expect(segments.find((s) => s.key === 'cant_lose')).toMatchObject({
      customers: 0,
      revenue: 0,
      revenue_share: null,
      avg_monetary: null,
    });
  });

  it('counts a return-only customer in net revenue but in no segment', async () => {
    const { segments } = await runRfm(t.db, { asOf });
    const segmentRevenue = segments.reduce((sum, s) => sum + s.revenue, 0);
    expect(segmentRevenue).toBe(780);
    expect((await runSummary(t.db, asOf)).revenue).toBe(755);
  });

  it('says what each score means in the data, e.g. F 4 = 2 orders', async () => {
    const { scores } = await runRfm(t.db, { asOf });
    expect(scores.f).toEqual([
      { score: 1, customers: 6, min: 1, max: 1 },
      { score: 4, customers: 2, min: 2, max: 2 },
      { score: 5, customers: 2, min: 3, max: 4 },
    ]);
    expect(scores.r).toEqual([
      { score: 1, customers: 3, min: 182, max: 182 },
      { score: 2, customers: 1, min: 91, max: 91 },
      { score: 3, customers: 2, min: 30, max: 60 },
      { score: 4, customers: 2, min: 10, max: 20 },
      { score: 5, customers: 2, min: 1, max: 1 },
    ]);
    expect(scores.m).toEqual([
      { score: 1, customers: 3, min: 0, max: 10 },
      { score: 2, customers: 1, min: 20, max: 20 },
      { score: 3, customers: 2, min: 30, max: 30 },
      { score: 4, customers: 2, min: 50, max: 50 },
      { score: 5, customers: 2, min: 180, max: 400 },
    ]);
  });

  it('fills the 5 x 5 grid with counts and revenue', async () => {
    const { grid } = await runRfm(t.db, { asOf });
    expect(grid).toHaveLength(25);
    expect(grid.filter((c) => c.customers > 0)).toEqual([
      { r: 5, f: 5, segment: 'champions', customers: 2, revenue: 580 },
      { r: 4, f: 4, segment: 'loyal', customers: 2, revenue: 80 },
      { r: 3, f: 1, segment: 'about_to_sleep', customers: 2, revenue: 30 },
      { r: 2, f: 1, segment: 'hibernating', customers: 1, revenue: 10 },
      { r: 1, f: 1, segment: 'hibernating', customers: 3, revenue: 80 },
    ]);
  });

  it('lists a segment by monetary value, equal values by customer id', async () => {
    const list = await runRfmSegmentCustomers(t.db, { asOf, segment: 'hibernating', limit: 10 });
    expect(list.map((c) => [c.customer, c.revenue, c.r, c.f, c.m])).toEqual([
      ['ann', 50, 1, 1, 4],
      ['ben', 20, 1, 1, 2],
      ['cal', 10, 1, 1, 1],
      ['dee', 10, 2, 1, 1],
    ]);
    const top = await runRfmSegmentCustomers(t.db, { asOf, segment: 'hibernating', limit: 2 });
    expect(top.map((c) => c.customer)).toEqual(['ann', 'ben']);
    expect(top[0]).toMatchObject({ last_purchase: '2024-01-01', purchases: 1, recency_days: 182 });
  });

  it('lists one square of the grid: Hibernating at R 1, F 1 without dee (R 2)', async () => {
    const square = { r: 1, f: 1 };
    const list = await runRfmSegmentCustomers(t.db, { asOf, segment: 'hibernating', square });
    expect(list.map((c) => c.customer)).toEqual(['ann', 'ben', 'cal']);
  });

  it('rejects a square off the grid', async () => {
    const square = { r: 6, f: 1 };
    await expect(
      runRfmSegmentCustomers(t.db, { asOf, segment: 'hibernating', square }),
    ).rejects.toThrow('invalid RFM square: R 6, F 1');
  });

  it('explains empty F 2 and F 3 by the six one-time buyers tied at F 1', async () => {
    const { scores } = await runRfm(t.db, { asOf });
    expect(tiedScores(scores.f)).toEqual([
      { empty: [2, 3], tied: { score: 1, customers: 6, min: 1, max: 1 } },
    ]);
    // Every recency and monetary score is held: nothing to explain.
    expect(tiedScores(scores.r)).toEqual([]);
    expect(tiedScores(scores.m)).toEqual([]);
  });

  it('rejects an unknown segment name', async () => {
    await expect(runRfmSegmentCustomers(t.db, { asOf, segment: 'vips' })).rejects.toThrow(
      'invalid segment: vips',
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binGaps } from '../../../src/lib/analyses/repeat/bins';
import { cohortPoints } from '../../../src/lib/analyses/repeat/cohort-chart';
import { runInWindow, runRepeat, runRepeatByCohort } from '../../../src/lib/analyses/repeat/run';
import { ENGINES, fixture, load, type Loaded } from '../../helpers/db';

// second-visit.csv, as-of 2024-07-01. Days from the first purchase day to the next later
// purchase day, and how long before the as-of date the first purchase was:
//   customer  first       next        gap  days before as-of
//   ana       2024-01-01  2024-01-21   20  182
//   bo        2024-01-01  2024-03-01   60  182  (a second order on 01-01 is the same day)
//   cy        2024-02-01  2024-05-01   90  151
//   di        2024-01-10  -             -  173  (a return on 02-10 is not a purchase)
//   ed        2024-06-01  2024-06-30   29   30  (eligible for 30 days, exactly)
//   fi        2024-06-15  2024-06-20    5   16  (too recent for any N, still came back)
//   gu        2023-12-01  2024-06-28  210  213
//   ho        only a return: not a customer
// within 30:  eligible ana bo cy di ed gu = 6; returned ana (20), ed (29) = 2
// within 60:  eligible ana bo cy di gu = 5; returned ana, bo (60 <= 60) = 2
// within 90:  eligible ana bo cy di gu = 5; returned ana, bo, cy = 3
// within 180: eligible ana bo gu = 3; returned ana, bo = 2 (gu came back after 210 days)
// Median gap of the 6 who came back: 5 20 29 | 60 90 210 -> (29 + 60) / 2 = 44.5
describe.each(ENGINES)('second purchase on second-visit.csv (%s DuckDB)', (engine) => {
  let t: Loaded;
  const asOf = '2024-07-01';
  beforeAll(async () => {
    t = await load(fixture('second-visit.csv'), {}, engine);
  });
  afterAll(() => t.db.close());

  it('counts who came back within 30, 60, 90 and 180 days among those who could have', async () => {
    const { within } = await runRepeat(t.db, { asOf });
    expect(within).toEqual([
      { days: 30, eligible: 6, returned: 2, share: 2 / 6 },
      { days: 60, eligible: 5, returned: 2, share: 2 / 5 },
      { days: 90, eligible: 5, returned: 3, share: 3 / 5 },
      { days: 180, eligible: 3, returned: 2, share: 2 / 3 },
    ]);
  });

  it('takes the mean of the middle two gaps as the median of an even count', async () => {
    const result = await runRepeat(t.db, { asOf });
    expect(result.returned_customers).toBe(6);
    expect(result.median_days_to_second).toBe(44.5);
  });

  it('does not count a second order on the same day as coming back', async () => {
    const { gaps } = await runRepeat(t.db, { asOf });
    expect(gaps).toEqual([5, 20, 29, 60, 90, 210].map((days) => ({ days, customers: 1 })));
  });

  it('groups the gaps into week, fortnight, month, ... bins', async () => {
    const { gap_bins } = await runRepeat(t.db, { asOf });
    expect(gap_bins.map((b) => [b.label, b.customers])).toEqual([
      ['1–7', 1],
      ['8–14', 0],
      ['15–30', 2],
      ['31–60', 1],
      ['61–90', 1],
      ['91–180', 0],
      ['181–365', 1],
      ['366+', 0],
    ]);
  });

  it('ignores purchases after an earlier as-of date', async () => {
    // As of 2024-02-29 only ana has come back (bo's 03-01 is after it). Eligible for 30 days:
    // first purchase on or before 01-30: ana, bo, di, gu. For 180 days: nobody.
    const result = await runRepeat(t.db, { asOf: '2024-02-29' });
    expect(result.within[0]).toEqual({ days: 30, eligible: 4, returned: 1, share: 0.25 });
    expect(result.within[3]).toEqual({ days: 180, eligible: 0, returned: 0, share: null });
    expect(result.median_days_to_second).toBe(20);
  });

  // By first-purchase month (same table as above):
  //   2023-12 gu: 30/60/90/180 eligible 1, back 0 (210 days)
  //   2024-01 ana bo di: 30: 3 eligible, ana back; 60 and 90: 3, ana bo; 180: ana bo (182
  //           days old) eligible, di (173) not: 2, both back
  //   2024-02 cy: 30 and 60: 1, 0; 90: 1, 1; 180: 151 days old, nobody eligible
  //   2024-06 ed fi: 30: ed (exactly 30 days old) eligible, back after 29; fi too recent
  // Summed over months: within 30, 1 + 3 + 1 + 1 = 6 eligible and 0 + 1 + 0 + 1 = 2 back.
  it('gives the same rates for each first-purchase month', async () => {
    const rows = await runRepeatByCohort(t.db, { asOf });
    const counts = rows.map((r) => [
      r.cohort,
      r.customers,
      r.within.map((w) => `${w.days}: ${w.returned}/${w.eligible}`),
    ]);
    expect(counts).toEqual([
      ['2023-12', 1, ['30: 0/1', '60: 0/1', '90: 0/1', '180: 0/1']],
      ['2024-01', 3, ['30: 1/3', '60: 2/3', '90: 2/3', '180: 2/2']],
      ['2024-02', 1, ['30: 0/1', '60: 0/1', '90: 1/1', '180: 0/0']],
      ['2024-06', 2, ['30: 1/1', '60: 0/0', '90: 0/0', '180: 0/0']],
    ]);
    expect(rows[2].within[3].share).toBeNull();
    expect(rows[1].start).toBe('2024-01-01');
  });

  it('draws a month only for the windows its customers are old enough for', async () => {
    const rows = await runRepeatByCohort(t.db, { asOf });
    const points = cohortPoints(rows, (days) => `${days}`);
    // 4 + 4 + 3 + 1 points: 2024-02 has none for 180 days, 2024-06 only one for 30.
    expect(points).toHaveLength(12);
    expect(points.filter((p) => p.cohort === '2024-06').map((p) => [p.series, p.share])).toEqual([
      ['30', 1],
    ]);
  });

  it('lists nobody as still in their window when every recent customer came back', async () => {
    // ed and fi are recent, but both bought again.
    expect(await runInWindow(t.db, { asOf })).toEqual({ days: 30, customers: 0, list: [] });
  });

  it('accepts other day counts', async () => {
    // Within a week: everyone is eligible (fi's first purchase was 16 days ago); fi came back.
    const { within } = await runRepeat(t.db, { asOf, withinDays: [7] });
    expect(within).toEqual([{ days: 7, eligible: 7, returned: 1, share: 1 / 7 }]);
  });
});

describe('binning the gaps', () => {
  it('puts each gap in the last bin whose lower edge it reaches', () => {
    const bins = binGaps(
      [
        { days: 1, customers: 2 },
        { days: 10, customers: 1 },
        { days: 400, customers: 3 },
      ],
      [1, 10, 100],
    );
    expect(bins).toEqual([
      { label: '1–9', from: 1, to: 9, customers: 2 },
      { label: '10–99', from: 10, to: 99, customers: 1 },
      { label: '100+', from: 100, to: null, customers: 3 },
    ]);
  });
});

// regulars-buy.csv, as-of 2024-07-01: one purchase day so far and a first purchase less than
// 30 days ago: eve (06-20, 11 days ago: 19 days left) and gus (06-25, 6 days ago: 24 days left;
// his two orders that day are one visit). ida (04-01) and fay (02-01) bought once, too long ago.
describe.each(ENGINES)('still in their window on regulars-buy.csv (%s DuckDB)', (engine) => {
  let t: Loaded;
  const asOf = '2024-07-01';
  beforeAll(async () => {
    t = await load(fixture('regulars-buy.csv'), {}, engine);
  });
  afterAll(() => t.db.close());

  it('lists one-visit customers of the last 30 days, fewest days left first', async () => {
    const result = await runInWindow(t.db, { asOf });
    expect(result.customers).toBe(2);
    expect(
      result.list.map((c) => [c.customer, c.first_purchase, c.purchases, c.days_left]),
    ).toEqual([
      ['eve', '2024-06-20', 1, 19],
      ['gus', '2024-06-25', 2, 24],
    ]);
  });

  it('closes the window on its last day', async () => {
    // As of 2024-07-20, eve's first purchase is 30 days old: her 30 days are over (she is
    // counted among the customers old enough for 30 days instead); gus has 5 days left.
    const result = await runInWindow(t.db, { asOf: '2024-07-20' });
    expect(result.list.map((c) => [c.customer, c.days_left])).toEqual([['gus', 5]]);
    const { within } = await runRepeat(t.db, { asOf: '2024-07-20' });
    // Old enough for 30 days: everyone but gus = 7 of 8 customers.
    expect(within[0]).toMatchObject({ days: 30, eligible: 7 });
  });

  it('takes a longer window', async () => {
    // 120 days: also ida (04-01, 91 days ago: 29 left). fay (151 days ago) is past it.
    const result = await runInWindow(t.db, { asOf, days: 120 });
    expect(result.list.map((c) => [c.customer, c.days_left])).toEqual([
      ['ida', 29],
      ['eve', 109],
      ['gus', 114],
    ]);
  });

  it('does not count a second order on the same day as coming back', async () => {
    // Within 60 days: old enough ann ben cat dan fay ida = 6; back: ann (10 days), dan (31).
    // ben's second order on his first day is not a second purchase day (he came back after 107).
    const { within } = await runRepeat(t.db, { asOf, withinDays: [60] });
    expect(within).toEqual([{ days: 60, eligible: 6, returned: 2, share: 2 / 6 }]);
  });
});

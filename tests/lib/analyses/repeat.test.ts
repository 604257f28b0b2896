import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binGaps } from '../../../src/lib/analyses/repeat/bins';
import { runRepeat } from '../../../src/lib/analyses/repeat/run';
import { fixture, load, type Loaded } from '../../helpers/db';

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
describe('second purchase on second-visit.csv', () => {
  let t: Loaded;
  const asOf = '2024-07-01';
  beforeAll(async () => {
    t = await load(fixture('second-visit.csv'));
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

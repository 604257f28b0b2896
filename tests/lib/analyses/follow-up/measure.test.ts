import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureGroups, runFollowUp } from '../../../../src/lib/analyses/follow-up/measure';
import type { FollowUp } from '../../../../src/lib/analyses/follow-up/record';
import type { GroupRow } from '../../../../src/lib/analyses/follow-up/sql';
import { fixture, load, type Loaded } from '../../../helpers/db';

const followUp = (contacted: string[], kept_aside: string[]): FollowUp => ({
  name: 'Spring calls',
  created: '2024-03-31',
  start: '2024-03-31',
  source: { list: 'lapsed', params: { window_months: 6 } },
  seed: 1,
  share: 0.2,
  contacted,
  kept_aside,
});

// follow-up.csv, start 2024-03-31, as-of 2024-06-30: "came back" = a purchase dated
// 2024-04-01 .. 2024-06-30; revenue = net total of the orders in those days.
//   contacted  orders                                   came back  revenue
//   c1         01-10 40, 04-05 50                       yes         50
//   c2         02-01 30                                 no           0
//   c3         01-15 20, 03-31 25 (the start: before)   no           0
//   c4         01-20 60, 05-01 return −15               no (return) −15
//   c5         not in the file                          missing
//   c'6        01-05 10, 06-01 12 (a quote in the id)   yes         12
//   -> 6 customers, 5 found, 1 missing, 2 came back, revenue 47
//   kept aside
//   k1         02-10 10, 06-30 35 (the as-of: counts)   yes         35
//   k2         02-11 10, 07-05 99 (after the as-of)     no           0
//   k3         03-01 80, 04-10 20 + 30 (two orders)     yes         50
//   -> 3 customers, 3 found, 2 came back, revenue 85
// o1 bought on 04-01 but is in neither group.
describe('a follow-up measured on follow-up.csv', () => {
  let t: Loaded;
  beforeAll(async () => {
    t = await load(fixture('follow-up.csv'));
  });
  afterAll(() => t.db.close());

  it('counts each group: found, missing, came back and revenue', async () => {
    const m = await runFollowUp(
      t.db,
      followUp(['c1', 'c2', 'c3', 'c4', 'c5', "c'6"], ['k1', 'k2', 'k3']),
      '2024-06-30',
    );
    expect(m.days).toBe(91);
    expect(m.contacted).toEqual({
      customers: 6,
      found: 5,
      missing: 1,
      came_back: 2,
      came_back_share: 0.4,
      revenue: 47,
      revenue_per_customer: 9.4,
    });
    expect(m.kept_aside).toEqual({
      customers: 3,
      found: 3,
      missing: 0,
      came_back: 2,
      came_back_share: 2 / 3,
      revenue: 85,
      revenue_per_customer: 85 / 3,
    });
    // 5 and 3 customers found: fewer than 10 in a group, so no interval and no verdict.
    expect(m.verdict).toBe('too_few');
    expect(m.came_back_difference).toBeNull();
    expect(m.revenue_difference).toBeNull();
  });

  it('has nothing to measure before the start', async () => {
    const m = await runFollowUp(t.db, followUp(['c1'], ['k1']), '2024-03-31');
    expect(m.verdict).toBe('not_started');
    expect(m.contacted.came_back).toBe(0);
  });

  it('reports a group whose customers are all missing', async () => {
    const m = await runFollowUp(t.db, followUp(['c1'], ['nobody', 'x']), '2024-06-30');
    expect(m.kept_aside).toMatchObject({ customers: 2, found: 0, missing: 2 });
    expect(m.kept_aside.came_back_share).toBeNull();
  });
});

const row = (
  grp: GroupRow['grp'],
  found: number,
  came_back: number,
  revenue: number,
  variance: number,
): GroupRow => ({
  grp,
  customers: found + 1,
  found,
  came_back,
  revenue,
  revenue_variance: variance,
});

describe('the figures of a follow-up from its two groups', () => {
  // 20 contacted found (one more missing), 10 came back, 300 revenue, variance 400 per customer;
  // 10 kept aside found, 2 came back, 50 revenue, variance 100. Hand-worked in stats.test.ts:
  //   came back 0.5 − 0.2 = 0.3, Newcombe −0.069 to 0.547 (includes 0: unclear)
  //   revenue per customer 15 − 5 = 10, Welch −1.22 to 21.22
  //   brought: 0.3 × 20 = 6 customers, 10 × 20 = 200 of revenue
  it('gives the differences, their intervals and what the follow-up brought', () => {
    const m = measureGroups({ name: 'x', start: '2024-01-01' }, '2024-03-01', {
      contacted: row('contacted', 20, 10, 300, 400),
      kept_aside: row('kept_aside', 10, 2, 50, 100),
    });
    expect(m.days).toBe(60);
    expect(m.contacted.missing).toBe(1);
    expect(m.came_back_difference?.estimate).toBeCloseTo(0.3, 12);
    expect(m.came_back_difference?.low).toBeCloseTo(-0.0692, 3);
    expect(m.came_back_difference?.high).toBeCloseTo(0.5466, 3);
    expect(m.revenue_difference?.estimate).toBe(10);
    expect(m.revenue_difference?.low).toBeCloseTo(-1.22, 2);
    expect(m.revenue_difference?.high).toBeCloseTo(21.22, 2);
    expect(m.extra_customers).toBeCloseTo(6, 12);
    expect(m.extra_revenue).toBe(200);
    expect(m.verdict).toBe('unclear');
  });

  // Newcombe's example, 56/70 against 48/80: 0.0524 to 0.3339, above zero.
  it('says "more" when the whole interval is above zero, "less" when below', () => {
    const more = measureGroups({ name: 'x', start: '2024-01-01' }, '2024-03-01', {
      contacted: row('contacted', 70, 56, 0, 0),
      kept_aside: row('kept_aside', 80, 48, 0, 0),
    });
    expect(more.verdict).toBe('more');
    expect(more.extra_customers).toBeCloseTo(14, 12); // 0.2 × 70
    const less = measureGroups({ name: 'x', start: '2024-01-01' }, '2024-03-01', {
      contacted: row('contacted', 80, 48, 0, 0),
      kept_aside: row('kept_aside', 70, 56, 0, 0),
    });
    expect(less.verdict).toBe('less');
    expect(less.came_back_difference?.high).toBeCloseTo(-0.0524, 4);
  });

  it('says "too few" with 9 found in a group, and measures with 10', () => {
    const at = (kept: number) =>
      measureGroups({ name: 'x', start: '2024-01-01' }, '2024-03-01', {
        contacted: row('contacted', 50, 10, 0, 0),
        kept_aside: row('kept_aside', kept, 1, 0, 0),
      }).verdict;
    expect(at(9)).toBe('too_few');
    expect(at(10)).not.toBe('too_few');
  });
});

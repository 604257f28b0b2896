// Did the follow-up work? Contacted against kept aside, on the data loaded now.
import { rowsOf, type Executor } from '../../sql/executor';
import type { FollowUp } from './record';
import { MIN_GROUP } from './size';
import { followUpGroupsSql, type Group, type GroupRow } from './sql';
import { newcombe, welch, type Interval } from './stats';

export interface GroupMeasure {
  /** In the follow-up. */
  customers: number;
  /** With an order in the file: the ones measured. */
  found: number;
  /** Not in the file at all (reported, not counted as "did not come back"). */
  missing: number;
  came_back: number;
  /** came_back / found; null when none is found. */
  came_back_share: number | null;
  /** Net revenue in (start, as-of] of the found customers. */
  revenue: number;
  /** revenue / found; null when none is found. */
  revenue_per_customer: number | null;
}

export interface Difference extends Interval {
  /** Contacted minus kept aside. */
  estimate: number;
}

/**
 * not_started: the data ends before the follow-up starts. too_few: a group has fewer than
 * MIN_GROUP customers in the file. more / less: the 95% interval of the came-back difference
 * is above / below zero. unclear: it includes zero.
 */
export type Verdict = 'not_started' | 'too_few' | 'more' | 'less' | 'unclear';

export interface FollowUpMeasure {
  name: string;
  start: string;
  as_of: string;
  /** Days from the start to the as-of date. */
  days: number;
  contacted: GroupMeasure;
  kept_aside: GroupMeasure;
  /** Came-back shares, contacted − kept aside, Newcombe's 95% interval. */
  came_back_difference: Difference | null;
  /** Revenue per customer, contacted − kept aside, Welch's 95% interval. */
  revenue_difference: Difference | null;
  /** The came-back difference × the contacted customers found: customers the follow-up brought. */
  extra_customers: number | null;
  /** The revenue difference × the contacted customers found. */
  extra_revenue: number | null;
  verdict: Verdict;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

const EMPTY: GroupRow = {
  grp: 'contacted',
  customers: 0,
  found: 0,
  came_back: 0,
  revenue: 0,
  revenue_variance: 0,
};

function groupMeasure(row: GroupRow): GroupMeasure {
  const { customers, found, came_back, revenue } = row;
  return {
    customers,
    found,
    missing: customers - found,
    came_back,
    came_back_share: found > 0 ? came_back / found : null,
    revenue,
    revenue_per_customer: found > 0 ? revenue / found : null,
  };
}

/** The figures from the two groups' rows (pure: the fixture tests call it directly too). */
export function measureGroups(
  followUp: Pick<FollowUp, 'name' | 'start'>,
  asOf: string,
  rows: Readonly<Record<Group, GroupRow>>,
): FollowUpMeasure {
  const c = rows.contacted;
  const k = rows.kept_aside;
  const days = daysBetween(followUp.start, asOf);
  const base = {
    name: followUp.name,
    start: followUp.start,
    as_of: asOf,
    days,
    contacted: groupMeasure(c),
    kept_aside: groupMeasure(k),
  };
  const none = {
    came_back_difference: null,
    revenue_difference: null,
    extra_customers: null,
    extra_revenue: null,
  };
  if (days <= 0) return { ...base, ...none, verdict: 'not_started' };
  if (c.found < MIN_GROUP || k.found < MIN_GROUP) return { ...base, ...none, verdict: 'too_few' };
  const share = newcombe(c.came_back, c.found, k.came_back, k.found);
  const shareEstimate = c.came_back / c.found - k.came_back / k.found;
  const meanC = c.revenue / c.found;
  const meanK = k.revenue / k.found;
  const revenue = welch(
    { n: c.found, mean: meanC, variance: c.revenue_variance },
    { n: k.found, mean: meanK, variance: k.revenue_variance },
  );
  const revenueEstimate = meanC - meanK;
  return {
    ...base,
    came_back_difference: { estimate: shareEstimate, low: share.low, high: share.high },
    revenue_difference: revenue
      ? { estimate: revenueEstimate, low: revenue.low, high: revenue.high }
      : null,
    extra_customers: shareEstimate * c.found,
    extra_revenue: revenueEstimate * c.found,
    verdict: share.low > 0 ? 'more' : share.high < 0 ? 'less' : 'unclear',
  };
}

/** Measure one follow-up on `orders` up to the as-of date. */
export async function runFollowUp(
  db: Executor,
  followUp: FollowUp,
  asOf: string,
): Promise<FollowUpMeasure> {
  const groups = { contacted: followUp.contacted, kept_aside: followUp.kept_aside };
  const rows: Record<Group, GroupRow> = {
    contacted: { ...EMPTY, grp: 'contacted' },
    kept_aside: { ...EMPTY, grp: 'kept_aside' },
  };
  if (groups.contacted.length + groups.kept_aside.length > 0) {
    const sql = followUpGroupsSql(followUp.start, asOf, groups);
    for (const row of rowsOf<GroupRow>(await db.query(sql))) rows[row.grp] = row;
  }
  return measureGroups(followUp, asOf, rows);
}

// Second purchase per DESIGN.md "Second purchase", over customer_summary: days_to_second is the
// gap from the first purchase day to the next later purchase day (a second order on the same
// day is not a second purchase day; a return is not a purchase).
import { literal, sqlDate } from '../../sql/quote';
import { byRevenueDesc, customerListColumns, limitSql } from '../customers/list';
import { CUSTOMER_SUMMARY } from '../customers/sql';
import { periodIndexSql } from '../period';

export const DEFAULT_WITHIN_DAYS = [30, 60, 90, 180] as const;

export function checkWithinDays(days: readonly number[]): readonly number[] {
  for (const n of days) {
    if (!Number.isInteger(n) || n < 1) throw new Error(`invalid days: ${n} (a whole number >= 1)`);
  }
  if (days.length === 0) throw new Error('invalid days: none given');
  return days;
}

/** The windows as a VALUES list of one column, `days`. */
export function withinValuesSql(days: readonly number[]): string {
  return `(VALUES ${checkWithinDays(days)
    .map((n) => `(${literal(n)})`)
    .join(', ')}) AS w(days)`;
}

/**
 * For the window `days` (an SQL expression), over customer_summary aliased `c`: eligible =
 * first purchase at least `days` days before the as-of date (so that the window could be
 * observed); returned = eligible and back within the window (gap <= days). Every view of the
 * second purchase (overall, by month, by first order) counts with these two.
 */
export function withinCountsSql(asOf: string, days: string): string {
  const age = `date_diff('day', c.first_purchase, ${literal(sqlDate(asOf))})`;
  return `count(*) FILTER (WHERE ${age} >= ${days})::INTEGER AS eligible,
  count(*) FILTER (WHERE ${age} >= ${days} AND c.days_to_second <= ${days})::INTEGER AS returned`;
}

/** For each N: the eligible and returned customers of withinCountsSql. */
export function withinSql(asOf: string, days: readonly number[]): string {
  return `SELECT w.days::INTEGER AS days,
  ${withinCountsSql(asOf, 'w.days')}
FROM ${withinValuesSql(days)} CROSS JOIN ${CUSTOMER_SUMMARY} c
GROUP BY w.days ORDER BY w.days`;
}

/** Among customers who came back: how many, and the median gap (even count: mean of middle two). */
export const secondPurchaseMedianSql = `SELECT count(days_to_second)::INTEGER AS returned,
  quantile_cont(days_to_second::DOUBLE, 0.5) AS median_days_to_second
FROM ${CUSTOMER_SUMMARY}`;

/** The exact distribution of gaps: customers per number of days to the second purchase day. */
export const gapDistributionSql = `SELECT days_to_second AS days, count(*)::INTEGER AS customers
FROM ${CUSTOMER_SUMMARY} WHERE days_to_second IS NOT NULL
GROUP BY days_to_second ORDER BY days_to_second`;

/**
 * The same counts for each first-purchase month (the cohort of DESIGN.md "Cohorts"), so the
 * owner sees whether newer customers come back faster or slower than older ones.
 */
export function withinByCohortSql(asOf: string, days: readonly number[]): string {
  return `SELECT ${periodIndexSql('month', 'c.first_purchase')}::INTEGER AS cohort,
  w.days::INTEGER AS days,
  count(*)::INTEGER AS customers,
  ${withinCountsSql(asOf, 'w.days')}
FROM ${withinValuesSql(days)} CROSS JOIN ${CUSTOMER_SUMMARY} c
GROUP BY cohort, w.days ORDER BY cohort, w.days`;
}

/** The default window of the "still in their window" list. */
export const DEFAULT_WINDOW_DAYS = 30;

/**
 * Customers still in their window: one purchase day so far (a second order on the same day is
 * not a second visit), made less than `days` days before the as-of date, so that the window's
 * end (first purchase + days) has not passed. They are exactly the customers not yet eligible
 * for `days` who have not come back. days_left = days from the as-of date to that end.
 */
function inWindow(asOf: string, days: number): string {
  const [n] = checkWithinDays([days]);
  return `c.second_purchase IS NULL
  AND date_diff('day', c.first_purchase, ${literal(sqlDate(asOf))}) < ${literal(n)}`;
}

export function inWindowCountSql(asOf: string, days: number): string {
  return `SELECT count(*)::INTEGER AS customers FROM ${CUSTOMER_SUMMARY} c WHERE ${inWindow(asOf, days)}`;
}

/** Fewest days left first (the most urgent), then the most valuable, then by customer id. */
export function inWindowCustomersSql(asOf: string, days: number, limit: number): string {
  const left = `(${literal(days)} - date_diff('day', c.first_purchase, ${literal(sqlDate(asOf))}))::INTEGER`;
  return `SELECT ${customerListColumns}, ${left} AS days_left
FROM ${CUSTOMER_SUMMARY} c WHERE ${inWindow(asOf, days)}
ORDER BY days_left, ${byRevenueDesc} ${limitSql(limit)}`;
}

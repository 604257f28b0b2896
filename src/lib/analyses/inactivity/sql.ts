// Inactivity per DESIGN.md "Inactivity", over customer_summary and customer_days.
import { literal, sqlDate } from '../../sql/quote';
import { CUSTOMER_DAYS, CUSTOMER_SUMMARY } from '../customers/sql';
import { customerListColumns, limitSql } from '../customers/list';
import { listView, type ListView } from '../predict/list';
import { asOfDateSql, checkOverdueFactor, cutoffSql } from './window';

/** Lapsed: the last purchase is on or before as-of - N months (exactly N months ago: lapsed). */
const isLapsed = (asOf: string, months: number) =>
  `c.last_purchase <= ${cutoffSql(asOfDateSql(asOf), months)}`;

export function cutoffDateSql(asOf: string, months: number): string {
  return `SELECT strftime(${cutoffSql(asOfDateSql(asOf), months)}, '%Y-%m-%d') AS cutoff`;
}

/**
 * Active and lapsed side by side. Revenue is lifetime net revenue; orders per customer counts
 * purchases (returns are not orders a customer came back for); average order value is net
 * revenue per purchase, so customers x orders per customer x average order value = revenue.
 */
export function comparisonSql(asOf: string, months: number): string {
  return `SELECT CASE WHEN ${isLapsed(asOf, months)} THEN 'lapsed' ELSE 'active' END AS status,
  count(*)::INTEGER AS customers,
  (count(*) / sum(count(*)) OVER ())::DOUBLE AS share,
  sum(c.revenue)::DOUBLE AS revenue,
  (sum(c.revenue) / nullif(sum(sum(c.revenue)) OVER (), 0))::DOUBLE AS revenue_share,
  (sum(c.purchases) / count(*))::DOUBLE AS orders_per_customer,
  (sum(c.revenue) / sum(c.purchases))::DOUBLE AS avg_order_value,
  quantile_cont(c.recency_days::DOUBLE, 0.5) AS median_days_since_last
FROM ${CUSTOMER_SUMMARY} c GROUP BY status`;
}

export function lapsedCustomersSql(
  asOf: string,
  months: number,
  limit: number,
  view: ListView = {},
): string {
  const v = listView(view);
  return `SELECT ${customerListColumns}${v.columns}
FROM ${CUSTOMER_SUMMARY} c ${v.join} WHERE ${isLapsed(asOf, months)}
ORDER BY ${v.orderBy} ${limitSql(limit)}`;
}

/** Purchases on at least 2 distinct days and days since the last > factor x the median gap. */
const overdue = (factor: number) =>
  `c.purchase_days >= 2 AND c.recency_days > ${literal(checkOverdueFactor(factor))} * c.median_gap`;

export function overdueCountSql(factor: number): string {
  return `SELECT count(*)::INTEGER AS customers FROM ${CUSTOMER_SUMMARY} c WHERE ${overdue(factor)}`;
}

export function overdueCustomersSql(factor: number, limit: number, view: ListView = {}): string {
  const v = listView(view);
  return `SELECT ${customerListColumns}, (c.recency_days / c.median_gap)::DOUBLE AS overdue_ratio${v.columns}
FROM ${CUSTOMER_SUMMARY} c ${v.join} WHERE ${overdue(factor)}
ORDER BY ${v.orderBy} ${limitSql(limit)}`;
}

export const firstPurchaseSql = `SELECT strftime(min(first_purchase), '%Y-%m-%d') AS first
FROM ${CUSTOMER_SUMMARY}`;

/**
 * The lapsed share at each date d (see months.ts), by the same rule as at the as-of date:
 * customers so far = first purchase on or before d; active at d = the customer's latest
 * purchase day on or before d lies in (d - N months, d]; lapsed = customers so far - active;
 * share = lapsed / customers so far. A purchase day p whose next purchase day is q makes its
 * customer's latest day p for every d in [p, q), so each (customer, d) is counted once.
 */
export function lapsedByMonthSql(dates: string[], months: number): string {
  const values = dates.map((d) => `(${literal(sqlDate(d))})`).join(', ');
  return `WITH w AS (
  SELECT d, ${cutoffSql('d', months)} AS cutoff FROM (VALUES ${values}) AS dates(d)
),
seen AS (
  SELECT w.d, count(c.customer) AS customers
  FROM w LEFT JOIN ${CUSTOMER_SUMMARY} c ON c.first_purchase <= w.d GROUP BY w.d
),
active AS (
  SELECT w.d, count(cd.customer) AS active
  FROM w LEFT JOIN ${CUSTOMER_DAYS} cd
    ON cd.day <= w.d AND cd.day > w.cutoff AND coalesce(cd.next_day, DATE '9999-12-31') > w.d
  GROUP BY w.d
)
SELECT strftime(d, '%Y-%m-%d') AS date,
  customers::INTEGER AS customers,
  (customers - active)::INTEGER AS lapsed,
  ((customers - active) / nullif(customers, 0))::DOUBLE AS share
FROM seen JOIN active USING (d) ORDER BY d`;
}

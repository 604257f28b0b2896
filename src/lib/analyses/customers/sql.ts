// The per-customer tables every customer analysis (RFM, inactivity, Pareto, second purchase)
// reads, built once per as-of date so that changing a parameter never re-reads the raw rows.
//
// `customer_days`: one row per customer and distinct purchase day (DESIGN.md "Orders": an
// order with total > 0), with the customer's next later purchase day. Two purchases on the same
// day are one purchase day: a same-day second order is not a second visit.
//
// `customer_summary`: one row per customer with at least one purchase up to the as-of date.
import { ordersAsOf, purchasesAsOf } from '../asof';
import { literal, sqlDate } from '../../sql/quote';

export const CUSTOMER_DAYS = 'customer_days';
export const CUSTOMER_SUMMARY = 'customer_summary';
/** One row, one column: what the two tables above were built from (see sourceKeySql). */
export const CUSTOMER_SUMMARY_SOURCE = 'customer_summary_source';

export function customerDaysSql(asOf: string): string {
  return `CREATE OR REPLACE TABLE ${CUSTOMER_DAYS} AS
SELECT customer, day,
  lead(day) OVER (PARTITION BY customer ORDER BY day) AS next_day,
  row_number() OVER (PARTITION BY customer ORDER BY day)::INTEGER AS n
FROM (SELECT DISTINCT customer, "date" AS day FROM ${purchasesAsOf(asOf)})`;
}

/**
 * Columns: first_purchase, last_purchase, second_purchase (next purchase day after the first,
 * NULL when none), purchases (purchase orders), purchase_days (distinct days), orders (returns
 * included), revenue (NET: all orders up to as-of, returns subtracted; DECIMAL so that sums and
 * rankings are exact), purchase_revenue (purchases only), recency_days (last purchase to as-of),
 * days_to_second, median_gap (median days between consecutive purchase days; for an even number
 * of gaps the mean of the middle two, which is what quantile_cont interpolates; NULL with one day).
 */
export function customerSummarySql(asOf: string): string {
  const asOfDate = literal(sqlDate(asOf));
  return `CREATE OR REPLACE TABLE ${CUSTOMER_SUMMARY} AS
WITH rhythm AS (
  SELECT customer,
    min(day) AS first_purchase,
    max(day) AS last_purchase,
    min(next_day) FILTER (WHERE n = 1) AS second_purchase,
    count(*)::INTEGER AS purchase_days,
    quantile_cont(date_diff('day', day, next_day)::DOUBLE, 0.5) AS median_gap
  FROM ${CUSTOMER_DAYS}
  GROUP BY customer
),
money AS (
  SELECT customer,
    count(*)::INTEGER AS orders,
    count(*) FILTER (WHERE total > 0)::INTEGER AS purchases,
    sum(total)::DECIMAL(38,4) AS revenue,
    coalesce(sum(total) FILTER (WHERE total > 0), 0)::DECIMAL(38,4) AS purchase_revenue
  FROM ${ordersAsOf(asOf)}
  GROUP BY customer
)
SELECT r.customer, r.first_purchase, r.last_purchase, r.second_purchase,
  m.purchases, r.purchase_days, m.orders, m.revenue, m.purchase_revenue,
  date_diff('day', r.last_purchase, ${asOfDate})::INTEGER AS recency_days,
  date_diff('day', r.first_purchase, r.second_purchase)::INTEGER AS days_to_second,
  r.median_gap
FROM rhythm r JOIN money m USING (customer)`;
}

/**
 * What the tables are built from, next to what they were last built from (one round trip: a
 * parameter change asks this first). The source is the as-of date and a fingerprint of
 * `orders`: its catalog id, which changes on every CREATE OR REPLACE, i.e. on every import,
 * and its row count, so a new file with the same as-of date is never answered from the
 * previous file's tables.
 */
export function sourcesSql(asOf: string): string {
  return `SELECT concat_ws('|', ${literal(asOf)},
  (SELECT table_oid FROM duckdb_tables()
    WHERE database_name = current_database() AND schema_name = current_schema()
      AND table_name = 'orders'),
  (SELECT count(*) FROM orders)) AS wanted,
  (SELECT max(source) FROM ${CUSTOMER_SUMMARY_SOURCE}) AS built`;
}

export const createSourceTableSql = `CREATE TABLE IF NOT EXISTS ${CUSTOMER_SUMMARY_SOURCE} (source VARCHAR)`;
export const clearSourceSql = `DELETE FROM ${CUSTOMER_SUMMARY_SOURCE}`;
export const recordSourceSql = (source: string) =>
  `INSERT INTO ${CUSTOMER_SUMMARY_SOURCE} VALUES (${literal(source)})`;

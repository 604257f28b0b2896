// Customers split by an attribute of their first order. "First order" is every purchase of the
// first purchase day (as DESIGN.md "Second purchase" counts days, and as gateway products do):
// a customer counts in each group whose value appears on a line of those purchases, so groups
// can overlap (a first order of two products); `other` has customers with a value but none of
// the top ones, `none` those with no value at all. The figures are the contract's own:
// second purchase (repeat/sql.ts), cohorts by month (cohorts/), the inactivity window.
import { literal, ident, sqlDate } from '../../sql/quote';
import { RAW } from '../../import/ingest';
import { trimmedCellSql } from '../../import/values';
import { ordersAsOf, purchasesAsOf } from '../asof';
import { byRevenueDesc, customerListColumns, limitSql } from '../customers/list';
import { CUSTOMER_SUMMARY } from '../customers/sql';
import { CUSTOMER_PREDICTIONS } from '../predict/sql';
import { asOfDateSql, cutoffSql } from '../inactivity/window';
import { periodIndexSql } from '../period';
import { withinCountsSql, withinValuesSql } from '../repeat/sql';
import { byText, type FirstOrderBy } from './attribute';

export const DEFAULT_TOP = 8;
/**
 * Groups with fewer customers are flagged and never named as standing out: at 30 customers a
 * rate near 50% is known to about ±18 points (95%), already a wide margin.
 */
export const DEFAULT_MIN_GROUP = 30;
export const REVENUE_MONTHS = [3, 6, 12] as const;

function checkCount(name: string, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`invalid ${name}: ${n} (a whole number >= 1)`);
  return n;
}

/** FNV-1a, so that each attribute has its own table (two cells may split differently). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The table of (customer, grp, kind, value) for this attribute and top N. */
export const groupsTable = (by: FirstOrderBy, top: number) =>
  `first_order_groups_${hash(`${byText(by)}|${top}`)}`;

/** The cells of a file's column, numbered as `lines."row"` numbers the file's rows. */
const columnCells = (column: string) =>
  `cells AS (SELECT row_number() OVER () AS "row", ${trimmedCellSql(`nullif(trim(${ident(column)}), '')`)} AS value FROM ${RAW})`;

function valueOf(by: FirstOrderBy): { cte: string; join: string; value: string } {
  if (by.kind === 'product') return { cte: '', join: '', value: 'l.product' };
  if (by.kind === 'country') return { cte: '', join: '', value: 'l.country' };
  return {
    cte: `${columnCells(by.column)},\n`,
    join: ' LEFT JOIN cells r ON r."row" = l."row"',
    value: 'r.value',
  };
}

/** The columns of `raw`, to say which exist when a picked one does not. */
export const rawColumnsSql = `SELECT column_name AS name FROM duckdb_columns()
WHERE table_name = ${literal(RAW)} AND schema_name = current_schema() ORDER BY column_index`;

/**
 * (Re)build the groups: grp 0 all customers; 1..top the values with the most customers (ties
 * by value); top+1 other; top+2 none. Lines are matched to their order as in products/sql.ts.
 */
export function groupsTableSql(by: FirstOrderBy, asOf: string, top: number): string {
  const n = checkCount('top', top);
  const v = valueOf(by);
  return `CREATE OR REPLACE TABLE ${groupsTable(by, n)} AS
WITH ${v.cte}fl AS (
  SELECT DISTINCT l.customer, ${v.value} AS value
  FROM lines l
  JOIN ${purchasesAsOf(asOf)} o
    ON o.customer = l.customer AND o.order_id = coalesce(l.order_id, '#' || l."row"::VARCHAR)
  JOIN ${CUSTOMER_SUMMARY} c ON c.customer = o.customer AND o."date" = c.first_purchase${v.join}
  WHERE l.problem IS NULL
),
named AS (SELECT customer, value FROM fl WHERE value IS NOT NULL),
ranked AS (
  SELECT value, row_number() OVER (ORDER BY count(*) DESC, value) AS rank
  FROM named GROUP BY value
),
top AS (SELECT value, rank FROM ranked WHERE rank <= ${n})
SELECT customer, 0 AS grp, 'all' AS kind, NULL::VARCHAR AS value FROM ${CUSTOMER_SUMMARY}
UNION ALL
SELECT n.customer, t.rank::INTEGER, 'value', n.value FROM named n JOIN top t USING (value)
UNION ALL
SELECT n.customer, ${n + 1}, 'other', NULL FROM named n LEFT JOIN top t USING (value)
  GROUP BY n.customer HAVING count(t.rank) = 0
UNION ALL
SELECT customer, ${n + 2}, 'none', NULL FROM ${CUSTOMER_SUMMARY}
  WHERE customer NOT IN (SELECT customer FROM named)`;
}

/** Per group: customers, and those with a purchase in the inactivity window. */
export function groupSizesSql(table: string, asOf: string, windowMonths: number): string {
  return `SELECT g.grp::INTEGER AS grp, g.kind, g.value, count(*)::INTEGER AS customers,
  count(*) FILTER (WHERE c.last_purchase > ${cutoffSql(asOfDateSql(asOf), windowMonths)})::INTEGER
    AS active
FROM ${table} g JOIN ${CUSTOMER_SUMMARY} c USING (customer)
GROUP BY g.grp, g.kind, g.value ORDER BY g.grp`;
}

/** Customers in more than one value group (other counts as one). */
export const overlapSql = (table: string) => `SELECT count(*)::INTEGER AS overlap FROM (
  SELECT customer FROM ${table} WHERE kind IN ('value', 'other')
  GROUP BY customer HAVING count(*) > 1)`;

/** Second purchase within each N, per group: the counts of DESIGN.md "Second purchase". */
export function groupWithinSql(table: string, asOf: string, days: readonly number[]): string {
  return `SELECT g.grp::INTEGER AS grp, w.days::INTEGER AS days,
  ${withinCountsSql(asOf, 'w.days')}
FROM ${withinValuesSql(days)} CROSS JOIN ${table} g JOIN ${CUSTOMER_SUMMARY} c USING (customer)
GROUP BY g.grp, w.days ORDER BY g.grp, w.days`;
}

/**
 * Per group, monthly cohort (the month of the first purchase) and offset k: distinct customers
 * with a purchase in month cohort + k, as cohorts/sql.ts counts them.
 */
export function groupCohortCellsSql(table: string, asOf: string): string {
  const month = (d: string) => periodIndexSql('month', d);
  return `WITH ck AS (
  SELECT DISTINCT p.customer, ${month('c.first_purchase')} AS cohort,
    ${month('p."date"')} - ${month('c.first_purchase')} AS k
  FROM ${purchasesAsOf(asOf)} p JOIN ${CUSTOMER_SUMMARY} c USING (customer)
)
SELECT g.grp::INTEGER AS grp, ck.cohort::INTEGER AS cohort, ck.k::INTEGER AS k,
  count(*)::INTEGER AS active
FROM ck JOIN ${table} g USING (customer)
GROUP BY g.grp, ck.cohort, ck.k ORDER BY grp, cohort, k`;
}

/**
 * Net revenue (every order, returns subtracted) from the first purchase day to the same day
 * N months later, inclusive, per customer whose first purchase is at least N months before the
 * as-of date (so that the whole window is seen; as "within N days" counts only those old enough).
 */
export function groupRevenueSql(table: string, asOf: string, months: readonly number[]): string {
  const values = months.map((m) => `(${literal(checkCount('months', m))})`).join(', ');
  const end = `CAST(c.first_purchase + to_months(m.months) AS DATE)`;
  return `WITH cr AS (
  SELECT c.customer, m.months, sum(o.total) AS revenue
  FROM (VALUES ${values}) AS m(months) CROSS JOIN ${CUSTOMER_SUMMARY} c
  JOIN ${ordersAsOf(asOf)} o
    ON o.customer = c.customer AND o."date" >= c.first_purchase AND o."date" <= ${end}
  WHERE ${end} <= ${literal(sqlDate(asOf))}
  GROUP BY c.customer, m.months
)
SELECT g.grp::INTEGER AS grp, cr.months::INTEGER AS months, count(*)::INTEGER AS eligible,
  sum(cr.revenue)::DOUBLE AS revenue
FROM cr JOIN ${table} g USING (customer)
GROUP BY g.grp, cr.months ORDER BY grp, months`;
}

/**
 * Per group, the forecast's 12-month value (`clv` of customer_predictions: expected purchases
 * over the next 12 months times the expected purchase value, each month discounted, as the
 * predict cell shows it): how many of the group's customers have one, and their mean. Groups
 * with none are absent. Only read once the table holds the forecasts for this as-of date.
 */
export const groupPredictedValueSql = (table: string) =>
  `SELECT g.grp::INTEGER AS grp, count(*)::INTEGER AS customers, avg(p.clv)::DOUBLE AS value
FROM ${table} g JOIN ${CUSTOMER_PREDICTIONS} p USING (customer)
WHERE p.clv IS NOT NULL
GROUP BY g.grp ORDER BY g.grp`;

/** One group's customers, most valuable first. */
export function groupCustomersSql(table: string, grp: number, limit: number): string {
  return `SELECT ${customerListColumns}
FROM ${CUSTOMER_SUMMARY} c JOIN ${table} g USING (customer)
WHERE g.grp = ${literal(Math.floor(grp))}
ORDER BY ${byRevenueDesc} ${limitSql(limit)}`;
}

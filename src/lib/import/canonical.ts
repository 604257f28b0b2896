// From the raw table (every cell text, one row per data row) to the canonical tables of the
// contract: `lines` (typed rows with the reason a row is skipped), `orders` (one per
// customer and order id) and the `purchases` view (orders with total > 0).
import { ident } from '../sql/quote';
import { amountSql, timestampSql } from './values';
import type { ImportPlan } from './plan';

export const RAW = 'raw';

function column(name: string | undefined): string {
  return name ? `nullif(trim(${ident(name)}), '')` : 'NULL';
}

function lineAmount(plan: ImportPlan): string {
  const { mapping, decimals } = plan;
  if (mapping.amount) return amountSql(ident(mapping.amount), decimals.amount ?? '.');
  if (mapping.quantity && mapping.unit_price) {
    const q = amountSql(ident(mapping.quantity), decimals.quantity ?? '.');
    const p = amountSql(ident(mapping.unit_price), decimals.unit_price ?? '.');
    return `CAST((${q}) * (${p}) AS DECIMAL(18,4))`;
  }
  throw new Error('invalid mapping: needs an amount column, or quantity and unit price columns');
}

/** SQL statements, run in order, that (re)build the canonical tables from `raw`. */
export function canonicalSql(plan: ImportPlan): string[] {
  const { mapping } = plan;
  if (!mapping.customer || !mapping.date) {
    throw new Error('invalid mapping: needs a customer column and a date column');
  }
  const amountSource = mapping.amount ?? mapping.quantity;
  const lines = `CREATE OR REPLACE TABLE lines AS
WITH typed AS (
  SELECT (rowid + 1)::BIGINT AS "row",
    ${column(mapping.customer)} AS customer,
    ${timestampSql(ident(mapping.date), plan.dateFormats)} AS ts,
    ${lineAmount(plan)} AS amount,
    ${column(mapping.order)} AS order_id,
    ${column(mapping.product)} AS product,
    ${column(mapping.country)} AS country,
    ${ident(mapping.date)} AS date_text,
    ${amountSource ? ident(amountSource) : 'NULL'} AS amount_text
  FROM ${RAW}
)
SELECT *,
  CASE WHEN customer IS NULL THEN 'customer'
       WHEN ts IS NULL THEN 'date'
       WHEN amount IS NULL THEN 'amount' END AS problem
FROM typed`;
  const orders = `CREATE OR REPLACE TABLE orders AS
SELECT customer,
  coalesce(order_id, '#' || "row"::VARCHAR) AS order_id,
  CAST(min(ts) AS DATE) AS "date",
  sum(amount)::DECIMAL(18,4) AS total,
  count(*)::INTEGER AS lines
FROM lines
WHERE problem IS NULL
GROUP BY customer, coalesce(order_id, '#' || "row"::VARCHAR)`;
  const purchases = `CREATE OR REPLACE VIEW purchases AS SELECT * FROM orders WHERE total > 0`;
  return [lines, orders, purchases];
}

/** The skipped rows, with the column and reason, first `limit` by row number. */
export function skippedRowsSql(limit: number): string {
  return `SELECT "row"::INTEGER AS "row", problem,
  CASE problem WHEN 'date' THEN date_text WHEN 'amount' THEN amount_text END AS value
FROM lines WHERE problem IS NOT NULL ORDER BY "row" LIMIT ${Math.max(0, Math.floor(limit))}`;
}

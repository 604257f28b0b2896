// From the raw table (every cell text, one row per data row) to the canonical tables of the
// contract: `lines` (typed rows with the reason a row is skipped), `orders` (one per
// customer and order id) and the `purchases` view (orders with total > 0).
import { ident, literal } from '../sql/quote';
import { RAW } from './ingest';
import { createRejectsSql, RAW_REJECTS } from './normalize';
import type { ImportPlan } from './plan';
import { statusClassSql } from './status';
import { amountSql, cellSql, timestampSql } from './values';

export { RAW };

const cell = (name: string | undefined) => (name ? cellSql(ident(name)) : 'NULL::VARCHAR');

function lineAmount(plan: ImportPlan): string {
  const { mapping, decimals } = plan;
  if (mapping.amount) return amountSql('amount_text', decimals.amount ?? '.');
  if (mapping.quantity && mapping.unit_price) {
    const q = amountSql('amount_text', decimals.quantity ?? '.');
    const p = amountSql('price_text', decimals.unit_price ?? '.');
    return `CAST((${q}) * (${p}) AS DECIMAL(18,4))`;
  }
  throw new Error('invalid mapping: needs an amount column, or quantity and unit price columns');
}

// Cells an order states once (Shopify fills customer, status and the like on its first line
// only): an empty one takes the value another line of the same order has.
const ORDER_LEVEL = ['customer', 'date_text', 'status'] as const;

function fillWithinOrder(hasOrder: boolean, orderTotals: boolean): string {
  if (!hasOrder) return `SELECT *, 0 AS order_amounts FROM base`;
  const fills = ORDER_LEVEL.map(
    (c) => `CASE WHEN order_id IS NULL THEN ${c} ELSE coalesce(${c}, max(${c}) OVER o) END AS ${c}`,
  );
  const amounts = orderTotals ? 'count(amount_text) OVER o' : '0';
  return `SELECT * REPLACE (${fills.join(', ')}), ${amounts} AS order_amounts
  FROM base WINDOW o AS (PARTITION BY order_id)`;
}

function reasonSql(plan: ImportPlan): string {
  const { mapping } = plan;
  const col = (name?: string) => (name ? ` (column "${name}")` : '');
  const amountColumn = mapping.amount ?? `${mapping.quantity} x ${mapping.unit_price}`;
  return `CASE problem
    WHEN 'unreadable' THEN rejected
    WHEN 'status' THEN ${literal(`status means no sale${col(mapping.status)}: `)} || status
    WHEN 'customer' THEN ${literal(`no customer${col(mapping.customer)}`)}
    WHEN 'date' THEN ${literal(`date not readable${col(mapping.date)}: `)} || coalesce(date_text, '(empty)')
    WHEN 'amount' THEN ${literal(`amount not readable${col(amountColumn)}: `)} || coalesce(amount_text, '(empty)')
  END`;
}

/** SQL statements, run in order, that (re)build the canonical tables from `raw`. */
export function canonicalSql(plan: ImportPlan): string[] {
  const { mapping, decimals } = plan;
  if (!mapping.customer || !mapping.date) {
    throw new Error('invalid mapping: needs a customer column and a date column');
  }
  const amountSource = mapping.amount ?? mapping.quantity;
  const refund = mapping.refund ? amountSql('refund_text', decimals.refund ?? '.') : 'NULL';
  // Order totals written once: the order's other lines add nothing (not skipped, not repeated).
  const gross = plan.orderTotals
    ? `CASE WHEN amount_text IS NULL AND order_id IS NOT NULL AND order_amounts > 0 THEN 0 ELSE ${lineAmount(plan)} END`
    : lineAmount(plan);
  const fullRefund = mapping.refund ? 'coalesce(refund, gross)' : 'gross';
  const lines = `CREATE OR REPLACE TABLE lines AS
WITH base AS (
  SELECT (r.rowid + 1)::BIGINT AS "row",
    ${cell(mapping.customer)} AS customer,
    ${cell(mapping.order)} AS order_id,
    ${cell(mapping.date)} AS date_text,
    ${cell(amountSource)} AS amount_text,
    ${cell(mapping.amount ? undefined : mapping.unit_price)} AS price_text,
    ${cell(mapping.refund)} AS refund_text,
    ${cell(mapping.status)} AS status,
    ${cell(mapping.product)} AS product,
    ${cell(mapping.country)} AS country,
    ${cell(mapping.currency)} AS currency
  FROM ${RAW} r
),
filled AS (${fillWithinOrder(!!mapping.order, !!plan.orderTotals)}),
typed AS (
  SELECT f.*, j.reason AS rejected,
    ${timestampSql('date_text', plan.dateFormats)} AS ts,
    ${gross} AS gross,
    ${refund} AS refund,
    ${statusClassSql('status')} AS status_class
  FROM filled f LEFT JOIN ${RAW_REJECTS} j ON j."row" = f."row"
),
net AS (
  SELECT *,
    CAST(CASE status_class
      WHEN 'refunded' THEN gross - ${fullRefund}
      ELSE gross - coalesce(refund, 0) END AS DECIMAL(18,4)) AS amount
  FROM typed
),
checked AS (
  SELECT *,
    CASE WHEN rejected IS NOT NULL THEN 'unreadable'
         WHEN status_class = 'excluded' THEN 'status'
         WHEN customer IS NULL THEN 'customer'
         WHEN ts IS NULL THEN 'date'
         WHEN amount IS NULL THEN 'amount' END AS problem
  FROM net
)
SELECT "row", customer, ts, amount, order_id, product, country, currency, status, status_class,
  date_text, amount_text, problem, ${reasonSql(plan)} AS reason
FROM checked`;
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
  return [createRejectsSql(false), lines, orders, purchases];
}

/** The skipped rows: data row number, what is wrong, the column's text and a readable reason. */
export function skippedRowsSql(limit: number): string {
  return `SELECT "row"::INTEGER AS "row", problem,
  CASE problem WHEN 'date' THEN date_text WHEN 'amount' THEN amount_text
    WHEN 'status' THEN status END AS value,
  reason
FROM lines WHERE problem IS NOT NULL ORDER BY "row" LIMIT ${Math.max(0, Math.floor(limit))}`;
}

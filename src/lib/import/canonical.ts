// From the file's cells (every cell text, one row per data row) to the canonical tables of
// the contract: `lines` (typed rows with the reason a row is skipped), `orders` (one per
// customer and order id) and the `purchases` view (orders with total > 0). The cells come
// from the whole file, read here in the same statement (only the mapped columns), or from the
// sample table when it holds the whole file (whole-read.ts).
import { ident, literal } from '../sql/quote';
import { SAMPLE } from './ingest';
import { createRejectsSql, RAW_REJECTS } from './normalize';
import type { ImportPlan } from './plan';
import { statusClassSql } from './status';
import type { DecimalSeparator } from './formats';
import {
  cleanAmountTextSql,
  cleanDateTextSql,
  directAmountSql,
  directDateReadings,
  firstPlausible,
  patternAmountSql,
  timestampFromCleanSql,
  trimmedCellSql,
} from './values';
import { readWholeSql, type LineSource } from './whole-read';

// The mapped columns are trimmed once, in a subquery (`r`), then read as cells.
const cell = (name: string | undefined) =>
  name ? trimmedCellSql(`r.${ident(name)}`) : 'NULL::VARCHAR';

const ROW_ID = '__regulars_rowid';

// Trimmed, and without NUL characters: no text cell means one, and a UTF-16 line pasted into
// a UTF-8 file reads as its letters with a NUL after each (C\0 3\0 4\0 is the customer C34).
// Replacing only where there is one: a replace over every cell cost 0.5 s a million lines.
const clean = (column: string) =>
  `trim(CASE WHEN contains(${column}, chr(0)) THEN replace(${column}, chr(0), '') ELSE ${column} END)`;

function trimmedCells(columns: (string | undefined)[], source: LineSource): string {
  const names = [...new Set(columns.filter((c): c is string => !!c))];
  if (source.kind === 'table') {
    const trimmed = names.map((n) => `${clean(ident(n))} AS ${ident(n)}`);
    return `(SELECT rowid AS ${ROW_ID}, ${trimmed.join(', ')} FROM ${SAMPLE})`;
  }
  // Rows are numbered in the file's order, as the sample table's rowid numbers them.
  const trimmed = names.map((n) => `${clean(ident(source.columns[n] ?? n))} AS ${ident(n)}`);
  return `(SELECT row_number() OVER () - 1 AS ${ROW_ID}, ${trimmed.join(', ')}
  FROM ${readWholeSql(source)})`;
}

// The number columns read in stages (see values.ts): `__x` is the plain reading, `__x_clean`
// the cleaned text where the plain reading failed.
const NUMBER_TEXTS = { amount: 'amount_text', price: 'price_text', refund: 'refund_text' } as const;
type NumberText = keyof typeof NUMBER_TEXTS;

function numberDecimals(plan: ImportPlan): Record<NumberText, DecimalSeparator | null> {
  const { mapping, decimals } = plan;
  return {
    amount: mapping.amount ? (decimals.amount ?? '.') : (decimals.quantity ?? '.'),
    price: mapping.amount ? null : (decimals.unit_price ?? '.'),
    refund: mapping.refund ? (decimals.refund ?? '.') : null,
  };
}

const numberValue = (name: NumberText, decimal: DecimalSeparator) =>
  `coalesce(__${name}, ${patternAmountSql(`__${name}_clean`, decimal)})`;

function lineAmount(plan: ImportPlan): string {
  const { mapping } = plan;
  const d = numberDecimals(plan);
  if (mapping.amount) return numberValue('amount', d.amount ?? '.');
  if (mapping.quantity && mapping.unit_price) {
    return `CAST((${numberValue('amount', d.amount ?? '.')}) * (${numberValue('price', d.price ?? '.')}) AS DECIMAL(18,4))`;
  }
  throw new Error('invalid mapping: needs an amount column, or quantity and unit price columns');
}

// Cells an order states once (Shopify fills customer, status and the like on its first line
// only): an empty one takes the value another line of the same order has.
const ORDER_LEVEL = ['customer', 'date_text', 'status'] as const;

function fillWithinOrder(fill: boolean, orderTotals: boolean): string {
  // A window over every order sorts the whole file: only when some order needs it.
  if (!fill && !orderTotals) return `SELECT *, 0 AS order_amounts FROM base`;
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

/** SQL statements, run in order, that (re)build the canonical tables from `source`. */
export function canonicalSql(plan: ImportPlan, source: LineSource = { kind: 'table' }): string[] {
  const { mapping } = plan;
  if (!mapping.customer || !mapping.date) {
    throw new Error('invalid mapping: needs a customer column and a date column');
  }
  const amountSource = mapping.amount ?? mapping.quantity;
  const d = numberDecimals(plan);
  const numbers = (Object.keys(NUMBER_TEXTS) as NumberText[]).filter((n) => d[n] !== null);
  const refund = d.refund ? numberValue('refund', d.refund) : 'NULL';
  // Order totals written once: the order's other lines add nothing (not skipped, not repeated).
  const gross = plan.orderTotals
    ? `CASE WHEN amount_text IS NULL AND order_id IS NOT NULL AND order_amounts > 0 THEN 0 ELSE ${lineAmount(plan)} END`
    : lineAmount(plan);
  const fullRefund = mapping.refund ? 'coalesce(refund, gross)' : 'gross';
  const readings = directDateReadings('date_text', plan.dateFormats);
  const priceSource = mapping.amount ? undefined : mapping.unit_price;
  const {
    customer,
    order,
    date,
    refund: refundSource,
    status,
    product,
    country,
    currency,
  } = mapping;
  const cells = trimmedCells(
    [customer, order, date, amountSource, priceSource, refundSource].concat([
      status,
      product,
      country,
      currency,
    ]),
    source,
  );
  // The sample table's unreadable rows carry their reason in RAW_REJECTS; the file's are added
  // after `lines` is built (whole-read.ts), so its rows need no join (a quarter of the time).
  const rejected =
    source.kind === 'table'
      ? { reason: 'j.reason', join: ` LEFT JOIN ${RAW_REJECTS} j ON j."row" = f."row"` }
      : { reason: 'NULL::VARCHAR', join: '' };
  const lines = `CREATE OR REPLACE TABLE lines AS
WITH base AS (
  SELECT (r.${ROW_ID} + 1)::BIGINT AS "row",
    ${cell(mapping.customer)} AS customer,
    ${cell(mapping.order)} AS order_id,
    ${cell(mapping.date)} AS date_text,
    ${cell(amountSource)} AS amount_text,
    ${cell(priceSource)} AS price_text,
    ${cell(mapping.refund)} AS refund_text,
    ${cell(mapping.status)} AS status,
    ${cell(mapping.product)} AS product,
    ${cell(mapping.country)} AS country,
    ${cell(mapping.currency)} AS currency
  FROM ${cells} r
),
filled AS (${fillWithinOrder(!!mapping.order && plan.fillWithinOrder !== false, !!mapping.order && !!plan.orderTotals)}),
read AS (
  SELECT *, ${readings.map((r, i) => `${r} AS __date${i}`).join(', ')},
    ${numbers.map((n) => `${directAmountSql(NUMBER_TEXTS[n], d[n] ?? '.')} AS __${n}`).join(', ')}
  FROM filled
),
fast AS (
  SELECT * EXCLUDE (${readings.map((_, i) => `__date${i}`).join(', ')}),
    ${firstPlausible(readings.map((_, i) => `__date${i}`))} AS __ts
  FROM read
),
cleaned AS (
  SELECT *,
    CASE WHEN __ts IS NULL THEN ${cleanDateTextSql('date_text')} END AS __date_clean,
    ${numbers.map((n) => `CASE WHEN __${n} IS NULL THEN ${cleanAmountTextSql(NUMBER_TEXTS[n])} END AS __${n}_clean`).join(',\n    ')}
  FROM fast
),
typed AS (
  SELECT f.* EXCLUDE (__ts, __date_clean, ${numbers.map((n) => `__${n}, __${n}_clean`).join(', ')}),
    ${rejected.reason} AS rejected,
    coalesce(__ts, ${timestampFromCleanSql('__date_clean', plan.dateFormats)}) AS ts,
    ${gross} AS gross,
    ${refund} AS refund,
    ${mapping.status ? statusClassSql('status') : 'NULL::VARCHAR'} AS status_class
  FROM cleaned f${rejected.join}
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
  // The file's unreadable lines are appended after `lines` is built (whole-read.ts); the
  // sample's must not mark the file's rows.
  return [createRejectsSql(source.kind === 'file'), lines, orders, purchases];
}

/**
 * Whether some order has a customer, date or status on some of its lines but not all, read
 * from `lines` built without the fill: its cells are the raw cells, already trimmed, so
 * grouping them is cheap (on the raw text it cost a second per million rows in the browser).
 */
export function ordersMixEmptyCellsSql(mapping: ImportPlan['mapping']): string {
  const mixed = ['customer', 'date_text', ...(mapping.status ? ['status'] : [])].map(
    (c) => `count(${c}) NOT IN (0, count(*))`,
  );
  return `SELECT count(*)::INTEGER AS n FROM (
  SELECT 1 FROM lines WHERE order_id IS NOT NULL
  GROUP BY order_id HAVING ${mixed.join(' OR ')} LIMIT 1)`;
}

/** The skipped rows: data row number, what is wrong, the column's text and a readable reason. */
export function skippedRowsSql(limit: number): string {
  return `SELECT "row"::INTEGER AS "row", problem,
  CASE problem WHEN 'date' THEN date_text WHEN 'amount' THEN amount_text
    WHEN 'status' THEN status
    -- Its line numbers in the file (22001, or 22001-22006): the row number comes after all.
    WHEN 'unreadable' THEN regexp_extract(reason, '^lines? ([0-9]+(-[0-9]+)?) ', 1) END AS value,
  reason
FROM lines WHERE problem IS NOT NULL ORDER BY "row" LIMIT ${Math.max(0, Math.floor(limit))}`;
}

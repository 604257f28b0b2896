// The per-customer inputs of the prediction models, and the table their answers go back into
// so that customer lists can show and sort by them.
//
// Time is counted in days. x = repeat purchases = purchase days after the first (two orders on
// one day are one visit, as everywhere in regulars); t_x = days from the first to the last
// purchase day; T = days from the first purchase day to the as-of date (the paper's x, t_x, T).
// zbar = the average of the customer's repeat purchase days' totals (the first purchase is
// left out, as the Gamma-Gamma model asks), NULL when x = 0.
import { literal, sqlDate } from '../../sql/quote';
import { purchasesAsOf } from '../asof';
import { CUSTOMER_SUMMARY } from '../customers/sql';

export const CUSTOMER_PREDICTIONS = 'customer_predictions';

/** Purchase days with their total (several orders on one day add up), numbered per customer. */
function purchaseDays(asOf: string): string {
  return `SELECT customer, "date" AS day, sum(total)::DOUBLE AS total,
    row_number() OVER (PARTITION BY customer ORDER BY "date") AS n
  FROM ${purchasesAsOf(asOf)} GROUP BY customer, "date"`;
}

/** One row per customer: customer, x, t_x, T, zbar (see the top of this file). */
export function inputsSql(asOf: string): string {
  const asOfDate = literal(sqlDate(asOf));
  return `WITH spend AS (
  SELECT customer, avg(total) AS zbar FROM (${purchaseDays(asOf)}) WHERE n > 1 GROUP BY customer
)
SELECT c.customer,
  (c.purchase_days - 1)::INTEGER AS x,
  date_diff('day', c.first_purchase, c.last_purchase)::INTEGER AS t_x,
  date_diff('day', c.first_purchase, ${asOfDate})::INTEGER AS "T",
  s.zbar
FROM ${CUSTOMER_SUMMARY} c LEFT JOIN spend s USING (customer)
ORDER BY c.customer`;
}

/**
 * The holdout check: customers whose first purchase is on or before the calibration end, with
 * x, t_x, T counted up to it, and `actual` = their purchase days after it, up to the as-of
 * date. Grouped by (x, t_x, T): `customers` share the history, `actual` is their sum.
 */
export function holdoutSql(calibrationEnd: string, asOf: string): string {
  const end = literal(sqlDate(calibrationEnd));
  return `WITH days AS (SELECT customer, day FROM (${purchaseDays(asOf)})),
calibration AS (
  SELECT customer, (count(*) - 1)::INTEGER AS x,
    date_diff('day', min(day), max(day))::INTEGER AS t_x,
    date_diff('day', min(day), ${end})::INTEGER AS "T"
  FROM days WHERE day <= ${end} GROUP BY customer
),
holdout AS (SELECT customer, count(*) AS actual FROM days WHERE day > ${end} GROUP BY customer)
SELECT x, t_x, "T", count(*)::INTEGER AS customers,
  coalesce(sum(h.actual), 0)::INTEGER AS actual
FROM calibration c LEFT JOIN holdout h USING (customer)
GROUP BY x, t_x, "T" ORDER BY x, t_x, "T"`;
}

/** The first purchase day, for the default calibration end. */
export function firstDaySql(asOf: string): string {
  return `SELECT strftime(min("date"), '%Y-%m-%d') AS first FROM ${purchasesAsOf(asOf)}`;
}

export const createPredictionsSql = `CREATE OR REPLACE TABLE ${CUSTOMER_PREDICTIONS} (
  customer VARCHAR, p_alive DOUBLE, expected_30 DOUBLE, expected_90 DOUBLE,
  expected_365 DOUBLE, expected_value DOUBLE, clv DOUBLE, lost_value DOUBLE)`;

export interface PredictionRow {
  customer: string;
  /** null for a customer with one purchase day: the model cannot judge them. */
  p_alive: number | null;
  expected_30: number;
  expected_90: number;
  expected_365: number;
  /** Expected average purchase value (Gamma-Gamma); null when spend is not modelled. */
  expected_value: number | null;
  clv: number | null;
  lost_value: number | null;
}

const value = (v: number | null) => (v === null || !Number.isFinite(v) ? 'NULL' : literal(v));

/** INSERT statements for the rows, a thousand rows each (one statement would be huge). */
export function insertPredictionsSql(rows: readonly PredictionRow[], chunk = 1000): string[] {
  const statements: string[] = [];
  for (let i = 0; i < rows.length; i += chunk) {
    const values = rows
      .slice(i, i + chunk)
      .map(
        (r) =>
          `(${literal(r.customer)}, ${value(r.p_alive)}, ${value(r.expected_30)}, ` +
          `${value(r.expected_90)}, ${value(r.expected_365)}, ${value(r.expected_value)}, ` +
          `${value(r.clv)}, ${value(r.lost_value)})`,
      )
      .join(',\n');
    statements.push(`INSERT INTO ${CUSTOMER_PREDICTIONS} VALUES\n${values}`);
  }
  return statements;
}

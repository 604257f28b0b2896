import { ordersAsOf } from '../asof';

export function summarySql(asOf: string): string {
  return `SELECT
  (SELECT count(*) FROM lines)::INTEGER AS "rows",
  (SELECT count(*) FROM lines WHERE problem IS NOT NULL)::INTEGER AS skipped_rows,
  count(*)::INTEGER AS orders,
  count(*) FILTER (WHERE total > 0)::INTEGER AS purchases,
  count(DISTINCT customer) FILTER (WHERE total > 0)::INTEGER AS customers,
  coalesce(sum(total), 0)::DOUBLE AS revenue,
  strftime(min("date") FILTER (WHERE total > 0), '%Y-%m-%d') AS first_purchase,
  strftime(max("date") FILTER (WHERE total > 0), '%Y-%m-%d') AS last_purchase,
  (SELECT count(DISTINCT trim(currency)) FROM lines
    WHERE problem IS NULL AND trim(currency) <> '')::INTEGER AS currencies,
  (SELECT min(trim(currency)) FROM lines
    WHERE problem IS NULL AND trim(currency) <> '') AS currency
FROM ${ordersAsOf(asOf)}`;
}

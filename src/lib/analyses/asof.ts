// The as-of date: every "days since" is measured to it; orders after it are ignored.
import { rowsOf, type Executor } from '../sql/executor';
import { literal, sqlDate } from '../sql/quote';

/** Default as-of: the day after the latest purchase date; null when there is no purchase. */
export const defaultAsOfSql = `SELECT strftime(max("date") + 1, '%Y-%m-%d') AS as_of FROM purchases`;

export async function defaultAsOf(db: Executor): Promise<string | null> {
  const [row] = rowsOf<{ as_of: string | null }>(await db.query(defaultAsOfSql));
  return row?.as_of ?? null;
}

/** Orders that count at the as-of date (returns included), as a subquery. */
export function ordersAsOf(asOf: string): string {
  return `(SELECT * FROM orders WHERE "date" <= ${literal(sqlDate(asOf))})`;
}

/** Purchases (orders with total > 0) that count at the as-of date, as a subquery. */
export function purchasesAsOf(asOf: string): string {
  return `(SELECT * FROM orders WHERE total > 0 AND "date" <= ${literal(sqlDate(asOf))})`;
}

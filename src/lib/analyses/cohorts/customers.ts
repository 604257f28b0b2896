// The customers behind one heatmap square: a cohort's customers who bought in period
// cohort + k (or, unbounded, in that period or later) — or those who did not.
import { rowsOf, type Executor } from '../../sql/executor';
import { purchasesAsOf } from '../asof';
import { ensureCustomerSummary } from '../customers/ensure';
import {
  byRevenueDesc,
  customerListColumns,
  limitSql,
  type CustomerListRow,
} from '../customers/list';
import { periodIndexSql, type Period } from '../period';

export interface CohortSquare {
  period: Period;
  /** Integer index of the cohort's period. */
  cohort: number;
  k: number;
  /** Count a purchase in period cohort + k or any later period. */
  unbounded: boolean;
  /** The customers who came back (true) or those who did not (false). */
  returned: boolean;
}

function integer(name: string, n: number): number {
  if (!Number.isInteger(n)) throw new Error(`invalid ${name}: ${n} (a whole number)`);
  return n;
}

export function cohortCustomersSql(square: CohortSquare, asOf: string, limit: number): string {
  const cohort = integer('cohort', square.cohort);
  const target = cohort + integer('offset', square.k);
  const idx = periodIndexSql(square.period, 'p."date"');
  return `WITH p AS ${purchasesAsOf(asOf)},
members AS (
  SELECT customer FROM p GROUP BY customer
  HAVING min(${periodIndexSql(square.period, '"date"')}) = ${cohort}
),
came AS (
  SELECT DISTINCT customer FROM p
  WHERE ${idx} ${square.unbounded ? '>=' : '='} ${target}
)
SELECT ${customerListColumns}
FROM customer_summary c JOIN members USING (customer)
WHERE c.customer ${square.returned ? 'IN' : 'NOT IN'} (SELECT customer FROM came)
ORDER BY ${byRevenueDesc}
${limitSql(limit)}`;
}

export async function runCohortCustomers(
  db: Executor,
  square: CohortSquare,
  asOf: string,
  limit: number,
): Promise<CustomerListRow[]> {
  await ensureCustomerSummary(db, asOf);
  return rowsOf<CustomerListRow>(await db.query(cohortCustomersSql(square, asOf, limit)));
}

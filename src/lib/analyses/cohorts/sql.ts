// Cohort retention per DESIGN.md "Cohorts": a customer's cohort is the period of their first
// purchase; offset k counts whole periods from it; returns are not purchases.
import { purchasesAsOf } from '../asof';
import { periodIndexSql, type Period } from '../period';

function perCustomerOffsets(period: Period, asOf: string): string {
  const idx = periodIndexSql(period, 'p."date"');
  return `WITH p AS ${purchasesAsOf(asOf)},
first AS (SELECT customer, min(${periodIndexSql(period, '"date"')}) AS cohort FROM p GROUP BY customer),
offsets AS MATERIALIZED (
  SELECT first.cohort, ${idx} - first.cohort AS k, p.customer, sum(p.total) AS revenue
  FROM p JOIN first USING (customer)
  GROUP BY first.cohort, k, p.customer
)`;
}

/**
 * One query, one pass over the purchases (a parameter change waits for it), two kinds of rows:
 * `cell`: per cohort and offset k, distinct active customers (`n`) and their purchase revenue;
 * `last`: per cohort and last offset with a purchase (`k`), how many customers stopped there.
 */
export function cohortSql(period: Period, asOf: string): string {
  return `${perCustomerOffsets(period, asOf)}
SELECT 'cell' AS kind, cohort::INTEGER AS cohort, k::INTEGER AS k, count(*)::INTEGER AS n,
  sum(revenue)::DOUBLE AS revenue
FROM offsets GROUP BY cohort, k
UNION ALL
SELECT 'last', cohort::INTEGER, last_k::INTEGER, count(*)::INTEGER, NULL
FROM (SELECT cohort, customer, max(k) AS last_k FROM offsets GROUP BY cohort, customer)
GROUP BY cohort, last_k
ORDER BY kind, cohort, k`;
}

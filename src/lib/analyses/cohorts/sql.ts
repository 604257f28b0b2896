// Cohort retention per DESIGN.md "Cohorts": a customer's cohort is the period of their first
// purchase; offset k counts whole periods from it; returns are not purchases.
import { purchasesAsOf } from '../asof';
import { periodIndexSql, type Period } from '../period';

function perCustomerOffsets(period: Period, asOf: string): string {
  const idx = periodIndexSql(period, 'p."date"');
  return `WITH p AS ${purchasesAsOf(asOf)},
first AS (SELECT customer, min(${periodIndexSql(period, '"date"')}) AS cohort FROM p GROUP BY customer),
offsets AS (
  SELECT first.cohort, ${idx} - first.cohort AS k, p.customer, sum(p.total) AS revenue
  FROM p JOIN first USING (customer)
  GROUP BY first.cohort, k, p.customer
)`;
}

/** Per cohort and offset: distinct active customers and their purchase revenue. */
export function cohortCellsSql(period: Period, asOf: string): string {
  return `${perCustomerOffsets(period, asOf)}
SELECT cohort::INTEGER AS cohort, k::INTEGER AS k, count(*)::INTEGER AS active,
  sum(revenue)::DOUBLE AS revenue
FROM offsets GROUP BY cohort, k ORDER BY cohort, k`;
}

/** Per cohort and last offset with a purchase: how many customers stopped there. */
export function cohortLastOffsetsSql(period: Period, asOf: string): string {
  return `${perCustomerOffsets(period, asOf)}
SELECT cohort::INTEGER AS cohort, last_k::INTEGER AS last_k, count(*)::INTEGER AS customers
FROM (SELECT cohort, customer, max(k) AS last_k FROM offsets GROUP BY cohort, customer)
GROUP BY cohort, last_k ORDER BY cohort, last_k`;
}

// Pareto per DESIGN.md "Pareto": customers with a purchase by net revenue descending, ties by
// customer id. Shares are of the net revenue of those customers (so the curve ends at 1).
// Integer and DECIMAL arithmetic keep the cut-offs exact: the top 20% is the first
// ceil(n / 5) = (n + 4) // 5 customers, and "reaches 80%" is cum * 5 >= total * 4.
import { CUSTOMER_SUMMARY } from '../customers/sql';
import { byRevenueDesc, customerListColumns, limitSql } from '../customers/list';

const ranked = `WITH c AS (
  SELECT *,
    row_number() OVER (ORDER BY ${byRevenueDesc}) AS k,
    sum(revenue) OVER (ORDER BY ${byRevenueDesc} ROWS UNBOUNDED PRECEDING) AS cum,
    count(*) OVER () AS n,
    sum(revenue) OVER () AS total,
    (count(*) OVER () + 4) // 5 AS top
  FROM ${CUSTOMER_SUMMARY} c
)`;

/** Shares are NULL when the total is not positive (nothing to be a share of). */
export const paretoSummarySql = `${ranked}
SELECT count(*)::INTEGER AS customers,
  coalesce(max(total), 0)::DOUBLE AS revenue,
  coalesce(max(top), 0)::INTEGER AS top20_customers,
  CASE WHEN max(total) > 0
    THEN (sum(revenue) FILTER (WHERE k <= top) / max(total))::DOUBLE END AS top20_revenue_share,
  CASE WHEN max(total) > 0
    THEN (min(k) FILTER (WHERE cum * 5 >= total * 4))::INTEGER END AS customers_for_80pct,
  CASE WHEN max(total) > 0
    THEN (min(k) FILTER (WHERE cum * 5 >= total * 4) / count(*))::DOUBLE END
    AS customer_share_for_80pct
FROM c`;

/**
 * The cumulative curve after the k-th customer, thinned for charts to every step-th point and
 * the last one, so it has at most maxPoints points with the origin the caller adds.
 */
export function paretoCurveSql(maxPoints: number): string {
  if (!Number.isInteger(maxPoints) || maxPoints < 3) {
    throw new Error(`invalid curve points: ${maxPoints} (a whole number, 3 or more)`);
  }
  const room = maxPoints - 2;
  return `${ranked}
SELECT k::INTEGER AS k, (k / n)::DOUBLE AS customer_share,
  (cum / nullif(total, 0))::DOUBLE AS revenue_share
FROM c WHERE k % ((n + ${room - 1}) // ${room}) = 0 OR k = n ORDER BY k`;
}

/** The top 20% of customers (the VIPs), highest net revenue first. */
export function vipCustomersSql(limit: number): string {
  return `${ranked}
SELECT ${customerListColumns}, c.k::INTEGER AS rank,
  (c.cum / nullif(c.total, 0))::DOUBLE AS cumulative_share
FROM c WHERE c.k <= c.top ORDER BY c.k ${limitSql(limit)}`;
}

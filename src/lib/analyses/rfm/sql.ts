// RFM per DESIGN.md "RFM", over customer_summary (customers with at least one purchase):
// recency = days since the last purchase, frequency = purchases, monetary = net revenue.
// score = least(5, 1 + floor(5 * (rank - 1) / n)) with RANK() from worst to best, so equal
// values always share a score (a shop of one-time buyers gets F = 1 for all of them) and the
// result does not depend on scan order. Integer division keeps the formula exact.
import { literal } from '../../sql/quote';
import { CUSTOMER_SUMMARY } from '../customers/sql';
import { byRevenueDesc, customerListColumns, limitSql } from '../customers/list';
import { segmentCaseSql, type SegmentKey } from './segments';
import type { RfmSquare } from './types';

const score = (rank: string) => `least(5, 1 + (5 * (${rank} - 1)) // n)::INTEGER`;

/** Every customer of customer_summary with its r, f, m scores and segment key, as `c`. */
export const scoredSql = `WITH ranked AS (
  SELECT *,
    rank() OVER (ORDER BY recency_days DESC) AS r_rank,
    rank() OVER (ORDER BY purchases ASC) AS f_rank,
    rank() OVER (ORDER BY revenue ASC) AS m_rank,
    count(*) OVER () AS n
  FROM ${CUSTOMER_SUMMARY}
),
scored AS (
  SELECT *, ${score('r_rank')} AS r, ${score('f_rank')} AS f, ${score('m_rank')} AS m
  FROM ranked
),
c AS (SELECT *, ${segmentCaseSql('r', 'f')} AS segment FROM scored)`;

/** Per segment: customers, revenue, shares of all customers and of their revenue, averages. */
export const segmentsSql = `${scoredSql}
SELECT segment,
  count(*)::INTEGER AS customers,
  sum(revenue)::DOUBLE AS revenue,
  (count(*) / sum(count(*)) OVER ())::DOUBLE AS customer_share,
  (sum(revenue) / nullif(sum(sum(revenue)) OVER (), 0))::DOUBLE AS revenue_share,
  avg(recency_days)::DOUBLE AS avg_recency_days,
  avg(purchases)::DOUBLE AS avg_frequency,
  avg(revenue)::DOUBLE AS avg_monetary
FROM c GROUP BY segment`;

/** The occupied cells of the 5 x 5 (R, F) grid. */
export const gridSql = `${scoredSql}
SELECT r, f, count(*)::INTEGER AS customers, sum(revenue)::DOUBLE AS revenue
FROM c GROUP BY r, f ORDER BY r, f`;

/** What each score means in the data: its customers and the range of the underlying value. */
export const scoreRangesSql = `${scoredSql}
SELECT 'r' AS dimension, r AS score, count(*)::INTEGER AS customers,
  min(recency_days)::DOUBLE AS min, max(recency_days)::DOUBLE AS max FROM c GROUP BY r
UNION ALL
SELECT 'f', f, count(*)::INTEGER, min(purchases)::DOUBLE, max(purchases)::DOUBLE FROM c GROUP BY f
UNION ALL
SELECT 'm', m, count(*)::INTEGER, min(revenue)::DOUBLE, max(revenue)::DOUBLE FROM c GROUP BY m
ORDER BY dimension, score`;

const isScore = (n: number) => Number.isInteger(n) && n >= 1 && n <= 5;

/**
 * The customers of one segment, or of one square of its grid, highest monetary first (ties
 * by customer id).
 */
export function segmentCustomersSql(
  segment: SegmentKey,
  limit: number,
  square?: RfmSquare,
): string {
  if (square && !(isScore(square.r) && isScore(square.f)))
    throw new Error(`invalid RFM square: R ${square.r}, F ${square.f}`);
  const inSquare = square ? ` AND c.r = ${square.r} AND c.f = ${square.f}` : '';
  return `${scoredSql}
SELECT ${customerListColumns}, c.r, c.f, c.m
FROM c WHERE c.segment = ${literal(segment)}${inSquare}
ORDER BY ${byRevenueDesc} ${limitSql(limit)}`;
}

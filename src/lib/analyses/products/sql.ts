// "What regulars buy": products and countries of each RFM segment and of the lapsed customers,
// against all customers, and the products of first purchases that bring customers back.
//
// Products live on lines (`lines`, one per data row); a line counts when its order is a
// purchase up to the as-of date (DESIGN.md "Orders": total > 0). The order and purchase
// definitions stay those of `orders`: a line is matched to its order by the same key.
import { literal, sqlDate } from '../../sql/quote';
import { purchasesAsOf } from '../asof';
import { CUSTOMER_SUMMARY } from '../customers/sql';
import { asOfDateSql, cutoffSql } from '../inactivity/window';
import { scoredSql } from '../rfm/sql';
import { checkWithinDays } from '../repeat/sql';

export const DEFAULT_TOP = 10;
export const DEFAULT_MIN_CUSTOMERS = 10;
export const DEFAULT_GATEWAY_DAYS = 90;

export function checkCount(name: string, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`invalid ${name}: ${n} (a whole number >= 1)`);
  return n;
}

/** Purchase lines up to the as-of date: customer, order date, product, country, amount. */
export function purchaseLinesSql(asOf: string): string {
  return `(SELECT l.customer, o."date", l.product, l.country, l.amount
FROM lines l JOIN ${purchasesAsOf(asOf)} o
  ON o.customer = l.customer AND o.order_id = coalesce(l.order_id, '#' || l."row"::VARCHAR)
WHERE l.problem IS NULL)`;
}

/** Lines counted, and lines without a product (empty cells). */
export function lineCountsSql(asOf: string): string {
  return `SELECT count(*)::INTEGER AS lines,
  count(*) FILTER (WHERE product IS NULL)::INTEGER AS lines_without_product
FROM ${purchaseLinesSql(asOf)}`;
}

/**
 * `g`: (customer, grp) for every group a customer is in: 'all', their RFM segment, and
 * 'lapsed' when their last purchase is on or before the inactivity cutoff. `pl`: purchase lines.
 * `cp`: what each customer spent on each named product. The groups are joined with `cp`, not
 * with the lines: a customer is in up to three groups, and joining millions of lines three
 * times over (then counting distinct customers) did not fit in the browser at 10M lines.
 */
function groupsSql(asOf: string, windowMonths: number): string {
  return `${scoredSql},
pl AS ${purchaseLinesSql(asOf)},
g AS (
  SELECT customer, 'all' AS grp FROM c
  UNION ALL SELECT customer, segment FROM c
  UNION ALL SELECT customer, 'lapsed' FROM c
    WHERE c.last_purchase <= ${cutoffSql(asOfDateSql(asOf), windowMonths)}
),
cp AS (
  SELECT customer, product, sum(amount) AS revenue
  FROM pl WHERE product IS NOT NULL GROUP BY customer, product
),
kc AS (SELECT DISTINCT customer FROM cp),
sizes AS (
  SELECT g.grp, count(*) AS customers, count(kc.customer) AS known
  FROM g LEFT JOIN kc USING (customer) GROUP BY g.grp
)`;
}

/** Customers and customers with a named product, per group. */
export function groupSizesSql(asOf: string, windowMonths: number): string {
  return `${groupsSql(asOf, windowMonths)}
SELECT grp, customers::INTEGER AS customers, known::INTEGER AS known FROM sizes ORDER BY grp`;
}

export interface ProductRankOptions {
  asOf: string;
  windowMonths: number;
  top: number;
  minCustomers: number;
}

/**
 * Per group and product, the rows any list needs: the top by revenue and by customers, the
 * most over-represented (at least `minCustomers` buyers in the group) and the most
 * under-represented (at least `minCustomers` buyers expected, so that a product nobody in the
 * group bought counts too).
 *
 * Over and under compare the product mix, not how many customers bought: a group's "picks" are
 * its distinct (customer, product) pairs, and a product's part of them is compared with its part
 * of everyone's picks. Otherwise a group that buys fewer things (the lapsed) would be "under"
 * on every product and the keenest buyers "over" on all of them. Comparisons are cross-multiplied
 * whole numbers, so no rounding decides a side.
 */
export function productRanksSql({ asOf, windowMonths, top, minCustomers }: ProductRankOptions) {
  const k = literal(checkCount('top', top));
  const min = literal(checkCount('minimum of customers', minCustomers));
  // customers / picks vs overall_customers / overall_picks, cross-multiplied.
  const mine = 'customers * overall_picks';
  const theirs = 'picks * overall_customers';
  const over = `(customers >= ${min} AND ${mine} > ${theirs})`;
  const under = `(${theirs} >= ${min} * overall_picks AND ${mine} < ${theirs})`;
  return `${groupsSql(asOf, windowMonths)},
gp AS (
  SELECT g.grp, cp.product, count(*) AS customers, sum(cp.revenue) AS revenue
  FROM g JOIN cp USING (customer) GROUP BY g.grp, cp.product
),
picks AS (SELECT grp, sum(customers) AS picks FROM gp GROUP BY grp),
grid AS (
  SELECT s.grp, s.known, pk.picks, o.product,
    coalesce(gp.customers, 0) AS customers, coalesce(gp.revenue, 0) AS revenue,
    o.customers AS overall_customers, o.revenue AS overall_revenue,
    (SELECT known FROM sizes WHERE grp = 'all') AS overall_known,
    (SELECT picks FROM picks WHERE grp = 'all') AS overall_picks
  FROM sizes s JOIN picks pk USING (grp) CROSS JOIN (SELECT * FROM gp WHERE grp = 'all') o
  LEFT JOIN gp ON gp.grp = s.grp AND gp.product = o.product
  WHERE s.known > 0
),
product_ranks AS (
  SELECT *,
    row_number() OVER (PARTITION BY grp ORDER BY revenue DESC, customers DESC, product) AS by_revenue,
    row_number() OVER (PARTITION BY grp ORDER BY customers DESC, revenue DESC, product) AS by_customers,
    row_number() OVER (PARTITION BY grp, ${over}
      ORDER BY (${mine}) / (${theirs}) DESC, customers DESC, product) AS over_rank,
    row_number() OVER (PARTITION BY grp, ${under}
      ORDER BY (${mine}) / (${theirs}), overall_customers DESC, product) AS under_rank,
    ${over} AS is_over, ${under} AS is_under,
    revenue / nullif(sum(revenue) OVER (PARTITION BY grp), 0) AS revenue_share,
    overall_revenue / nullif(sum(overall_revenue) OVER (PARTITION BY grp), 0) AS overall_revenue_share
  FROM grid
)
SELECT grp, product, customers::INTEGER AS customers, known::INTEGER AS known,
  overall_customers::INTEGER AS overall_customers, overall_known::INTEGER AS overall_known,
  picks::INTEGER AS picks, overall_picks::INTEGER AS overall_picks,
  revenue::DOUBLE AS revenue, revenue_share::DOUBLE AS revenue_share,
  overall_revenue_share::DOUBLE AS overall_revenue_share,
  (CASE WHEN customers > 0 THEN by_revenue END)::INTEGER AS by_revenue,
  (CASE WHEN customers > 0 THEN by_customers END)::INTEGER AS by_customers,
  (CASE WHEN is_over THEN over_rank END)::INTEGER AS over_rank,
  (CASE WHEN is_under THEN under_rank END)::INTEGER AS under_rank
FROM product_ranks
WHERE customers > 0 AND (by_revenue <= ${k} OR by_customers <= ${k})
  OR is_over AND over_rank <= ${k} OR is_under AND under_rank <= ${k}
ORDER BY grp, product`;
}

/**
 * Customers per group and country. A customer's country is the one on their latest purchase
 * line that names one (equal dates: the first country alphabetically); NULL when none does.
 */
export function countriesSql(asOf: string, windowMonths: number): string {
  return `${groupsSql(asOf, windowMonths)},
cc AS (
  SELECT customer, country FROM (
    SELECT customer, country,
      row_number() OVER (PARTITION BY customer ORDER BY "date" DESC, country) AS n
    FROM pl WHERE country IS NOT NULL
  ) WHERE n = 1
)
SELECT g.grp, cc.country, count(*)::INTEGER AS customers
FROM g LEFT JOIN cc USING (customer)
GROUP BY g.grp, cc.country ORDER BY g.grp, customers DESC, cc.country NULLS LAST`;
}

/**
 * Customers old enough for the window (first purchase at least `days` before the as-of date,
 * as for "returned within N days") with a named product on their first purchase day; per
 * product of that day (product NULL: all of them): how many, and how many came back in time.
 */
export function gatewaySql(asOf: string, days: number): string {
  const [n] = checkWithinDays([days]);
  return `WITH pl AS ${purchaseLinesSql(asOf)},
first AS (
  SELECT DISTINCT pl.customer, pl.product
  FROM pl JOIN ${CUSTOMER_SUMMARY} c ON c.customer = pl.customer AND pl."date" = c.first_purchase
  WHERE pl.product IS NOT NULL
),
e AS (
  SELECT c.customer, coalesce(c.days_to_second <= ${literal(n)}, false) AS returned
  FROM ${CUSTOMER_SUMMARY} c
  WHERE date_diff('day', c.first_purchase, ${literal(sqlDate(asOf))}) >= ${literal(n)}
    AND c.customer IN (SELECT customer FROM first)
)
SELECT NULL::VARCHAR AS product, count(*)::INTEGER AS eligible,
  count(*) FILTER (WHERE returned)::INTEGER AS returned
FROM e
UNION ALL
SELECT f.product, count(*)::INTEGER, count(*) FILTER (WHERE e.returned)::INTEGER
FROM first f JOIN e USING (customer) GROUP BY f.product`;
}

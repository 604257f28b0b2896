// A follow-up measured on the canonical `orders`: for each group, its customers found in the
// file (any order at all), those who came back (a purchase dated after the start, up to the
// as-of date) and their net revenue in that span (returns in it subtracted). The customer ids
// travel as escaped literals of a VALUES list, never pasted. Revenue is summed as DECIMAL, so
// the totals do not depend on the order rows are read in.
import { literal, sqlDate } from '../../sql/quote';

export type Group = 'contacted' | 'kept_aside';

export interface GroupRow {
  grp: Group;
  /** In the follow-up. */
  customers: number;
  /** Of those, with at least one order in the file. */
  found: number;
  came_back: number;
  /** Net revenue of the found customers in (start, as-of]. */
  revenue: number;
  /** Sample variance of that revenue per found customer (0 with fewer than 2). */
  revenue_variance: number;
}

export function followUpGroupsSql(
  start: string,
  asOf: string,
  groups: Readonly<Record<Group, readonly string[]>>,
): string {
  const rows = (['contacted', 'kept_aside'] as const).flatMap((grp) =>
    groups[grp].map((id) => `(${literal(id)}, ${literal(grp)})`),
  );
  if (rows.length === 0) throw new Error('a follow-up without customers cannot be measured');
  const from = literal(sqlDate(start));
  const to = literal(sqlDate(asOf));
  return `WITH followed(customer, grp) AS (VALUES ${rows.join(',\n  ')}),
seen AS (SELECT DISTINCT customer FROM orders),
span AS (
  SELECT customer, count(*) FILTER (WHERE total > 0) AS purchases, sum(total) AS revenue
  FROM orders WHERE "date" > ${from} AND "date" <= ${to}
  GROUP BY customer
),
each AS (
  SELECT f.grp, s.customer IS NOT NULL AS found,
    coalesce(p.purchases, 0) > 0 AS came_back,
    coalesce(p.revenue, 0) AS revenue
  FROM followed f
  LEFT JOIN seen s ON s.customer = f.customer
  LEFT JOIN span p ON p.customer = f.customer
)
SELECT grp, count(*)::INTEGER AS customers,
  count(*) FILTER (WHERE found)::INTEGER AS found,
  count(*) FILTER (WHERE came_back)::INTEGER AS came_back,
  coalesce(sum(revenue) FILTER (WHERE found), 0)::DOUBLE AS revenue,
  coalesce(var_samp(revenue::DOUBLE) FILTER (WHERE found), 0)::DOUBLE AS revenue_variance
FROM each GROUP BY grp ORDER BY grp`;
}

import type { CustomerListRow } from '../customers/list';

export interface ParetoSummary {
  /** Customers with a purchase. */
  customers: number;
  /** Their net revenue: the total the shares are of. */
  revenue: number;
  /** ceil(0.2 x customers). */
  top20_customers: number;
  /** Share of revenue from the top20_customers first customers; null when revenue <= 0. */
  top20_revenue_share: number | null;
  /** Fewest customers (from the top) whose cumulative revenue reaches 80% of the total. */
  customers_for_80pct: number | null;
  customer_share_for_80pct: number | null;
}

export interface ParetoPoint {
  /** Customers so far (0 for the origin). */
  k: number;
  customer_share: number;
  /** Cumulative revenue share; null when the total is 0. */
  revenue_share: number | null;
}

export interface ParetoResult extends ParetoSummary {
  /** From (0, 0) to (1, 1), thinned to at most maxPoints points, both ends exact. */
  curve: ParetoPoint[];
}

export interface VipCustomer extends CustomerListRow {
  rank: number;
  cumulative_share: number | null;
}

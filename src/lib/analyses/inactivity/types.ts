import type { CustomerListRow } from '../customers/list';

export interface GroupStats {
  customers: number;
  /** Share of all customers with a purchase. */
  share: number;
  /** Lifetime net revenue of the group. */
  revenue: number;
  /** Share of the lifetime net revenue of all customers with a purchase (null when it is 0). */
  revenue_share: number | null;
  /** Purchases per customer; null for an empty group. */
  orders_per_customer: number | null;
  /** Net revenue per purchase; null for an empty group. */
  avg_order_value: number | null;
  median_days_since_last: number | null;
}

export interface InactivityResult {
  window_months: number;
  /** The last day outside the window: purchases after it make a customer active. */
  cutoff: string;
  active: GroupStats;
  lapsed: GroupStats;
  overdue: { factor: number; customers: number };
}

export interface LapsedPoint {
  /** A month end, or the as-of date for the last point. */
  date: string;
  /** Customers whose first purchase is on or before `date`. */
  customers: number;
  lapsed: number;
  /** lapsed / customers; null before the first customer. */
  share: number | null;
}

export interface OverdueCustomer extends CustomerListRow {
  /** Days since the last purchase divided by the customer's median gap. */
  overdue_ratio: number;
}

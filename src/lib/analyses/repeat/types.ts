import type { CustomerListRow } from '../customers/list';

export interface WithinRow {
  days: number;
  /** Customers whose first purchase is at least `days` days before the as-of date. */
  eligible: number;
  /** Of those, customers with a second purchase day within `days` days of the first. */
  returned: number;
  /** returned / eligible; null when nobody is eligible. */
  share: number | null;
}

export interface GapCount {
  days: number;
  customers: number;
}

export interface GapBin {
  label: string;
  from: number;
  /** Inclusive; null for the open last bin. */
  to: number | null;
  customers: number;
}

export interface RepeatResult {
  within: WithinRow[];
  /** Customers with a second purchase day (at any time up to the as-of date). */
  returned_customers: number;
  /** Their median days to the second purchase day; null when nobody came back. */
  median_days_to_second: number | null;
  /** Exact: customers per gap in days. */
  gaps: GapCount[];
  /** The same, binned (see bins.ts). */
  gap_bins: GapBin[];
}

/** The within-N counts of the customers whose first purchase was in one month. */
export interface CohortWithin {
  /** `2024-01`. */
  cohort: string;
  /** First day of the month, YYYY-MM-DD (for charts). */
  start: string;
  /** Customers whose first purchase was in that month. */
  customers: number;
  within: WithinRow[];
}

/** A customer still in the window after their first purchase (see sql.ts inWindow). */
export interface InWindowCustomer extends CustomerListRow {
  /** Days from the as-of date to the end of the window (first purchase + window days). */
  days_left: number;
}

export interface InWindowResult {
  days: number;
  customers: number;
  list: InWindowCustomer[];
}

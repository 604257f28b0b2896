import type { WithinRow } from '../repeat/types';
import type { FirstOrderBy } from './attribute';

/** `all`: every customer (the reference); `value`: one of the top values; `other`: none of the
 * top values but some value; `none`: no value at all on the first purchase day. */
export type GroupKind = 'all' | 'value' | 'other' | 'none';

/** Retention k calendar months after the month of the first purchase (DESIGN.md "Cohorts"). */
export interface RetentionPoint {
  month: number;
  /** The group's cohorts' customer-weighted mean: active at k / customers of cohorts reaching k. */
  share: number;
  /** Customers of the cohorts that have reached month k (the weight). */
  customers: number;
  /** Of them, customers whose month k is the latest month, not over at the as-of date. */
  incomplete_customers: number;
  /** At least half of the weight is in the unfinished month: the figure may still rise. */
  incomplete: boolean;
}

export interface RevenuePoint {
  months: number;
  /** Customers whose first purchase is at least `months` months before the as-of date. */
  eligible: number;
  /** Their net revenue (returns subtracted) from the first purchase day to `months` later. */
  revenue: number;
  /** revenue / eligible; null when nobody is eligible. */
  per_customer: number | null;
}

export interface FirstOrderGroup {
  /** 0 for all customers, 1..top for the values by customers, then other, then none. */
  index: number;
  kind: GroupKind;
  value: string | null;
  customers: number;
  /** Fewer customers than min_customers: too few to read. */
  small: boolean;
  within: WithinRow[];
  retention: RetentionPoint[];
  revenue: RevenuePoint[];
  /** Customers with a purchase in the inactivity window (as-of − N months, as-of]. */
  active: number;
  active_share: number;
}

export interface Standout {
  /** The group's index, or null when no group differs enough (`direction` 'none'). */
  group: number | null;
  direction: 'more' | 'less' | 'none';
  days: number;
  /** The group's rate (for 'none': all customers'). */
  share: number;
  /** The rate of every customer not in the group (for 'none': null). */
  rest: number | null;
  /** share / rest; null when rest is 0 or absent. */
  ratio: number | null;
}

/** A group's mean forecast 12-month value (the predict cell's lifetime value, discounted). */
export interface PredictedValue {
  /** FirstOrderGroup.index. */
  group: number;
  /** The group's customers with a forecast value. */
  customers: number;
  /** Their mean 12-month value; null when none has one. */
  value: number | null;
}

export interface FirstOrderResult {
  by: FirstOrderBy;
  top: number;
  min_customers: number;
  window_months: number;
  /** Customers in more than one group (several values on the first purchase day). */
  overlap: number;
  /** Latest month with a purchase, and whether the as-of date falls before its end. */
  latest: string | null;
  latest_incomplete: boolean;
  groups: FirstOrderGroup[];
  /** The group whose 90-day rate (or 60, 30, 180) differs most from the rest; null: too few. */
  standout: Standout | null;
}

// Customer lists (a segment, the lapsed, the overdue, the VIPs) share their columns and paging.

/** One customer in a list, as plain JSON values (dates as YYYY-MM-DD). */
export interface CustomerListRow {
  customer: string;
  first_purchase: string;
  last_purchase: string;
  /** Purchase orders (returns excluded). */
  purchases: number;
  /** Distinct days with a purchase. */
  purchase_days: number;
  /** Lifetime net revenue, returns subtracted. */
  revenue: number;
  /** Days from the last purchase to the as-of date. */
  recency_days: number;
  /** The customer's usual gap: median days between consecutive purchase days (null: one day). */
  median_gap: number | null;
  /** With the forecasts only (see predict/list.ts): P(alive) and the expected value lost. */
  p_alive?: number | null;
  lost_value?: number | null;
}

/** The select list of CustomerListRow over customer_summary (aliased `c`), typed for JS. */
export const customerListColumns = `c.customer,
  strftime(c.first_purchase, '%Y-%m-%d') AS first_purchase,
  strftime(c.last_purchase, '%Y-%m-%d') AS last_purchase,
  c.purchases, c.purchase_days, c.revenue::DOUBLE AS revenue, c.recency_days, c.median_gap`;

/** Most valuable first; equal revenue by customer id, so every engine lists the same rows. */
export const byRevenueDesc = `c.revenue DESC, c.customer`;

/** A LIMIT clause for a customer list: a whole number, at least 0. */
export function limitSql(limit: number): string {
  if (!Number.isFinite(limit) || limit < 0) throw new Error(`invalid limit: ${limit}`);
  return `LIMIT ${Math.floor(limit)}`;
}

export const DEFAULT_LIST_LIMIT = 100;

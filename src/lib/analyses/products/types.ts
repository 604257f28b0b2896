import type { SegmentKey } from '../rfm/segments';

/** All customers, one RFM segment, or the lapsed customers of the inactivity window. */
export type GroupKey = 'all' | 'lapsed' | SegmentKey;

/** One product within a group, compared with all customers. */
export interface ProductRow {
  product: string;
  /** Customers of the group who bought it. */
  customers: number;
  /** customers / customers of the group with a named product. */
  share: number;
  /** The same over all customers. */
  overall_customers: number;
  overall_share: number;
  /**
   * Its part of the group's picks (distinct customer-product pairs): customers / picks. Unlike
   * share, it does not grow just because the group's customers buy more different things.
   */
  mix: number;
  overall_mix: number;
  /** mix / overall_mix: above 1 the product takes a larger part of what the group buys. */
  lift: number;
  /** The group's revenue from it; null when the export has no amount per line. */
  revenue: number | null;
  /** Of the group's product revenue; null as revenue. */
  revenue_share: number | null;
  overall_revenue_share: number | null;
  /** Fewer customers than the minimum behind the figure: read with care. */
  small: boolean;
}

export interface CountryRow {
  /** A country, every other country together, or customers without one. */
  kind: 'country' | 'other' | 'unknown';
  country: string | null;
  customers: number;
  /** Of the group's customers. */
  share: number;
  /** The same among all customers. */
  overall_share: number;
}

export interface ProductGroup {
  key: GroupKey;
  customers: number;
  /** Customers of the group with at least one named product: the base of the shares. */
  known: number;
  by_revenue: ProductRow[];
  by_customers: ProductRow[];
  /** A larger part of the group's mix than of everyone's, with at least the minimum of buyers. */
  over: ProductRow[];
  /** A smaller part, where at least the minimum of buyers would be expected from everyone's mix. */
  under: ProductRow[];
  countries: CountryRow[];
}

export interface GatewayProduct {
  product: string;
  /** Customers whose first purchase day had it and who are old enough for the window. */
  eligible: number;
  /** Of them, customers back within the window. */
  returned: number;
  share: number;
  /** share / the average share. */
  lift: number;
}

export interface GatewayResult {
  days: number;
  /** Customers old enough, with a named product on their first purchase day. */
  eligible: number;
  returned: number;
  /** The average: returned / eligible; null when nobody is eligible. */
  share: number | null;
  /** Above the average and backed by at least the minimum of customers, best first. */
  products: GatewayProduct[];
  /** Products above the average but with fewer customers than the minimum: not shown. */
  hidden: number;
}

export interface ProductsResult {
  /** Fewer customers than this behind a figure are flagged or left out. */
  min_customers: number;
  /** False when the amount is an order total (Shopify): products are then ranked by customers. */
  revenue_known: boolean;
  /** Lines of purchases up to the as-of date, and how many of them name no product. */
  lines: number;
  lines_without_product: number;
  groups: ProductGroup[];
  gateway: GatewayResult;
}

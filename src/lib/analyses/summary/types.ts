export interface Summary {
  rows: number;
  skipped_rows: number;
  orders: number;
  purchases: number;
  customers: number;
  revenue: number;
  first_purchase: string | null;
  last_purchase: string | null;
  as_of: string;
  /** Distinct currencies the currency column names (0 without one); not in the CLI report. */
  currencies: number;
  /** One of them as written in the file (the first in sort order), or null. */
  currency: string | null;
}

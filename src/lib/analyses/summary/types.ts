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
}

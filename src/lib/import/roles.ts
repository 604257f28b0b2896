// Column roles of the data contract (DESIGN.md "Input") and the mapping of roles to columns.

export const ROLES = [
  'customer',
  'date',
  'amount',
  'quantity',
  'unit_price',
  'order',
  'status',
  'currency',
  'country',
  'product',
  // The refunded part of the amount (Stripe `Amount Refunded`, Shopify `Refunded Amount`).
  'refund',
  // How and with what an order was won (Shopify `Source`, `Discount Code`; WooCommerce coupons):
  // optional, not read into the orders; the first-order analysis splits customers by them.
  'channel',
  'discount',
] as const;

export type Role = (typeof ROLES)[number];

/** Which column plays which role; a role without a column is absent. */
export type Mapping = Partial<Record<Role, string>>;

export const isRole = (name: string): name is Role => (ROLES as readonly string[]).includes(name);

/** What is missing for the mapping to be usable, as role names; empty when it is complete. */
export function missingRoles(mapping: Mapping): Role[] {
  const missing: Role[] = [];
  if (!mapping.customer) missing.push('customer');
  if (!mapping.date) missing.push('date');
  if (!mapping.amount && !(mapping.quantity && mapping.unit_price)) {
    if (!mapping.quantity && mapping.unit_price) missing.push('quantity');
    else if (mapping.quantity && !mapping.unit_price) missing.push('unit_price');
    else missing.push('amount');
  }
  return missing;
}

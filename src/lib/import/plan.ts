// Everything needed to turn the raw table into canonical orders, decided once per file.
import type { DecimalSeparator } from './formats';
import type { Mapping } from './roles';

export interface ImportPlan {
  mapping: Mapping;
  /** strptime formats (or special readings, see formats.ts) for the date column, in order. */
  dateFormats: string[];
  /** Decimal separator of each number column that is mapped. */
  decimals: {
    amount?: DecimalSeparator;
    quantity?: DecimalSeparator;
    unit_price?: DecimalSeparator;
    refund?: DecimalSeparator;
  };
  /**
   * The amount is an order total written on one line of each order (Shopify puts it on the
   * first line item): the order's other lines add 0 instead of being skipped or repeated.
   */
  orderTotals?: boolean;
  /**
   * Some orders state customer, date or status on one line only (Shopify): the other lines
   * take it from their order. False when no order mixes filled and empty cells, which saves
   * a sort of the whole file. Absent: decided by applyPlan() from the lines it builds.
   */
  fillWithinOrder?: boolean;
  /**
   * The one currency the money columns show by a sign or code in their cells or a word in
   * their header (currency.ts moneyCurrency), when they show one: for display only.
   */
  currency?: string;
  /** Name of the recognised export (presets.ts), when one matched. */
  preset?: string;
}

// Known exports, recognised by their header names: the mapping each one needs, decided from
// what its documentation and real samples show (see ../shared/data/SOURCES.md). The user can
// still change any role; a preset only replaces the guess.
import type { ColumnSample } from './guess';
import type { Mapping } from './roles';
import { MISSING_TEXTS } from './values';

export interface Preset {
  /** Stable name shown in the UI and the report (`shopify-orders`). */
  name: string;
  matches(has: (header: string) => boolean): boolean;
  mapping(columns: Columns): Mapping;
  /** The amount is an order total written on an order's first line only (Shopify). */
  orderTotals?: boolean;
  /** Why there is no customer, when the export can lack one, worded for the user. */
  noCustomer?: string;
}

/** Case-insensitive access to the columns of a file. */
export class Columns {
  readonly #byName = new Map<string, ColumnSample>();
  constructor(columns: ColumnSample[]) {
    for (const c of columns) {
      const key = c.name.trim().toLowerCase();
      if (!this.#byName.has(key)) this.#byName.set(key, c);
    }
  }
  has = (name: string): boolean => this.#byName.has(name.toLowerCase());
  /** The file's spelling of the first of `names` that exists. */
  first(...names: string[]): string | undefined {
    for (const n of names) {
      const c = this.#byName.get(n.toLowerCase());
      if (c) return c.name;
    }
    return undefined;
  }
  /** Share of sample values that are present (not empty, not NA). */
  filled(name: string): number {
    const c = this.#byName.get(name.toLowerCase());
    if (!c || c.values.length === 0) return 0;
    const ok = c.values.filter(
      (v) => v !== null && !MISSING_TEXTS.includes(v.trim().toLowerCase()),
    );
    return ok.length / c.values.length;
  }
  /**
   * The first of `names` filled in at least `enough` of the sample, else the best-filled one;
   * undefined when none has any value. Identity columns are often blank for guests.
   */
  bestFilled(names: string[], enough = 0.9): string | undefined {
    const present = names.map((n) => this.first(n)).filter((n): n is string => !!n);
    const good = present.find((n) => this.filled(n) >= enough);
    if (good) return good;
    const ranked = present.filter((n) => this.filled(n) > 0);
    ranked.sort((a, b) => this.filled(b) - this.filled(a));
    return ranked[0];
  }
}

const shopify: Preset = {
  name: 'shopify-orders',
  matches: (has) => has('Name') && has('Financial Status') && has('Lineitem quantity'),
  orderTotals: true,
  mapping: (c) => ({
    order: c.first('Name'),
    // Phone-only shops leave Email blank; the billing name is then the best key there is.
    customer: c.bestFilled(['Email', 'Billing Name', 'Shipping Name'], 0.5),
    // Created at is on every line and on unpaid (cash-on-delivery) orders; Paid at is not.
    date: c.first('Created at', 'Paid at'),
    amount: c.first('Total'),
    refund: c.first('Refunded Amount'),
    status: c.first('Financial Status'),
    currency: c.first('Currency'),
    country: c.first('Billing Country', 'Shipping Country'),
    product: c.first('Lineitem name'),
    channel: c.first('Source'),
    discount: c.first('Discount Code'),
  }),
};

const stripe: Preset = {
  name: 'stripe-payments',
  matches: (has) =>
    (has('Created date (UTC)') || has('Created (UTC)')) && has('Amount') && has('Status'),
  mapping: (c) => {
    // Converted Amount is in the account's own currency; Amount is in each buyer's currency,
    // and summing usd with eur would be wrong. Refunds must be in the same currency.
    const converted = c.has('Converted Amount');
    return {
      customer: c.bestFilled(['Customer ID', 'Customer Email', 'Customer Description']),
      date: c.first('Created date (UTC)', 'Created (UTC)'),
      amount: converted ? c.first('Converted Amount') : c.first('Amount'),
      refund: converted ? c.first('Converted Amount Refunded') : c.first('Amount Refunded'),
      status: c.first('Status'),
      currency: converted ? c.first('Converted Currency') : c.first('Currency'),
      country: c.first('Card Address Country', 'Card Issue Country'),
      order: c.first('id'),
    };
  },
};

const etsy: Preset = {
  name: 'etsy-sold-orders',
  matches: (has) =>
    has('Sale Date') && has('Order ID') && (has('Order Value') || has('Order Total')),
  noCustomer:
    'this Etsy sold-orders export has no buyer column (Buyer User ID, Buyer or Full Name), so ' +
    'purchases cannot be told apart by customer; download the Etsy "Orders" CSV, which has ' +
    'one of them, or map a customer column',
  mapping: (c) => ({
    order: c.first('Order ID'),
    // Guest checkouts have no Buyer User ID; the buyer's name is there for every order.
    customer: c.bestFilled(['Buyer User ID', 'Buyer', 'Full Name']),
    date: c.first('Sale Date'),
    amount: c.first('Order Total', 'Order Value'),
    status: c.first('Status'),
    currency: c.first('Currency'),
    country: c.first('Delivery Country', 'Ship Country'),
    discount: c.first('Coupon Code'),
  }),
};

const paypal: Preset = {
  name: 'paypal-activity',
  matches: (has) =>
    (has('Gross') && (has('Transaction ID') || has('Balance'))) ||
    (has('Bruto') && has('Id. de transacción')),
  mapping: (c) => ({
    order: c.first('Transaction ID', 'Id. de transacción'),
    customer: c.bestFilled([
      'From Email Address',
      'Correo electrónico del remitente',
      'Name',
      'Nombre',
    ]),
    date: c.first('Date', 'Fecha'),
    amount: c.first('Gross', 'Bruto'),
    // Type/Description says what a row is: withdrawals and currency conversions are no sale.
    status: c.first('Type', 'Description', 'Descripción', 'Status', 'Estado'),
    currency: c.first('Currency', 'Divisa'),
  }),
};

// WooCommerce has no CSV export of its own: shops use an export extension. Both documented
// layouts are recognised, the labelled one ("Order Number", "Order Total", "Billing Email")
// and the keyed one of the Import Export Suite and Customer/Order/Coupon Export
// (order_number, order_total, billing_email). One row per order; with one row per line item
// (item_total) the line totals are summed instead, since order_total repeats on every line.
const wooCommerce: Preset = {
  name: 'woocommerce-orders',
  matches: (has) =>
    (has('Order Number') || has('Order ID') || has('order_number') || has('order_id')) &&
    (has('Order Total') || has('order_total')) &&
    (has('Order Status') || has('status')) &&
    (has('Order Date') || has('order_date')),
  mapping: (c) => {
    const lineTotal = c.first('Item Total', 'item_total', 'Line Total', 'line_total');
    return {
      order: c.first('Order Number', 'order_number', 'Order ID', 'order_id'),
      // Guests have no account (Customer User 0), but every order has a billing email.
      customer: c.bestFilled([
        'Billing Email',
        'billing_email',
        'Customer Email',
        'customer_email',
        'Customer User',
        'customer_user',
        'customer_id',
      ]),
      date: c.first('Order Date', 'order_date', 'Paid Date', 'paid_date'),
      amount: lineTotal ?? c.first('Order Total', 'order_total'),
      // An order-level refund cannot be split over line items.
      refund: lineTotal
        ? undefined
        : c.first('Refunded Total', 'refunded_total', 'Order Refund', 'order_refund'),
      status: c.first('Order Status', 'status'),
      currency: c.first('Order Currency', 'order_currency', 'Currency'),
      country: c.first('Billing Country', 'billing_country', 'Shipping Country'),
      product: c.first('Item Name', 'item_name', 'Product Name'),
      channel: c.first('Created Via', 'created_via'),
      discount: c.first('Coupon Code', 'Coupons', 'coupon_items', 'Coupon', 'Discount Code'),
    };
  },
};

// Square's Transactions and Item Details exports: Date and Time in separate columns (the date
// is enough for every analysis), amounts like "$12.50", refunds as rows of negative amounts
// with Event Type "Refund". Event Type is not used as a status: those rows must stay negative
// and reduce revenue, not be zeroed as refunded orders. Walk-in sales without a customer on
// file have no Customer ID and are skipped, counted, as the contract says.
const square: Preset = {
  name: 'square-transactions',
  matches: (has) =>
    has('Date') &&
    has('Transaction ID') &&
    has('Event Type') &&
    (has('Gross Sales') || has('Net Sales') || has('Total Collected')),
  mapping: (c) => ({
    order: c.first('Transaction ID'),
    customer: c.bestFilled(['Customer ID', 'Customer Reference ID', 'Customer Name']),
    date: c.first('Date'),
    // What the customer paid (the Transactions export); the Item Details export has no
    // Total Collected, and its Net Sales per item add up to the sale.
    amount: c.first('Total Collected', 'Net Sales', 'Gross Sales'),
    product: c.first('Item'),
    // Where the sale was made (a store, online) and the channel it came through.
    channel: c.first('Channel', 'Source', 'Location'),
  }),
};

const onlineRetail: Preset = {
  name: 'uci-online-retail',
  matches: (has) =>
    (has('InvoiceNo') || has('Invoice')) &&
    (has('CustomerID') || has('Customer ID')) &&
    has('InvoiceDate'),
  mapping: (c) => {
    const quantity = c.first('Quantity');
    const unitPrice = c.first('UnitPrice', 'Price');
    // Quantity x UnitPrice is the source; TotalPrice is a derived column some copies add.
    const lines = quantity && unitPrice;
    return {
      order: c.first('InvoiceNo', 'Invoice'),
      customer: c.first('CustomerID', 'Customer ID'),
      date: c.first('InvoiceDate'),
      amount: lines ? undefined : c.first('TotalPrice', 'Total'),
      quantity: lines ? quantity : undefined,
      unit_price: lines ? unitPrice : undefined,
      country: c.first('Country'),
      product: c.first('Description', 'StockCode'),
    };
  },
};

export const PRESETS: readonly Preset[] = [
  shopify,
  stripe,
  etsy,
  wooCommerce,
  square,
  paypal,
  onlineRetail,
];

/** The preset whose headers the file has, with the mapping it proposes (unset roles dropped). */
export function detectPreset(
  columns: ColumnSample[],
): { preset: Preset; mapping: Mapping } | undefined {
  const c = new Columns(columns);
  const preset = PRESETS.find((p) => p.matches(c.has));
  if (!preset) return undefined;
  const mapping: Mapping = {};
  for (const [role, column] of Object.entries(preset.mapping(c)) as [keyof Mapping, string?][]) {
    if (column) mapping[role] = column;
  }
  return { preset, mapping };
}

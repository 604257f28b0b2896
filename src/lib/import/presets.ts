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

export const PRESETS: readonly Preset[] = [shopify, stripe, etsy, paypal, onlineRetail];

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

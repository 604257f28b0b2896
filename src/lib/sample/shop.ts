import { generateOrders, orderDate, type Product, type Segment, type ShopProfile } from './engine';
import type { Random } from './random';

/** One line of the sample purchases export (one row of static/sample/shop.csv). */
export interface SampleRow {
  orderId: string;
  orderDate: string;
  customerEmail: string;
  product: string;
  quantity: number;
  unitPrice: number;
  country: string;
}

export const SAMPLE_HEADER =
  'Order ID,Order Date,Customer Email,Product,Quantity,Unit Price,Country';
export const SAMPLE_SEED = 20230101;
export const SAMPLE_START = '2023-01-01';
export const SAMPLE_END = '2024-12-31';
const PRICE_RISE_DAY = 425; // 2024-03-01: coffee and tea get 6% dearer

function p(name: string, price: number, weight: number, consumable = false): Product {
  return { name, price, weight, consumable };
}

export const PRODUCTS: readonly Product[] = [
  p('Espresso beans 1kg', 24.9, 9, true),
  p('Espresso beans 250g', 8.5, 10, true),
  p('Filter coffee 500g', 13.9, 7, true),
  p('Decaf beans 250g', 9.2, 3, true),
  p('Single origin Ethiopia 250g', 11.5, 5, true),
  p('Single origin Colombia 250g', 10.9, 5, true),
  p('Greek coffee 200g', 4.8, 6, true),
  p('Green tea 100g', 6.5, 3, true),
  p('Mountain tea 50g', 4.2, 4, true),
  p('Chamomile tea 50g', 3.9, 3, true),
  p('Paper filters (100)', 3.5, 5, true),
  p('Chocolate biscotti', 5.9, 5, true),
  p('Ceramic mug', 12, 6),
  p('Espresso cup set of 2', 18, 3),
  p('Glass tumbler', 7.5, 3),
  p('Travel mug', 19.9, 3),
  p('Tea towel, set of 2', 11, 2),
  p('Linen napkins (4)', 22, 2),
  p('Olive wood serving board', 34, 2),
  p('Stoneware plate', 14.5, 2),
  p('Soy candle fig & cedar', 16, 2),
  p('Pour-over dripper', 24, 2),
  p('Glass carafe 600ml', 21, 1.5),
  p('Hand grinder', 49, 1.5),
  p('Milk frother', 29, 1.5),
  p('Moka pot 6 cups', 32, 2),
  p('French press 1L', 36, 1.5),
  p('Gooseneck kettle', 59, 1),
  p('Digital coffee scale', 27.5, 1),
  p('Gift card', 50, 1.5),
];

// once: a single order; the others come back every `gap` days (more regular with higher
// `regularity`) until they churn (probability after each order) or the period ends.
const SEGMENTS: readonly Segment[] = [
  { weight: 0.47, gap: [0, 0], regularity: 1, churn: 1, bigSpender: false },
  { weight: 0.31, gap: [60, 180], regularity: 2, churn: 0.22, bigSpender: false },
  { weight: 0.18, gap: [28, 60], regularity: 3, churn: 0.07, bigSpender: false },
  { weight: 0.04, gap: [14, 35], regularity: 4, churn: 0.03, bigSpender: true },
];
const COUNTRIES = ['Greece', 'Cyprus', 'Germany', 'Italy', 'Bulgaria', 'France', 'Netherlands'];
const COUNTRY_WEIGHTS = [74, 8, 5, 4, 3, 3, 3];
// Jan..Dec: spring and the Nov–Dec gift season bring more new customers.
const MONTH_WEIGHTS = [0.8, 0.8, 1.1, 1.25, 1.2, 0.9, 0.75, 0.65, 0.9, 1, 1.6, 1.9];
const HOUR_WEIGHTS = [
  1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 2, 3, 4, 4, 4, 4, 4, 3.5, 3.5, 3.5, 4, 5, 6, 7, 7, 5, 2,
];
const FIRST_NAMES = (
  'maria eleni katerina sofia anna dimitra georgia ioanna vasiliki christina nikos giorgos ' +
  'kostas yannis dimitris panos alexandros michalis stavros thanos elena laura lena marco ' +
  'giulia jonas lukas emma claire pierre ivan petra daan sanne andreas irene zoe leo'
).split(' ');
const LAST_NAMES = (
  'papadopoulos georgiou nikolaou ioannou konstantinou pappas vlachos oikonomou alexiou makris ' +
  'dimas karras rossi muller schmidt dubois petrov jansen bianchi weber martin ivanova devries ' +
  'angelou sotiriou'
).split(' ');

function makeEmail(rng: Random, taken: Set<string>): string {
  for (;;) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const n = rng.int(1, 99);
    const domain = rng.chance(0.8) ? 'example.com' : 'example.org';
    const local = rng.weighted(
      [`${first}.${last[0]}${n}`, `${first}.${last}`, `${first}${last[0]}${n}`, `${last}.${first}`],
      [5, 3, 2, 1],
    );
    const email = `${local}@${domain}`;
    if (!taken.has(email)) {
      taken.add(email);
      return email;
    }
  }
}

/** The English sample: a coffee and homeware shop with customers around Greece and Europe. */
export function shopProfile(seed = SAMPLE_SEED, customers = 3500): ShopProfile {
  return {
    seed,
    customers,
    start: { year: 2023, month: 0, day: 1 },
    months: 24,
    products: PRODUCTS,
    segments: SEGMENTS,
    monthWeights: MONTH_WEIGHTS,
    yearlyGrowth: 1.2, // 2024 brings 20% more new customers than 2023
    hourWeights: HOUR_WEIGHTS,
    basketSizes: { values: [1, 2, 3, 4], weights: [58, 27, 11, 4] },
    quantities: { values: [1, 2, 3, 4, 5], weights: [68, 20, 8, 3, 1] },
    bigSpenderExtra: 2,
    favouriteChance: 0.6,
    // A first order often sets the kitchen up: a mug, a moka pot, a grinder.
    firstDurableChance: 0.4,
    price: (product, day) => {
      const rise = product.consumable && day >= PRICE_RISE_DAY ? 1.06 : 1;
      return Math.round(product.price * rise * 10) / 10;
    },
    returns: { rate: 0.025, delay: [2, 10] },
    firstOrderId: 10001,
    identity: (rng, taken) => makeEmail(rng, taken),
    attribute: (rng) => rng.weighted(COUNTRIES, COUNTRY_WEIGHTS),
  };
}

function formatTime(profile: ShopProfile, time: number): string {
  const d = orderDate(profile, time);
  const two = (n: number): string => String(n).padStart(2, '0');
  return (
    `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
  );
}

/** Generates the sample shop's order lines, sorted by date; the same seed gives the same rows. */
export function generateSample(seed = SAMPLE_SEED, customerCount = 3500): SampleRow[] {
  const profile = shopProfile(seed, customerCount);
  return generateOrders(profile).flatMap((order) =>
    order.lines.map((line) => ({
      orderId: order.id,
      orderDate: formatTime(profile, order.time),
      customerEmail: order.customer.identity,
      product: line.product.name,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      country: order.customer.attribute,
    })),
  );
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The rows as CSV: header, comma-delimited, quoted only when needed, LF line endings. */
export function toCsv(rows: readonly SampleRow[]): string {
  const lines = rows.map((r) =>
    [
      r.orderId,
      r.orderDate,
      r.customerEmail,
      r.product,
      String(r.quantity),
      r.unitPrice.toFixed(2),
      r.country,
    ]
      .map(csvField)
      .join(','),
  );
  return [SAMPLE_HEADER, ...lines].join('\n') + '\n';
}

export interface SampleSummary {
  lines: number;
  customers: number;
  orders: number;
  purchases: number;
  returns: number;
  oneTimeShare: number;
  top20Share: number;
}

/** Headline figures by the DESIGN.md definitions (purchase = order with total > 0). */
export function summarizeSample(rows: readonly SampleRow[]): SampleSummary {
  const totals = new Map<string, { customer: string; total: number }>();
  for (const r of rows) {
    const key = `${r.customerEmail}\u0000${r.orderId}`;
    const order = totals.get(key) ?? { customer: r.customerEmail, total: 0 };
    order.total += r.quantity * r.unitPrice;
    totals.set(key, order);
  }
  const purchases = new Map<string, number>();
  const revenue = new Map<string, number>();
  let returns = 0;
  for (const { customer, total } of totals.values()) {
    if (total > 0) purchases.set(customer, (purchases.get(customer) ?? 0) + 1);
    else returns++;
    revenue.set(customer, (revenue.get(customer) ?? 0) + total);
  }
  const buyers = [...purchases.keys()];
  const sorted = buyers.map((c) => revenue.get(c) ?? 0).sort((a, b) => b - a);
  const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
  return {
    lines: rows.length,
    customers: buyers.length,
    orders: totals.size,
    purchases: totals.size - returns,
    returns,
    oneTimeShare: buyers.filter((c) => purchases.get(c) === 1).length / buyers.length,
    top20Share: sum(sorted.slice(0, Math.ceil(0.2 * sorted.length))) / sum(sorted),
  };
}

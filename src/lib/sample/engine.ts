// The shop simulation behind every sample dataset: customers arrive month by month, come back
// in their own rhythm until they stop, fill baskets and sometimes send something back. A
// profile (one file per shop) says what is sold, to whom and when; a writer turns the orders
// into that shop's own export format.
import { createRandom, type Random } from './random';

export interface Product {
  name: string;
  price: number;
  weight: number;
  /** Bought again and again (coffee, books of a series), as opposed to bought once (a sofa). */
  consumable: boolean;
}

/**
 * A kind of customer. `once`-like segments have churn 1; the others come back every `gap`
 * days (more regular with higher `regularity`) until they churn (probability after each order).
 */
export interface Segment {
  weight: number;
  gap: [number, number];
  regularity: number;
  churn: number;
  bigSpender: boolean;
}

export interface ShopProfile {
  seed: number;
  customers: number;
  /** First day of the data (UTC) and how many months it spans. */
  start: { year: number; month: number; day: number };
  months: number;
  products: readonly Product[];
  segments: readonly Segment[];
  /** New customers by calendar month, Jan..Dec. */
  monthWeights: readonly number[];
  /** New customers grow by this factor every year of the data. */
  yearlyGrowth: number;
  /** Orders by hour of day, 0..23. */
  hourWeights: readonly number[];
  /** UTC weekdays (0 = Sunday) the shop is closed: an order then falls on the next open day. */
  closed?: readonly number[];
  /** Items in a basket (a big spender takes one more). */
  basketSizes: { values: readonly number[]; weights: readonly number[] };
  quantities: { values: readonly number[]; weights: readonly number[] };
  /** A big spender buys up to this many more of a consumable. */
  bigSpenderExtra: number;
  /** Chance that a repeat order includes the customer's favourite. */
  favouriteChance: number;
  /** Chance that a first order includes a non-consumable (setting up the kitchen). */
  firstDurableChance: number;
  /** The unit price of a product on a day of the data (prices rise). */
  price(product: Product, day: number): number;
  /** Share of orders partly sent back, and how many days later. */
  returns: { rate: number; delay: [number, number] };
  firstOrderId: number;
  /** A new customer's identity (an e-mail, a name), never one in `taken`; adds it there. */
  identity(rng: Random, taken: Set<string>, segment: Segment): string;
  /** Something else known about the customer (a country), if the export has it. */
  attribute?(rng: Random): string;
}

export interface SampleLine {
  product: Product;
  quantity: number;
  unitPrice: number;
}

export interface SampleCustomer {
  identity: string;
  attribute: string;
}

export interface SampleOrder {
  /** The order number; a return is `R` + the number of the order it returns from. */
  id: string;
  customer: SampleCustomer;
  /** Minutes since the profile's first day, 00:00 UTC. */
  time: number;
  lines: SampleLine[];
  /** The order this one returns goods from, for a return. */
  returnOf?: string;
}

export const DAY_MS = 86_400_000;

export const startMs = (p: ShopProfile): number =>
  Date.UTC(p.start.year, p.start.month, p.start.day);

/** Days from the profile's first day to the first day after its last month. */
export function dayCount(p: ShopProfile): number {
  const end = Date.UTC(p.start.year, p.start.month + p.months, p.start.day);
  return Math.round((end - startMs(p)) / DAY_MS);
}

/** The UTC date and time of an order's `time`. */
export function orderDate(p: ShopProfile, time: number): Date {
  return new Date(startMs(p) + time * 60_000);
}

interface Customer extends SampleCustomer {
  segment: Segment;
  favourite: Product;
}

/** Generates the shop's orders and returns, sorted by time; the same profile gives the same orders. */
export function generateOrders(p: ShopProfile): SampleOrder[] {
  const rng = createRandom(p.seed);
  const days = dayCount(p);
  const start = startMs(p);
  const productWeights = p.products.map((x) => x.weight);
  const consumableWeights = p.products.map((x) => (x.consumable ? x.weight : 0));
  const durableWeights = p.products.map((x) => (x.consumable ? 0 : x.weight));
  const segmentWeights = p.segments.map((s) => s.weight);
  const months = Array.from({ length: p.months }, (_, i) => i);
  const acquisition = months.map(
    (m) => p.monthWeights[(p.start.month + m) % 12] * Math.pow(p.yearlyGrowth, Math.floor(m / 12)),
  );
  const hours = p.hourWeights.map((_, h) => h);
  const closed = new Set(p.closed ?? []);
  const open = (day: number): number => {
    let d = day;
    for (let i = 0; i < 7 && closed.has(new Date(start + d * DAY_MS).getUTCDay()); i++) d++;
    return d;
  };

  const firstDay = (): number => {
    const month = rng.weighted(months, acquisition);
    const { year, month: m0, day } = p.start;
    const from = Math.round((Date.UTC(year, m0 + month, day) - start) / DAY_MS);
    const to = Math.round((Date.UTC(year, m0 + month + 1, day) - start) / DAY_MS);
    return rng.int(from, to - 1);
  };
  const orderTime = (day: number): number => {
    const hour = rng.weighted(hours, p.hourWeights);
    return day * 1440 + hour * 60 + rng.int(0, 59);
  };
  const basket = (customer: Customer, day: number, repeat: boolean): SampleLine[] => {
    const size =
      rng.weighted(p.basketSizes.values, p.basketSizes.weights) +
      (customer.segment.bigSpender ? 1 : 0);
    const chosen = new Set<Product>();
    if (repeat && rng.chance(p.favouriteChance)) chosen.add(customer.favourite);
    if (!repeat && rng.chance(p.firstDurableChance))
      chosen.add(rng.weighted(p.products, durableWeights));
    while (chosen.size < Math.min(size, p.products.length))
      chosen.add(rng.weighted(p.products, productWeights));
    return [...chosen].map((product) => {
      let quantity = rng.weighted(p.quantities.values, p.quantities.weights);
      if (product.consumable && customer.segment.bigSpender)
        quantity += rng.int(0, p.bigSpenderExtra);
      return { product, quantity, unitPrice: p.price(product, day) };
    });
  };

  const taken = new Set<string>();
  const customers: Customer[] = [];
  const orders: (SampleOrder & { c: number })[] = [];
  for (let c = 0; c < p.customers; c++) {
    const segment = rng.weighted(p.segments, segmentWeights);
    const identity = p.identity(rng, taken, segment);
    const attribute = p.attribute?.(rng) ?? '';
    const customer: Customer = {
      identity,
      attribute,
      segment,
      favourite: rng.weighted(p.products, consumableWeights),
    };
    customers.push(customer);
    const rhythm = rng.int(segment.gap[0], segment.gap[1]);
    let day = open(firstDay());
    for (let n = 0; day < days; n++) {
      orders.push({
        id: '',
        c,
        customer,
        time: orderTime(day),
        lines: basket(customer, day, n > 0),
      });
      if (rng.chance(segment.churn)) break;
      day = open(day + Math.max(1, Math.round(rng.gamma(segment.regularity, rhythm))));
    }
  }
  orders.sort((a, b) => a.time - b.time || a.c - b.c);
  orders.forEach((order, i) => (order.id = String(p.firstOrderId + i)));

  const returns: (SampleOrder & { c: number })[] = [];
  for (const order of orders) {
    if (!rng.chance(p.returns.rate)) continue;
    const time = orderTime(Math.floor(order.time / 1440) + rng.int(...p.returns.delay));
    if (time >= days * 1440) continue;
    const kept = order.lines.filter(() => rng.chance(0.4));
    const lines = (kept.length > 0 ? kept : [rng.pick(order.lines)]).map((line) => ({
      ...line,
      quantity: -rng.int(1, line.quantity),
    }));
    returns.push({
      id: `R${order.id}`,
      c: order.c,
      customer: order.customer,
      time,
      lines,
      returnOf: order.id,
    });
  }

  return [...orders, ...returns]
    .sort((a, b) => a.time - b.time || a.c - b.c)
    .map(({ c: _, ...order }) => order);
}

/** A unique identity from `make`, tried until it is not taken. */
export function unique(taken: Set<string>, make: () => string): string {
  for (;;) {
    const value = make();
    if (!taken.has(value)) {
      taken.add(value);
      return value;
    }
  }
}

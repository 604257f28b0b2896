// Second purchase and "what regulars buy" on real exports that name products: whatever the
// numbers are, the parts add up to the whole, and on the UCI line items the top products
// match a count made here from the file itself, without the database.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAsOf } from '../../src/lib/analyses/asof';
import { runInactivity } from '../../src/lib/analyses/inactivity/run';
import { runGateway, runProducts } from '../../src/lib/analyses/products/run';
import type { ProductsResult } from '../../src/lib/analyses/products/types';
import { runInWindow, runRepeat, runRepeatByCohort } from '../../src/lib/analyses/repeat/run';
import { runSummary } from '../../src/lib/analyses/summary/run';
import type { Mapping } from '../../src/lib/import/roles';
import { MISSING_TEXTS } from '../../src/lib/import/values';
import { load, sharedData, type Loaded } from '../helpers/db';

const FILES: { file: string; mapping: Mapping; orderTotals: boolean }[] = [
  // One row per line item; the order total on the first line only; Lineitem name.
  { file: 'exports/shopify/orders_export_1.csv', mapping: {}, orderTotals: true },
  // One row per order; SKU filled on 8 of 1,284 rows: a product column that is mostly empty.
  {
    file: 'exports/etsy/EtsySoldOrders2020_rey1140.csv',
    mapping: { product: 'SKU' },
    orderTotals: false,
  },
  // Line items with quantity x unit price, cancellations, blank customers; Description.
  { file: 'online-retail/Online Retail.csv.gz', mapping: {}, orderTotals: false },
];

describe.each(FILES)('second purchase and products on $file', ({ file, mapping, orderTotals }) => {
  let t: Loaded;
  let asOf: string;
  let products: ProductsResult;
  beforeAll(async () => {
    t = await load(sharedData(file), mapping);
    asOf = (await defaultAsOf(t.db)) as string;
    products = await runProducts(t.db, { asOf, lineAmounts: !t.plan.orderTotals });
  }, 120_000);
  afterAll(() => t.db.close());

  it('reads a product column, and order totals only where the export has them', () => {
    expect(t.plan.mapping.product).toBeTruthy();
    expect(!!t.plan.orderTotals).toBe(orderTotals);
    expect(products.revenue_known).toBe(!orderTotals);
  });

  it('adds up the monthly second-purchase rates to the overall ones', async () => {
    const { customers } = await runSummary(t.db, asOf);
    const overall = await runRepeat(t.db, { asOf });
    const months = await runRepeatByCohort(t.db, { asOf });
    expect(months.reduce((n, m) => n + m.customers, 0)).toBe(customers);
    overall.within.forEach((w, i) => {
      expect(months.reduce((n, m) => n + m.within[i].eligible, 0)).toBe(w.eligible);
      expect(months.reduce((n, m) => n + m.within[i].returned, 0)).toBe(w.returned);
    });
  });

  it('lists as still in their window only one-visit customers of the last 30 days', async () => {
    const result = await runInWindow(t.db, { asOf, limit: 100_000 });
    expect(result.list).toHaveLength(result.customers);
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    for (const c of result.list) {
      expect(c.purchase_days).toBe(1);
      expect(c.days_left).toBeGreaterThanOrEqual(1);
      expect(c.days_left).toBeLessThanOrEqual(30);
      expect(day(asOf) - day(c.first_purchase)).toBe(30 - c.days_left);
    }
    // Together with the customers old enough for 30 days, no more than all customers.
    const { within } = await runRepeat(t.db, { asOf });
    const { customers } = await runSummary(t.db, asOf);
    expect(result.customers + within[0].eligible).toBeLessThanOrEqual(customers);
  });

  it('puts every customer in all, in one segment, and the lapsed in lapsed', async () => {
    const { customers } = await runSummary(t.db, asOf);
    const inactivity = await runInactivity(t.db, { asOf });
    const [all, ...rest] = products.groups;
    expect(all.key).toBe('all');
    expect(all.customers).toBe(customers);
    const segments = rest.filter((g) => g.key !== 'lapsed');
    expect(segments.reduce((n, g) => n + g.customers, 0)).toBe(customers);
    expect(segments.reduce((n, g) => n + g.known, 0)).toBe(all.known);
    const lapsed = products.groups.find((g) => g.key === 'lapsed');
    expect(lapsed?.customers ?? 0).toBe(inactivity.lapsed.customers);
  });

  it('has shares, lifts and country mixes that agree with their counts', () => {
    for (const g of products.groups) {
      expect(g.known).toBeLessThanOrEqual(g.customers);
      // Everyone against everyone: the same mix.
      if (g.key === 'all') expect(g.by_customers.every((p) => p.lift === 1)).toBe(true);
      for (const p of [...g.by_revenue, ...g.by_customers, ...g.over, ...g.under]) {
        expect(p.customers).toBeLessThanOrEqual(p.overall_customers);
        expect(p.share).toBeCloseTo(p.customers / g.known, 12);
        expect(p.lift).toBeCloseTo(p.mix / p.overall_mix, 9);
        expect(p.mix).toBeLessThanOrEqual(p.share);
        expect(p.small).toBe(p.customers < products.min_customers);
      }
      for (const p of g.over) expect(p.lift).toBeGreaterThan(1);
      for (const p of g.under) expect(p.lift).toBeLessThan(1);
      if (g.countries.length > 0) {
        expect(g.countries.reduce((n, c) => n + c.customers, 0)).toBe(g.customers);
      }
      if (!products.revenue_known) expect(g.by_revenue).toEqual([]);
    }
  });

  it('shows only gateway products above the average, with enough customers', async () => {
    const repeat = await runRepeat(t.db, { asOf, withinDays: [90] });
    const { gateway } = products;
    expect(gateway.eligible).toBeLessThanOrEqual(repeat.within[0].eligible);
    for (const p of gateway.products) {
      expect(p.eligible).toBeGreaterThanOrEqual(products.min_customers);
      expect(p.eligible).toBeLessThanOrEqual(gateway.eligible);
      expect(p.share).toBeGreaterThan(gateway.share as number);
    }
    const wide = await runGateway(t.db, { asOf, gatewayDays: 30, minCustomers: 1 });
    expect(wide.hidden).toBe(0);
  });
});

describe('top products of the UCI line items, counted from the file itself', () => {
  let t: Loaded;
  beforeAll(async () => {
    t = await load(sharedData('online-retail/Online Retail.csv.gz'));
  }, 120_000);
  afterAll(() => t.db.close());

  it('finds the same buyers and revenue per product', async () => {
    const text = gunzipSync(
      readFileSync(sharedData('online-retail/Online Retail.csv.gz')),
    ).toString('utf8');
    const rows = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: true,
    }).data;
    // Orders = (customer, invoice); a purchase when its total is above 0 (returns are not).
    const totals = new Map<string, number>();
    const key = (r: Record<string, string>) => `${r.CustomerID.trim()}|${r.InvoiceNo.trim()}`;
    const used = rows.filter((r) => r.CustomerID.trim() !== '');
    for (const r of used) {
      totals.set(key(r), (totals.get(key(r)) ?? 0) + Number(r.Quantity) * Number(r.UnitPrice));
    }
    const buyers = new Map<string, Set<string>>();
    const revenue = new Map<string, number>();
    for (const r of used) {
      const product = r.Description.trim();
      if ((totals.get(key(r)) ?? 0) <= 0 || MISSING_TEXTS.includes(product.toLowerCase())) continue;
      if (!buyers.has(product)) buyers.set(product, new Set());
      buyers.get(product)?.add(r.CustomerID.trim());
      revenue.set(product, (revenue.get(product) ?? 0) + Number(r.Quantity) * Number(r.UnitPrice));
    }
    const expected = [...buyers.entries()]
      .map(([product, set]) => ({
        product,
        customers: set.size,
        revenue: revenue.get(product) ?? 0,
      }))
      .sort(
        (a, b) =>
          b.customers - a.customers || b.revenue - a.revenue || (a.product < b.product ? -1 : 1),
      )
      .slice(0, 10);

    const asOf = (await defaultAsOf(t.db)) as string;
    const result = await runProducts(t.db, { asOf });
    const top = result.groups[0].by_customers;
    expect(top.map((p) => [p.product, p.customers])).toEqual(
      expected.map((p) => [p.product, p.customers]),
    );
    top.forEach((p, i) => expect(p.revenue).toBeCloseTo(expected[i].revenue, 6));
  }, 60_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGateway, countryMix } from '../../../src/lib/analyses/products/build';
import { runGateway, runProducts } from '../../../src/lib/analyses/products/run';
import type { ProductGroup, ProductsResult } from '../../../src/lib/analyses/products/types';
import { ENGINES, fixture, load, type Loaded } from '../../helpers/db';

// regulars-buy.csv, as-of 2024-07-01, lapsed = last purchase on or before 2024-01-01.
// Purchase lines (orders with total > 0), with the customer's country (latest line naming one):
//   ann  01-10 coffee 10, mug 5 | 01-20 coffee 10           GR  at_risk
//   ben  01-15 coffee 10 | 01-15 mug 5 (same day) | 05-01 tea 8   CY then GR  loyal
//   cat  2023-06-01 tea 8, (empty) 4                        RO  hibernating, lapsed
//   dan  2023-07-01 mug 5 | 2023-08-01 mug 5                RO  at_risk, lapsed
//   eve  06-20 coffee 10, (spaces) 3                        HU  promising
//   fay  02-01 tea 8 (the -8 tea on 02-05 is a return: not a purchase line)   -  hibernating
//   gus  06-25 coffee 10 | 06-25 tea 8 (same day)           DE  potential_loyalists
//   ida  04-01 (empty) 20: a customer, but with no product named              GR  about_to_sleep
//   hal  only a return: not a customer
// RFM (n = 8; score = least(5, 1 + floor(5 (rank - 1) / 8))):
//   recency days cat 396, dan 335, ann 163, fay 151, ida 91, ben 61, eve 11, gus 6 ->
//   ranks 1..8 -> R 1 1 2 2 3 4 4 5; purchases 1: cat eve fay ida (rank 1, F 1),
//   2: ann dan gus (rank 5, F 3), 3: ben (rank 8, F 5). Segments: cat (1,1) and fay (2,1)
//   hibernating; dan (1,3) and ann (2,3) at_risk; ida (3,1) about_to_sleep; ben (4,5) loyal;
//   eve (4,1) promising; gus (5,3) potential_loyalists.
// All customers: 8, with a named product 7 (not ida). Buyers: coffee ann ben eve gus = 4
// (revenue 20 + 10 + 10 + 10 = 50), tea ben cat fay gus = 4 (32), mug ann ben dan = 3
// (5 + 5 + 10 = 20). Overall shares of customers: coffee 4/7, tea 4/7, mug 3/7.
// Over and under compare the mix: everyone's picks (distinct customer-product pairs) are
// 4 + 4 + 3 = 11, so coffee is 4/11 of them, tea 4/11, mug 3/11.
describe.each(ENGINES)('what regulars buy, on regulars-buy.csv (%s DuckDB)', (engine) => {
  let t: Loaded;
  let result: ProductsResult;
  const asOf = '2024-07-01';
  const group = (key: string) => result.groups.find((g) => g.key === key) as ProductGroup;
  const names = (rows: { product: string }[]) => rows.map((r) => r.product);
  beforeAll(async () => {
    t = await load(fixture('regulars-buy.csv'), {}, engine);
    result = await runProducts(t.db, { asOf, minCustomers: 1, gatewayDays: 30 });
  });
  afterAll(() => t.db.close());

  it('counts purchase lines and the lines with an empty product', () => {
    // ann 3, ben 3, cat 2, dan 2, eve 2, fay 1, gus 2, ida 1 = 16; empty: cat, eve, ida = 3.
    expect(result.lines).toBe(16);
    expect(result.lines_without_product).toBe(3);
  });

  it('lists the groups in order, with customers and customers with a named product', () => {
    expect(result.groups.map((g) => [g.key, g.customers, g.known])).toEqual([
      ['all', 8, 7],
      ['loyal', 1, 1],
      ['potential_loyalists', 1, 1],
      ['promising', 1, 1],
      ['about_to_sleep', 1, 0],
      ['at_risk', 2, 2],
      ['hibernating', 2, 2],
      ['lapsed', 2, 2],
    ]);
  });

  it('ranks all customers’ products by revenue and by customers (ties by revenue)', () => {
    const all = group('all');
    expect(all.by_revenue.map((p) => [p.product, p.revenue])).toEqual([
      ['coffee', 50],
      ['tea', 32],
      ['mug', 20],
    ]);
    // coffee and tea both have 4 buyers: coffee's 50 beats tea's 32.
    expect(all.by_customers.map((p) => [p.product, p.customers])).toEqual([
      ['coffee', 4],
      ['tea', 4],
      ['mug', 3],
    ]);
    // Revenue shares of the 102 named-product revenue: 50/102, 32/102, 20/102.
    expect(all.by_revenue.map((p) => p.revenue_share)).toEqual([50 / 102, 32 / 102, 20 / 102]);
    expect(all.by_customers.map((p) => p.mix)).toEqual([4 / 11, 4 / 11, 3 / 11]);
    // Everyone against everyone: a lift of exactly 1, so nothing is over or under.
    expect(all.by_customers.every((p) => p.lift === 1)).toBe(true);
    expect([all.over, all.under]).toEqual([[], []]);
  });

  it('compares the At Risk customers with everyone', () => {
    // ann and dan. Buyers: mug both (share 2/2), coffee ann (1/2), tea nobody. Revenue:
    // coffee 20 (ann), mug 5 + 10 = 15; of 35. Picks: ann coffee, ann mug, dan mug = 3, so
    // mug is 2/3 of them (everyone: 3/11), lift (2/3)/(3/11) = 22/9; coffee 1/3 vs 4/11,
    // lift 11/12; tea 0.
    const atRisk = group('at_risk');
    expect(atRisk.by_revenue.map((p) => [p.product, p.revenue, p.revenue_share])).toEqual([
      ['coffee', 20, 20 / 35],
      ['mug', 15, 15 / 35],
    ]);
    expect(atRisk.by_customers.map((p) => [p.product, p.customers, p.share])).toEqual([
      ['mug', 2, 1],
      ['coffee', 1, 1 / 2],
    ]);
    expect(atRisk.over.map((p) => [p.product, p.mix, p.overall_mix, p.lift])).toEqual([
      ['mug', 2 / 3, 3 / 11, 2 / 3 / (3 / 11)],
    ]);
    // Under: buyers expected from everyone's mix, 3 picks x 4/11 = 12/11 >= 1 for tea and
    // coffee; the smallest lift first.
    expect(atRisk.under.map((p) => [p.product, p.customers, p.lift])).toEqual([
      ['tea', 0, 0],
      ['coffee', 1, 1 / 3 / (4 / 11)],
    ]);
  });

  it('does not call everything over-represented for a customer who buys everything', () => {
    // ben (loyal) bought all three: his picks are 1/3 each. mug (1/3 vs 3/11) is over;
    // coffee and tea (1/3 vs 4/11 = 11/12) are under, with 3 x 4/11 = 12/11 buyers expected.
    const loyal = group('loyal');
    expect(loyal.over.map((p) => [p.product, p.lift])).toEqual([['mug', 1 / 3 / (3 / 11)]]);
    expect(names(loyal.under)).toEqual(['coffee', 'tea']);
  });

  it('compares the lapsed customers with everyone, most over-represented first', () => {
    // cat and dan: tea (cat), mug (dan), coffee none. Picks 2: mug 1/2 vs 3/11, lift 11/6;
    // tea 1/2 vs 4/11, lift 11/8. coffee is not under: only 2 x 4/11 = 8/11 < 1 buyer is
    // expected. Revenue: mug 10, tea 8 (cat's unnamed 4 belongs to no product).
    const lapsed = group('lapsed');
    expect(lapsed.by_revenue.map((p) => [p.product, p.revenue])).toEqual([
      ['mug', 10],
      ['tea', 8],
    ]);
    expect(names(lapsed.by_customers)).toEqual(['mug', 'tea']);
    expect(lapsed.over.map((p) => [p.product, p.lift])).toEqual([
      ['mug', 1 / 2 / (3 / 11)],
      ['tea', 1 / 2 / (4 / 11)],
    ]);
    expect(lapsed.under).toEqual([]);
  });

  it('has no products for a group whose customers never named one', () => {
    const sleepy = group('about_to_sleep');
    expect([sleepy.by_revenue, sleepy.by_customers, sleepy.over, sleepy.under]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  it('leaves out over- and under-represented products with too few customers behind them', async () => {
    // At least 2: at_risk's mug (2 buyers) stays over; under needs 2 expected buyers, and
    // tea and coffee expect 12/11 each, so none. The lapsed mug has 1 buyer: not over.
    const strict = await runProducts(t.db, { asOf, minCustomers: 2 });
    const atRisk = strict.groups.find((g) => g.key === 'at_risk') as ProductGroup;
    expect(names(atRisk.over)).toEqual(['mug']);
    expect(atRisk.under).toEqual([]);
    const lapsed = strict.groups.find((g) => g.key === 'lapsed') as ProductGroup;
    expect(lapsed.over).toEqual([]);
    // Still listed among the top products, flagged as small.
    expect(lapsed.by_customers.map((p) => [p.product, p.small])).toEqual([
      ['mug', true],
      ['tea', true],
    ]);
  });

  it('keeps only the top products of each list', async () => {
    const top1 = await runProducts(t.db, { asOf, minCustomers: 1, top: 1 });
    const all = top1.groups[0];
    expect([names(all.by_revenue), names(all.by_customers)]).toEqual([['coffee'], ['coffee']]);
  });

  it('leaves revenue out when the amount is an order total, not a line amount', async () => {
    const totals = await runProducts(t.db, { asOf, minCustomers: 1, lineAmounts: false });
    expect(totals.revenue_known).toBe(false);
    expect(totals.groups[0].by_revenue).toEqual([]);
    expect(totals.groups[0].by_customers.map((p) => [p.product, p.revenue])).toEqual([
      ['coffee', null],
      ['tea', null],
      ['mug', null],
    ]);
  });

  it('gives the country mix of each group against everyone, by latest country', () => {
    // ben's latest line says GR (his first said CY). All: GR ann ben ida 3, RO cat dan 2,
    // DE gus 1, HU eve 1 (ties by name), fay none 1; of 8.
    expect(group('all').countries.map((c) => [c.kind, c.country, c.customers, c.share])).toEqual([
      ['country', 'GR', 3, 3 / 8],
      ['country', 'RO', 2, 2 / 8],
      ['country', 'DE', 1, 1 / 8],
      ['country', 'HU', 1, 1 / 8],
      ['unknown', null, 1, 1 / 8],
    ]);
    expect(group('lapsed').countries).toEqual([
      { kind: 'country', country: 'RO', customers: 2, share: 1, overall_share: 2 / 8 },
    ]);
    expect(group('hibernating').countries.map((c) => [c.kind, c.country, c.share])).toEqual([
      ['country', 'RO', 1 / 2],
      ['unknown', null, 1 / 2],
    ]);
  });

  // Gateway, back within 30 days; old enough = first purchase on or before 2024-06-01, with a
  // named product that day: ann (coffee, mug; back after 10 days), ben (coffee, mug from two
  // orders that day; back after 107), cat (tea; never), dan (mug; back after 31 > 30),
  // fay (tea; the return is no purchase). Not eve, gus (too recent), ida (no product named).
  // Average 1/5. coffee: ann ben 1/2; mug: ann ben dan 1/3; tea: 0/2.
  it('finds the first-purchase products that bring customers back more often than average', () => {
    expect(result.gateway).toEqual({
      days: 30,
      eligible: 5,
      returned: 1,
      share: 1 / 5,
      products: [
        { product: 'coffee', eligible: 2, returned: 1, share: 1 / 2, lift: 1 / 2 / (1 / 5) },
        { product: 'mug', eligible: 3, returned: 1, share: 1 / 3, lift: 1 / 3 / (1 / 5) },
      ],
      hidden: 0,
    });
  });

  it('hides gateway products with fewer customers than the minimum, and says how many', async () => {
    const gateway = await runGateway(t.db, { asOf, gatewayDays: 30, minCustomers: 3 });
    expect(gateway.products.map((p) => p.product)).toEqual(['mug']);
    expect(gateway.hidden).toBe(1);
  });

  it('counts dan as back within 60 days (31 days)', async () => {
    // Average 2/5 (ann, dan). coffee 1/2 and mug 2/3 are above it; tea 0/2 is not.
    const gateway = await runGateway(t.db, { asOf, gatewayDays: 60, minCustomers: 1 });
    expect([gateway.eligible, gateway.returned]).toEqual([5, 2]);
    expect(gateway.products.map((p) => [p.product, p.share])).toEqual([
      ['mug', 2 / 3],
      ['coffee', 1 / 2],
    ]);
  });
});

describe('country mix', () => {
  it('puts the countries beyond the top ones together as other', () => {
    const overall = new Map<string | null, number>([
      ['GR', 5],
      ['RO', 3],
      ['HU', 1],
      ['DE', 1],
    ]);
    const rows = [
      { grp: 'x', country: 'GR', customers: 2 },
      { grp: 'x', country: 'RO', customers: 1 },
      { grp: 'x', country: 'HU', customers: 1 },
    ];
    // Top 1: GR 2/4; other RO + HU 2/4 (overall (3 + 1)/10).
    expect(countryMix(rows, overall, 10, 1)).toEqual([
      { kind: 'country', country: 'GR', customers: 2, share: 0.5, overall_share: 0.5 },
      { kind: 'other', country: null, customers: 2, share: 0.5, overall_share: 0.4 },
    ]);
  });

  it('shows no mix when nobody has a country', () => {
    expect(countryMix([{ grp: 'all', country: null, customers: 3 }], new Map(), 3)).toEqual([]);
  });
});

describe('gateway products', () => {
  it('has no average and no products when nobody is old enough', () => {
    expect(
      buildGateway([{ product: null, eligible: 0, returned: 0 }], 90, { top: 5, minCustomers: 1 }),
    ).toEqual({
      days: 90,
      eligible: 0,
      returned: 0,
      share: null,
      products: [],
      hidden: 0,
    });
  });
});

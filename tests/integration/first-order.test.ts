// Customers split by the country of their first order, on real exports, against a query
// written here from the canonical `orders` and `lines` alone (no customer_summary, no cohort
// code): first purchase day, next purchase day, countries of the first day's purchase lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAsOf } from '../../src/lib/analyses/asof';
import { runFirstOrder } from '../../src/lib/analyses/first-order/run';
import type { FirstOrderResult } from '../../src/lib/analyses/first-order/types';
import { rowsOf } from '../../src/lib/sql/executor';
import { literal } from '../../src/lib/sql/quote';
import { ingestPath } from '../../src/cli/input';
import { openNodeDatabase, type NodeDatabase } from '../../src/cli/node-db';
import { applyPlan, inspectAndPlan } from '../../src/lib/import/prepare';
import { rawViewSql } from '../../src/lib/import/whole-read';
import { sharedData } from '../helpers/db';

interface Expected {
  country: string;
  customers: number;
  eligible30: number;
  returned30: number;
  eligible60: number;
  returned60: number;
  reached1: number;
  active1: number;
  eligible3m: number;
  revenue3m: number | null;
  active: number;
}

/** Per country of the first purchase day: the figures, computed the plain way. */
function independentSql(asOf: string): string {
  const d = `DATE ${literal(asOf)}`;
  return `WITH p AS (SELECT * FROM orders WHERE total > 0 AND "date" <= ${d}),
f AS (
  SELECT customer, min("date") AS first, max("date") AS last,
    min(year("date") * 12 + month("date")) AS cohort FROM p GROUP BY customer
),
nx AS (
  SELECT f.*, (SELECT min(q."date") FROM p q WHERE q.customer = f.customer AND q."date" > f.first)
    AS second,
    EXISTS (SELECT 1 FROM p q WHERE q.customer = f.customer
      AND year(q."date") * 12 + month(q."date") = f.cohort + 1) AS back1,
    (SELECT sum(o.total) FROM orders o WHERE o.customer = f.customer AND o."date" >= f.first
      AND o."date" <= f.first + INTERVAL 3 MONTH) AS revenue3m
  FROM f
),
latest AS (SELECT max(year("date") * 12 + month("date")) AS m FROM p),
fc AS (
  SELECT DISTINCT l.customer, l.country
  FROM lines l JOIN p ON p.customer = l.customer
    AND p.order_id = coalesce(l.order_id, '#' || l."row"::VARCHAR)
  JOIN f ON f.customer = p.customer AND p."date" = f.first
  WHERE l.problem IS NULL AND l.country IS NOT NULL
)
SELECT fc.country, count(*)::INTEGER AS customers,
  count(*) FILTER (WHERE first + 30 <= ${d})::INTEGER AS eligible30,
  count(*) FILTER (WHERE first + 30 <= ${d} AND second <= first + 30)::INTEGER AS returned30,
  count(*) FILTER (WHERE first + 60 <= ${d})::INTEGER AS eligible60,
  count(*) FILTER (WHERE first + 60 <= ${d} AND second <= first + 60)::INTEGER AS returned60,
  count(*) FILTER (WHERE cohort + 1 <= (SELECT m FROM latest))::INTEGER AS reached1,
  count(*) FILTER (WHERE back1)::INTEGER AS active1,
  count(*) FILTER (WHERE first + INTERVAL 3 MONTH <= ${d})::INTEGER AS eligible3m,
  sum(revenue3m) FILTER (WHERE first + INTERVAL 3 MONTH <= ${d})::DOUBLE AS revenue3m,
  count(*) FILTER (WHERE last > ${d} - INTERVAL 6 MONTH)::INTEGER AS active
FROM fc JOIN nx USING (customer) GROUP BY fc.country ORDER BY customers DESC, fc.country`;
}

const FILES = [
  // A random 5,000-line sample of UCI Online Retail (the dates it reads: 2010-12 .. 2011-02).
  'online-retail/online_retail_sample5000_rhozon.csv.gz',
  // The first 28,000 lines of UCI Online Retail: two weeks, cancellations, blank customers.
  'online-retail/Online Retail.csv.gz',
  // A Shopify export over 2019-2022, the country on each order's first line only.
  'exports/shopify/orders_export_1.csv',
];

describe.each(FILES)('first orders by country on %s', (file) => {
  let db: NodeDatabase;
  let asOf: string;
  let result: FirstOrderResult;
  let expected: Expected[];
  beforeAll(async () => {
    db = await openNodeDatabase();
    await ingestPath(db, sharedData(file));
    const { plan, info } = await inspectAndPlan(db);
    const source = await applyPlan(
      db,
      plan,
      info.columns.map((c) => c.name),
    );
    await db.exec(rawViewSql(source));
    asOf = (await defaultAsOf(db)) as string;
    // Every country its own group, so each can be compared with the query above.
    result = await runFirstOrder(db, { asOf, by: { kind: 'country' }, top: 1000 });
    expected = rowsOf<Expected>(await db.query(independentSql(asOf)));
  }, 120_000);
  afterAll(() => db.close());

  it('has the same countries with the same customers', () => {
    const values = result.groups.filter((g) => g.kind === 'value');
    expect(values.map((g) => [g.value, g.customers])).toEqual(
      expected.map((e) => [e.country, e.customers]),
    );
    expect(values.length).toBeGreaterThan(3);
    // Something to compare beyond the sizes (the two-week file has only "still active").
    const counted = expected.reduce(
      (n, e) => n + e.eligible30 + e.active1 + e.eligible3m + e.active,
      0,
    );
    expect(counted).toBeGreaterThan(0);
  });

  it('has the same second-purchase counts within 30 and 60 days', () => {
    for (const e of expected) {
      const g = result.groups.find((x) => x.value === e.country)!;
      const at = (days: number) => g.within.find((w) => w.days === days)!;
      expect([
        e.country,
        at(30).eligible,
        at(30).returned,
        at(60).eligible,
        at(60).returned,
      ]).toEqual([e.country, e.eligible30, e.returned30, e.eligible60, e.returned60]);
    }
  });

  it('has the same share buying again in the month after the first', () => {
    for (const e of expected) {
      const g = result.groups.find((x) => x.value === e.country)!;
      const first = g.retention.find((p) => p.month === 1);
      if (e.reached1 === 0) expect(first).toBeUndefined();
      else
        expect([e.country, first?.customers, first?.share]).toEqual([
          e.country,
          e.reached1,
          e.active1 / e.reached1,
        ]);
    }
  });

  it('has the same revenue after three months and the same customers still active', () => {
    for (const e of expected) {
      const g = result.groups.find((x) => x.value === e.country)!;
      const r = g.revenue.find((x) => x.months === 3)!;
      expect([e.country, r.eligible, g.active]).toEqual([e.country, e.eligible3m, e.active]);
      expect(r.revenue).toBeCloseTo(e.revenue3m ?? 0, 6);
    }
  });

  it('reads the Country column by name into the same groups as the country role', async () => {
    const column = await runFirstOrder(db, {
      asOf,
      by: { kind: 'column', column: await mappedCountry(db) },
      top: 1000,
    });
    expect(column.groups.map((g) => [g.kind, g.value, g.customers])).toEqual(
      result.groups.map((g) => [g.kind, g.value, g.customers]),
    );
  });
});

/** The file's name of the country column (Country, Billing Country). */
async function mappedCountry(db: NodeDatabase): Promise<string> {
  const names = rowsOf<{ name: string }>(
    await db.query(`SELECT column_name AS name FROM duckdb_columns() WHERE table_name = 'raw'`),
  ).map((r) => r.name);
  return names.find((n) => /^(Billing )?Country$/.test(n))!;
}

describe('the discount code and the sales channel of real exports', () => {
  it.each([
    ['exports/shopify/orders_export_1.csv', { discount: 'Discount Code', channel: 'Source' }],
    ['exports/etsy/EtsySoldOrders2019.csv', { discount: 'Coupon Code' }],
  ])('are recognised in %s', async (file, roles) => {
    const db = await openNodeDatabase();
    try {
      await ingestPath(db, sharedData(file));
      const { plan } = await inspectAndPlan(db);
      expect(plan.mapping).toMatchObject(roles);
    } finally {
      db.close();
    }
  });
});

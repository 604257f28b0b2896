import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase, type NodeDatabase } from '../../../src/cli/node-db';
import { ingestPath } from '../../../src/cli/input';
import { byText, defaultBy, parseBy } from '../../../src/lib/analyses/first-order/attribute';
import {
  runFirstOrder,
  runFirstOrderCustomers,
  runFirstOrderValues,
} from '../../../src/lib/analyses/first-order/run';
import {
  createPredictionsSql,
  insertPredictionsSql,
  type PredictionRow,
} from '../../../src/lib/analyses/predict/sql';
import { standoutSentence } from '../../../src/lib/analyses/first-order/standout';
import type { FirstOrderResult } from '../../../src/lib/analyses/first-order/types';
import { runRepeat } from '../../../src/lib/analyses/repeat/run';
import { applyPlan, inspectAndPlan } from '../../../src/lib/import/prepare';
import { rawViewSql } from '../../../src/lib/import/whole-read';
import { en } from '../../../src/lib/i18n/en';
import { fixture } from '../../helpers/db';

// first-orders.csv, as-of 2024-07-01. "First order" = the purchases of the first purchase day.
//   customer first  first-day products  country  source  back after  days old  last
//   ana      01-10  Mug, Tea            DE       web     36 (02-15)  173       04-20
//   bo       01-20  Mug                 DE       shop    never (03-05 is a return of 10)  163  01-20
//   cy       02-01  Tea                 FR       web     19 (02-20)  151       06-10
//   di       02-10  Cake                FR       shop    never       142       02-10
//   ed       03-01  Cake, Mug           FR       app     90 (05-30)  122       05-30
//                   (the source is on the order's first line only, as Shopify writes it)
//   fi       05-15  (none)              (none)   (none)  17 (06-01)   47       06-01
//   gu       06-20  Jam                 DE       web     never        11       06-20
// Products by customers: Mug 3 (ana bo ed), Cake 2 and Tea 2 (Cake first by name), Jam 1.
// Top 2: 1 Mug (ana bo ed), 2 Cake (di ed); 3 other: cy (Tea), gu (Jam); 4 none: fi.
// ed is in Mug and Cake: 1 customer in two groups.
// Back within 30: eligible (>= 30 days old) all but gu = 6, back cy fi = 2.
//   60 and 90: eligible ana bo cy di ed = 5; back within 60 ana cy = 2, within 90 + ed = 3.
//   Mug: 30 3/0, 60 3/1 (ana), 90 3/2 (ana ed); Cake: 30 2/0, 60 2/0, 90 2/1 (ed).
// Monthly cohorts (latest month with a purchase: June): Jan ana bo, Feb cy di, Mar ed, May fi,
// Jun gu. Purchase months: ana Jan Feb Apr, bo Jan, cy Feb Jun, di Feb, ed Mar May, fi May Jun.
//   all: k1 (Jan Feb Mar May, 6 customers) ana fi = 2/6; k2 (Jan Feb Mar, 5) ed = 1/5;
//        k3 (5) ana = 1/5; k4 (Jan Feb, 4) cy = 1/4; k5 (Jan, 2) nobody = 0.
//   Mug (Jan ana bo, Mar ed): k1 ana 1/3; k2 ed 1/3; k3 ana 1/3 (ed's March cohort reaches
//        June, the data's latest month, though nobody in the group bought in June); k4 0/2.
// Net revenue within 3 months (first purchase on or before 04-01): ana 20+10+15 = 45 (not the
// 04-20 order), bo 30-10 = 20, cy 25+25 = 50, di 40, ed 10+5+10 = 25: 180 / 5 = 36.
//   Mug: ana bo ed = 90 / 3 = 30. Nobody is 6 or 12 months old.
const asOf = '2024-07-01';

describe('customers split by their first order (first-orders.csv)', () => {
  let db: NodeDatabase;
  beforeAll(async () => {
    db = await openNodeDatabase();
    await ingestPath(db, fixture('first-orders.csv'));
    const { plan, info } = await inspectAndPlan(db);
    const source = await applyPlan(
      db,
      plan,
      info.columns.map((c) => c.name),
    );
    await db.exec(rawViewSql(source));
  });
  afterAll(() => db.close());

  const byProduct = (extra = {}) =>
    runFirstOrder(db, { asOf, by: { kind: 'product' }, top: 2, minCustomers: 2, ...extra });
  const group = (r: FirstOrderResult, index: number) => r.groups.find((g) => g.index === index)!;

  it('puts a customer in every group of their first day, the rest in other and none', async () => {
    const r = await byProduct();
    expect(r.groups.map((g) => [g.index, g.kind, g.value, g.customers])).toEqual([
      [0, 'all', null, 7],
      [1, 'value', 'Mug', 3],
      [2, 'value', 'Cake', 2],
      [3, 'other', null, 2],
      [4, 'none', null, 1],
    ]);
    expect(r.overlap).toBe(1);
  });

  it('lists a group’s customers, most valuable first', async () => {
    await byProduct();
    const mug = await runFirstOrderCustomers(db, {
      by: { kind: 'product' },
      group: 1,
      limit: 10,
      top: 2,
    });
    // Lifetime net revenue: ana 65, ed 25, bo 20.
    expect(mug.map((c) => [c.customer, c.revenue])).toEqual([
      ['ana', 65],
      ['ed', 25],
      ['bo', 20],
    ]);
  });

  it('counts second purchases per group exactly as the second-purchase cell does', async () => {
    const r = await byProduct();
    const rates = (i: number) => group(r, i).within.map((w) => [w.days, w.eligible, w.returned]);
    expect(rates(1)).toEqual([
      [30, 3, 0],
      [60, 3, 1],
      [90, 3, 2],
      [180, 0, 0],
    ]);
    expect(rates(2)).toEqual([
      [30, 2, 0],
      [60, 2, 0],
      [90, 2, 1],
      [180, 0, 0],
    ]);
    expect(group(r, 0).within).toEqual((await runRepeat(db, { asOf })).within);
  });

  it('draws retention as the customer-weighted mean of the group’s monthly cohorts', async () => {
    const r = await byProduct();
    const curve = (i: number) => group(r, i).retention.map((p) => [p.month, p.share, p.customers]);
    expect(curve(0)).toEqual([
      [1, 2 / 6, 6],
      [2, 1 / 5, 5],
      [3, 1 / 5, 5],
      [4, 1 / 4, 4],
      [5, 0, 2],
    ]);
    expect(curve(1)).toEqual([
      [1, 1 / 3, 3],
      [2, 1 / 3, 3],
      [3, 1 / 3, 3],
      [4, 0, 2],
      [5, 0, 2],
    ]);
    expect(r.latest).toBe('2024-06');
    expect(r.latest_incomplete).toBe(false);
    expect(group(r, 0).retention.every((p) => p.incomplete_customers === 0)).toBe(true);
  });

  it('marks the months that are not over when June is still running', async () => {
    // As of 06-21 (the day after the last purchase) June is the latest month, unfinished. The
    // squares in June: k1 May's fi (1 of 6), k2 none (no April cohort), k3 March's ed (1 of 5),
    // k4 February's cy di (2 of 4: half, marked), k5 January's ana bo (2 of 2).
    const r = await byProduct({ asOf: '2024-06-21' });
    expect(r.latest_incomplete).toBe(true);
    const all = group(r, 0).retention;
    expect(all.map((p) => [p.month, p.incomplete_customers, p.incomplete])).toEqual([
      [1, 1, false],
      [2, 0, false],
      [3, 1, false],
      [4, 2, true],
      [5, 2, true],
    ]);
  });

  it('adds up net revenue per customer only over customers old enough for the window', async () => {
    const r = await byProduct();
    expect(group(r, 0).revenue).toEqual([
      { months: 3, eligible: 5, revenue: 180, per_customer: 36 },
      { months: 6, eligible: 0, revenue: 0, per_customer: null },
      { months: 12, eligible: 0, revenue: 0, per_customer: null },
    ]);
    expect(group(r, 1).revenue[0]).toEqual({
      months: 3,
      eligible: 3,
      revenue: 90,
      per_customer: 30,
    });
    // As of 08-01, six months: first purchase on or before 02-01: ana 20+10+15+20 = 65,
    // bo 20, cy 75 (its 06-10 order is within 08-01).
    const later = await byProduct({ asOf: '2024-08-01' });
    expect(group(later, 0).revenue[1]).toEqual({
      months: 6,
      eligible: 3,
      revenue: 160,
      per_customer: 160 / 3,
    });
  });

  it('counts as still active the customers with a purchase in the inactivity window', async () => {
    // Three months back from 07-01: after 04-01. ana (04-20), cy, ed, fi, gu; not bo, di.
    const r = await byProduct({ windowMonths: 3 });
    expect([group(r, 0).active, group(r, 0).active_share]).toEqual([5, 5 / 7]);
    expect([group(r, 1).active, group(r, 1).active_share]).toEqual([2, 2 / 3]);
  });

  it('flags groups with fewer customers than the minimum', async () => {
    const r = await byProduct({ minCustomers: 3 });
    expect(r.groups.map((g) => g.small)).toEqual([false, false, true, true, true]);
  });

  it('names the group that comes back most differently from the rest', async () => {
    // 90 days: Mug 2/3 against the rest (bo..: 5 - 3 eligible, 3 - 2 back) 1/2; Cake 1/2
    // against 2/3. Both 1/6 apart; Mug has more customers. Other has 1 eligible, none is small.
    const r = await byProduct();
    expect(r.standout).toEqual({
      group: 1,
      direction: 'more',
      days: 90,
      share: 2 / 3,
      rest: 1 / 2,
      ratio: 4 / 3,
    });
    const f = {
      t: (key: string, params: Record<string, string | number> = {}) =>
        String(en[key as keyof typeof en]).replace(/\{(\w+)\}/g, (_, n: string) =>
          String(params[n]),
        ),
      share: (s: number) => `${Math.round(s * 100)}%`,
    };
    expect(standoutSentence(r, f)).toBe(
      'Customers whose first order included Mug came back more often than the rest within 90 days: 67% against 50%.',
    );
    // With groups of at least 30 customers required, nothing here can be compared.
    const few = await byProduct({ minCustomers: 30 });
    expect(few.standout).toBeNull();
    expect(standoutSentence(few, f)).toBe(
      'Too few customers in each group to compare them yet (at least 30 are needed).',
    );
    // As of 01-25 the first purchases are 15 (ana) and 5 (bo) days old: too early for any.
    expect(standoutSentence(await byProduct({ asOf: '2024-01-25' }), f)).toBe(
      'No first purchase is 30 days old yet: too early to see who comes back.',
    );
  });

  it('splits by country', async () => {
    const r = await runFirstOrder(db, { asOf, by: { kind: 'country' } });
    expect(r.groups.map((g) => [g.index, g.kind, g.value, g.customers])).toEqual([
      [0, 'all', null, 7],
      [1, 'value', 'DE', 3],
      [2, 'value', 'FR', 3],
      [10, 'none', null, 1],
    ]);
  });

  it('splits by any column of the file, its name quoted, values from the order’s first line', async () => {
    const by = parseBy('Source; "utm"');
    expect(byText(by)).toBe('column:Source; "utm"');
    const r = await runFirstOrder(db, { asOf, by });
    expect(r.groups.map((g) => [g.kind, g.value, g.customers])).toEqual([
      ['all', null, 7],
      ['value', 'web', 3],
      ['value', 'shop', 2],
      ['value', 'app', 1],
      // fi's first day had no source (their second order's "web" does not count).
      ['none', null, 1],
    ]);
  });

  it('splits a new cell by the product, else the country, else a discount code or channel', () => {
    expect(defaultBy({ product: 'Item', country: 'Country' })).toEqual({ kind: 'product' });
    expect(defaultBy({ country: 'Country', discount: 'Coupon' })).toEqual({ kind: 'country' });
    expect(defaultBy({ discount: 'Coupon', channel: 'Source' })).toEqual({
      kind: 'column',
      column: 'Coupon',
    });
    expect(defaultBy({ customer: 'Email' })).toBeNull();
  });

  it('says which columns there are when the one asked for does not exist', async () => {
    await expect(
      runFirstOrder(db, { asOf, by: { kind: 'column', column: 'Channel' } }),
    ).rejects.toThrow(/no column named "Channel" to split by \(columns: "Invoice", "Customer"/);
  });

  // Forecasts put in by hand (the predict step writes the same table). clv, the 12-month value:
  //   ana 100, bo 40, cy none (spend not modelled for them), di none, ed 10, fi 90; gu no row.
  //   all: ana bo ed fi = 240 / 4 = 60; Mug (ana bo ed) = 150 / 3 = 50; Cake (di ed): ed = 10;
  //   other (cy gu): nobody, null; none (fi): 90.
  it('gives each group the mean 12-month value of its customers with a forecast', async () => {
    const clv: Record<string, number | null> = { ana: 100, bo: 40, cy: null, di: null, ed: 10 };
    const rows: PredictionRow[] = Object.entries({ ...clv, fi: 90 }).map(([customer, v]) => ({
      customer,
      p_alive: 0.5,
      expected_30: 0,
      expected_90: 0,
      expected_365: 1,
      expected_value: v,
      clv: v,
      lost_value: v,
    }));
    const r = await byProduct();
    const groups = r.groups.map((g) => g.index);
    await db.exec(createPredictionsSql);
    for (const sql of insertPredictionsSql(rows)) await db.exec(sql);
    const values = await runFirstOrderValues(db, { by: { kind: 'product' }, top: 2, groups });
    expect(values).toEqual([
      { group: 0, customers: 4, value: 60 },
      { group: 1, customers: 3, value: 50 },
      { group: 2, customers: 1, value: 10 },
      { group: 3, customers: 0, value: null },
      { group: 4, customers: 1, value: 90 },
    ]);
    // A fit that failed leaves the table empty: no group has a value.
    await db.exec(createPredictionsSql);
    const none = await runFirstOrderValues(db, { by: { kind: 'product' }, top: 2, groups });
    expect(none.every((v) => v.customers === 0 && v.value === null)).toBe(true);
  });
});

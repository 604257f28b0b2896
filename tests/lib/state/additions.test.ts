// The notebook state's second-purchase and product results (the additions setAsOf starts
// without waiting for them), on the hand-worked regulars-buy.csv.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../../src/lib/sql/executor';
import { Analyses } from '../../../src/lib/state/analyses.svelte';
import { fixture, load, type Loaded } from '../../helpers/db';

describe('second purchase and products in the notebook state', () => {
  let t: Loaded;
  beforeAll(async () => {
    t = await load(fixture('regulars-buy.csv'));
  });
  afterAll(() => t.db.close());

  it('fills the month rates, the open windows and the products once the others are there', async () => {
    // What the products cell says while its queries run.
    const busyDuringProducts: boolean[] = [];
    const db: Executor = {
      query: (sql) => {
        if (sql.includes('cp AS (')) busyDuringProducts.push(a.additions.productsBusy);
        return t.db.query(sql);
      },
      exec: (sql) => t.db.exec(sql),
    };
    const a: Analyses = new Analyses(() => db);
    await a.load('2024-07-01', t.plan);
    await a.additions.done;
    // See tests/lib/analyses/repeat.test.ts and products.test.ts for the arithmetic.
    expect(a.additions.inWindow?.list.map((c) => c.customer)).toEqual(['eve', 'gus']);
    expect(a.additions.repeatByCohort.map((r) => r.cohort)[0]).toBe('2023-06');
    expect(a.additions.products?.groups.map((g) => g.key)[0]).toBe('all');
    expect(a.additions.products?.gateway.days).toBe(90);
    await a.additions.setGatewayDays(30);
    expect(a.additions.products?.gateway).toMatchObject({ days: 30, eligible: 5, returned: 1 });
    // The lapsed group follows the inactivity window: 1 month -> last purchase on or before
    // 2024-06-01: everyone but eve and gus. The cell says it is busy meanwhile.
    busyDuringProducts.length = 0;
    await a.setWindow(1);
    expect(busyDuringProducts.length).toBeGreaterThan(0);
    expect(busyDuringProducts.every(Boolean)).toBe(true);
    expect(a.additions.productsBusy).toBe(false);
    expect(a.additions.products?.groups.find((g) => g.key === 'lapsed')?.customers).toBe(6);
    expect(await a.additions.fullInWindow()).toHaveLength(2);
  });

  it('has no products when the mapping names no product column', async () => {
    const a = new Analyses(() => t.db);
    const mapping = { ...t.plan.mapping };
    delete mapping.product;
    await a.load('2024-07-01', { ...t.plan, mapping });
    await a.additions.done;
    expect(a.additions.products).toBeNull();
    expect(a.additions.inWindow?.customers).toBe(2);
  });
});

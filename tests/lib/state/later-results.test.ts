// The results the page does not wait for (second purchase by month, the open windows, what
// regulars buy), on the hand-worked regulars-buy.csv.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../../src/lib/sql/executor';
import { Analyses } from '../../../src/lib/state/analyses.svelte';
import { change } from '../../helpers/analyses';
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
        if (sql.includes('cp AS (')) busyDuringProducts.push(a.of.products.busy);
        return t.db.query(sql);
      },
      exec: (sql) => t.db.exec(sql),
    };
    const a: Analyses = new Analyses(() => db);
    await a.load('2024-07-01', t.plan);
    await a.later;
    // See tests/lib/analyses/repeat.test.ts and products.test.ts for the arithmetic.
    expect(a.of.repeat.inWindow?.list.map((c) => c.customer)).toEqual(['eve', 'gus']);
    expect(a.of.repeat.byCohort.map((r) => r.cohort)[0]).toBe('2023-06');
    expect(a.of.products.result?.groups.map((g) => g.key)[0]).toBe('all');
    expect(a.of.products.result?.gateway.days).toBe(90);
    // The forecasts were fitted (or said why not) for the date shown.
    expect(a.of.predict.error).toBeNull();
    expect(a.of.predict.result?.as_of).toBe('2024-07-01');
    await a.of.products.setGatewayDays(30);
    expect(a.of.products.result?.gateway).toMatchObject({ days: 30, eligible: 5, returned: 1 });
    // The lapsed group follows the inactivity window: 1 month -> last purchase on or before
    // 2024-06-01: everyone but eve and gus. The cell says it is busy meanwhile.
    busyDuringProducts.length = 0;
    await change(a, { windowMonths: 1 });
    expect(busyDuringProducts.length).toBeGreaterThan(0);
    expect(busyDuringProducts.every(Boolean)).toBe(true);
    expect(a.of.products.busy).toBe(false);
    expect(a.of.products.result?.groups.find((g) => g.key === 'lapsed')?.customers).toBe(6);
    expect(await a.of.repeat.fullInWindow()).toHaveLength(2);
  });

  it('has no products when the mapping names no product column', async () => {
    const a = new Analyses(() => t.db);
    const mapping = { ...t.plan.mapping };
    delete mapping.product;
    await a.load('2024-07-01', { ...t.plan, mapping });
    await a.later;
    expect(a.of.products.result).toBeNull();
    expect(a.of.repeat.inWindow?.customers).toBe(2);
  });
});

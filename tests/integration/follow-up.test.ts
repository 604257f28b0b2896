// A follow-up on real exports, and a simulated one with a known effect on the sample shop: the
// interval must hold the effect that was put in.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAsOf } from '../../src/lib/analyses/asof';
import { drawKeptAside } from '../../src/lib/analyses/follow-up/draw';
import { runFollowUp } from '../../src/lib/analyses/follow-up/measure';
import type { FollowUp } from '../../src/lib/analyses/follow-up/record';
import { mulberry32 } from '../../src/lib/sample/random';
import { rowsOf } from '../../src/lib/sql/executor';
import { literal, sqlDate } from '../../src/lib/sql/quote';
import { load, sharedData, type Loaded } from '../helpers/db';

const shop = fileURLToPath(new URL('../../static/sample/shop.csv', import.meta.url));

/** Customers whose last purchase up to `start` is at least 90 days before it (a lapsed list). */
async function lapsedAt(t: Loaded, start: string): Promise<string[]> {
  const rows = rowsOf<{ customer: string }>(
    await t.db.query(`SELECT customer FROM purchases WHERE "date" <= ${literal(sqlDate(start))}
GROUP BY customer HAVING max("date") < ${literal(sqlDate(start))} - INTERVAL 90 DAY`),
  );
  return rows.map((r) => r.customer);
}

function followUpOf(list: string[], start: string, share: number, seed: number): FollowUp {
  return {
    name: 'test',
    created: start,
    start,
    source: { list: 'lapsed', params: { days: 90 } },
    seed,
    share,
    ...drawKeptAside(list, share, seed),
  };
}

describe('a simulated follow-up with a known effect on the sample shop', () => {
  const start = '2024-06-30';
  let t: Loaded;
  let asOf: string;
  let followUp: FollowUp;
  beforeAll(async () => {
    t = await load(shop);
    asOf = (await defaultAsOf(t.db)) as string;
    followUp = followUpOf(await lapsedAt(t, start), start, 0.5, 2024);
  });
  afterAll(() => t.db.close());

  it('finds no difference before anything is done', async () => {
    const m = await runFollowUp(t.db, followUp, asOf);
    expect(m.contacted.found + m.kept_aside.found).toBeGreaterThan(200);
    expect(m.came_back_difference?.low).toBeLessThan(0);
    expect(m.came_back_difference?.high).toBeGreaterThan(0);
    expect(m.verdict).toBe('unclear');
  });

  it('recovers the effect put in within its 95% intervals', async () => {
    const before = await runFollowUp(t.db, followUp, asOf);
    // The effect: 40% of the contacted customers who would not have come back buy once for 40
    // two weeks after the start. It is known exactly: added / contacted customers.
    const back = new Set(
      rowsOf<{ customer: string }>(
        await t.db.query(`SELECT DISTINCT customer FROM purchases
WHERE "date" > ${literal(sqlDate(start))} AND "date" <= ${literal(sqlDate(asOf))}`),
      ).map((r) => r.customer),
    );
    const next = mulberry32(99);
    const added = followUp.contacted.filter((id) => !back.has(id) && next() < 0.4);
    const values = added
      .map((id, i) => `(${literal(id)}, ${literal(`sim-${i}`)}, DATE '2024-07-14', 40, 1)`)
      .join(', ');
    await t.db.exec(`INSERT INTO orders VALUES ${values}`);
    const after = await runFollowUp(t.db, followUp, asOf);
    const n = after.contacted.found;
    const effect = added.length / n;
    expect(added.length).toBeGreaterThan(20);
    expect(after.came_back_difference?.estimate).toBeCloseTo(
      (before.came_back_difference?.estimate ?? NaN) + effect,
      12,
    );
    expect(after.came_back_difference?.low).toBeLessThan(effect);
    expect(after.came_back_difference?.high).toBeGreaterThan(effect);
    expect(after.revenue_difference?.low).toBeLessThan((40 * added.length) / n);
    expect(after.revenue_difference?.high).toBeGreaterThan((40 * added.length) / n);
    expect(after.verdict).toBe('more');
    expect(after.kept_aside).toEqual(before.kept_aside);
  });
});

describe('a follow-up on Online Retail invoices', () => {
  const start = '2011-06-30';
  let t: Loaded;
  let asOf: string;
  beforeAll(async () => {
    t = await load(sharedData('online-retail/online_retail_invoices_mwoitek.csv.gz'));
    asOf = (await defaultAsOf(t.db)) as string;
  }, 60_000);
  afterAll(() => t.db.close());

  it('finds every customer of the list and counts those who came back once', async () => {
    const list = await lapsedAt(t, start);
    const followUp = followUpOf(list, start, 0.2, 7);
    const m = await runFollowUp(t.db, followUp, asOf);
    expect(m.contacted.customers + m.kept_aside.customers).toBe(list.length);
    expect(m.contacted.missing + m.kept_aside.missing).toBe(0);
    const [{ back }] = rowsOf<{ back: number }>(
      await t.db.query(`SELECT count(DISTINCT customer)::INTEGER AS back FROM purchases
WHERE "date" > ${literal(sqlDate(start))} AND "date" <= ${literal(sqlDate(asOf))}
  AND customer IN (${list.map(literal).join(', ')})`),
    );
    expect(m.contacted.came_back + m.kept_aside.came_back).toBe(back);
    expect(m.kept_aside.customers).toBe(Math.round(0.2 * list.length));
  });

  it('misses the true difference (none: nobody was contacted) in about 5% of draws', async () => {
    // 969 customers, 100 draws: a 95% interval leaves out 0 about 5 times (binomial: 12 or more
    // has a chance under 0.5%). 7 of the first 200 draws do; this also checks the draw is fair.
    const list = await lapsedAt(t, start);
    let misses = 0;
    for (let seed = 0; seed < 100; seed++) {
      const d = (await runFollowUp(t.db, followUpOf(list, start, 0.2, seed), asOf))
        .came_back_difference;
      if (!d || d.low > 0 || d.high < 0) misses++;
    }
    expect(misses).toBeGreaterThan(0);
    expect(misses).toBeLessThan(12);
  }, 60_000);

  it('reports the customers missing from a later file', async () => {
    const followUp = followUpOf([...(await lapsedAt(t, start)), 'gone-1', 'gone-2'], start, 0.2, 7);
    const m = await runFollowUp(t.db, followUp, asOf);
    expect(m.contacted.missing + m.kept_aside.missing).toBe(2);
  });
});

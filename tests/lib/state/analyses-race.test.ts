// Parameter changes that overlap: a slow window change must not bring back the overdue count
// of the factor that was replaced while it ran.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../../src/lib/sql/executor';
import { Analyses } from '../../../src/lib/state/analyses.svelte';
import { fixture, load, type Loaded } from '../../helpers/db';

describe('overlapping parameter changes', () => {
  let t: Loaded;
  beforeAll(async () => {
    t = await load(fixture('regulars-buy.csv'));
  });
  afterAll(() => t.db.close());

  it('keeps the overdue count of the latest factor when an older window change ends last', async () => {
    // Queries wait while a gate is up: the window change started under it finishes last.
    let gate: Promise<void> | null = null;
    const gated: Executor = {
      query: async (sql) => {
        if (gate) await gate;
        return t.db.query(sql);
      },
      exec: async (sql) => {
        if (gate) await gate;
        return t.db.exec(sql);
      },
    };
    const a = new Analyses(() => gated);
    await a.load('2024-07-01', t.plan);
    await a.extras;

    let open = () => {};
    gate = new Promise((resolve) => (open = resolve));
    const window = a.setWindow(1);
    gate = null;
    await a.setOverdueFactor(5);
    const countForFive = a.inactivity?.overdue;
    open();
    await window;

    // The same two settings applied one after the other, with no overlap.
    const calm = new Analyses(() => t.db);
    await calm.load('2024-07-01', t.plan);
    await calm.setWindow(1);
    await calm.setOverdueFactor(5);
    expect(a.inactivity?.overdue).toBe(countForFive);
    expect(a.inactivity).toEqual(calm.inactivity);
  });
});

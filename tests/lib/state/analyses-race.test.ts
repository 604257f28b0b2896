// Parameter changes that overlap: a slow window change must not bring back the overdue count
// of the factor that was replaced while it ran.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../../src/lib/sql/executor';
import { Analyses } from '../../../src/lib/state/analyses.svelte';
import { change } from '../../helpers/analyses';
import { fixture, load, type Loaded } from '../../helpers/db';

describe('overlapping parameter changes', () => {
  let t: Loaded;
  // Queries wait while a gate is up: a change started under it finishes last.
  let gate: Promise<void> | null = null;
  let open = () => {};
  const raise = () => (gate = new Promise((resolve) => (open = resolve)));
  const gated = (): Executor => ({
    query: async (sql) => {
      if (gate) await gate;
      return t.db.query(sql);
    },
    exec: async (sql) => {
      if (gate) await gate;
      return t.db.exec(sql);
    },
  });
  /** The same window and factor applied one after the other, with no overlap. */
  async function calm(windowMonths: number, factor: number) {
    const a = new Analyses(() => t.db);
    await a.load('2024-07-01', t.plan);
    await change(a, { windowMonths });
    await change(a, { overdueFactor: factor });
    return a;
  }

  beforeAll(async () => {
    t = await load(fixture('regulars-buy.csv'));
  });
  afterAll(() => t.db.close());

  it('keeps the overdue count of the latest factor when an older window change ends last', async () => {
    const a = new Analyses(gated);
    await a.load('2024-07-01', t.plan);
    await a.later;

    raise();
    const window = change(a, { windowMonths: 1 });
    gate = null;
    await change(a, { overdueFactor: 5 });
    const countForFive = a.of.inactivity.result?.overdue;
    open();
    await window;

    expect(a.of.inactivity.result?.overdue).toBe(countForFive);
    expect(a.of.inactivity.result).toEqual((await calm(1, 5)).of.inactivity.result);
  });

  it('shows the new factor’s overdue count when the lists are read again while it is counted', async () => {
    const a = new Analyses(gated);
    await a.load('2024-07-01', t.plan);
    await a.later;

    raise();
    const factor = change(a, { overdueFactor: 5 });
    gate = null;
    // What the forecasts arriving do: the lists are read again.
    await a.of.predict.setListOrder('revenue');
    open();
    await factor;

    const expected = await calm(a.windowMonths, 5);
    expect(a.of.inactivity.result).toEqual(expected.of.inactivity.result);
    expect(a.of.inactivity.overdue).toEqual(expected.of.inactivity.overdue);
  });

  it('reads only the lists again when their order changes, and a window change meanwhile wins', async () => {
    const a = new Analyses(gated);
    await a.load('2024-07-01', t.plan);
    await a.later;
    const { result, byMonth } = a.of.inactivity;

    await a.of.predict.setListOrder('lost_value');
    // The counts and the months were not read again: the same objects are shown.
    expect(a.of.inactivity.result).toBe(result);
    expect(a.of.inactivity.byMonth).toBe(byMonth);

    raise();
    const lists = a.of.predict.setListOrder('revenue');
    gate = null;
    await change(a, { windowMonths: 1 });
    open();
    await lists;
    expect(a.of.inactivity.lapsed).toEqual((await calm(1, a.overdueFactor)).of.inactivity.lapsed);
  });
});

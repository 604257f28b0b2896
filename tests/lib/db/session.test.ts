// What the page's session does when the engine fails, with native DuckDB standing in for the
// worker: the previous file comes back with the mapping the user confirmed, the user is told in
// words, and a failure while bringing it back stops there instead of starting over and over.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Session } from '../../../src/lib/state/session.svelte';
import { csv, Engines, firstQuarter, said } from '../../helpers/engines';
import { outOfMemory, trap } from '../../helpers/failures';

describe('a session whose engine fails', () => {
  let engines: Engines;
  let session: Session;
  beforeEach(async () => {
    engines = new Engines();
    session = new Session(engines.create, { restore: false });
    await session.open(csv('import/ambiguous-dates.csv'));
    // Every day is 12 or less; the user says the dates are month/day, not day/month.
    await session.confirm(session.plan?.mapping ?? {}, ['%m/%d/%Y']);
    expect(session.phase).toBe('ready');
    expect(numbers()).toEqual({ first: '2024-01-02', customers: 2 });
    // The page is ready before the work it does not wait for (second purchase by month, the
    // forecasts) has ended: let it end, so that a failure a test sets up next is not met by
    // this work, on an engine the test's own step is still using.
    await session.analyses.later;
    await quiet();
  });
  afterEach(() => engines.close());

  const numbers = () => ({
    first: session.analyses.of.summary.result?.first_purchase,
    customers: session.analyses.of.summary.result?.customers,
  });
  // Generous: two cores shared by many test runs can take seconds to start an engine.
  const settled = (phase: string) =>
    vi.waitFor(
      () =>
        expect([session.phase, phase !== 'ready' || session.queries.ready]).toEqual([phase, true]),
      { timeout: 30_000 },
    );
  /** Nothing under way on any engine: no failure, and so no restart, can come after this. */
  const quiet = () => vi.waitFor(() => expect(engines.busy).toBe(0), { timeout: 30_000 });

  it('brings the previous file back with the mapping the user chose, after a crash', async () => {
    const before = numbers();
    engines.breaks = [{ file: 'vip-shop.csv', error: trap(), times: 1 }];
    await session.open(csv('vip-shop.csv'));
    await settled('ready');
    expect(engines.started).toBe(2);
    expect(session.fileName).toBe('ambiguous-dates.csv');
    expect(numbers()).toEqual(before);
    expect(said(session)).toMatch(/stopped unexpectedly \(memory access out of bounds\)/);
    expect(said(session)).toMatch(/ambiguous-dates\.csv was read again/);
  });

  it('says a file that does not fit is too large, and points to the command line', async () => {
    engines.breaks = [{ file: 'vip-shop.csv', error: outOfMemory(), times: 1 }];
    await session.open(csv('vip-shop.csv'));
    await settled('ready');
    expect(said(session)).toMatch(/^The file is too large for this browser: Out of Memory Error/);
    expect(said(session)).toMatch(/npm run analyze/);
    // Still usable: the next file loads on the new engine.
    await session.open(csv('vip-shop.csv'));
    expect(session.phase).toBe('mapping');
  });

  it('stops at the start screen when bringing the data back fails too, instead of looping', async () => {
    engines.breaks = [
      { file: 'vip-shop.csv', error: trap(), times: 1 },
      { file: 'ambiguous-dates.csv', error: trap(), times: 100 },
    ];
    await session.open(csv('vip-shop.csv'));
    await settled('idle');
    await quiet();
    expect(engines.started).toBe(3);
    expect(session.phase).toBe('idle');
    expect(said(session)).toMatch(/stopped unexpectedly/);
  });

  it('stops when the data it brought back fails again once shown, instead of reading it over and over', async () => {
    // A step on the data shown (the second purchase by month) does not fit; reading the file
    // and the first analyses do.
    const shown = () => session.phase === 'ready';
    engines.failing = [
      { sql: /GROUP BY cohort, w\.days/, error: outOfMemory(), times: 100, when: shown },
    ];
    await session.analyses.setAsOf('2024-01-20');
    // Read again once; the same step fails on the data brought back, and the page stops there.
    await settled('idle');
    await quiet();
    expect(engines.started).toBe(3);
    expect(session.phase).toBe('idle');
    expect(said(session)).toMatch(/^The file is too large for this browser/);
  });

  it('treats an ordinary bad file as an ordinary error: same engine, same data', async () => {
    await session.open(csv('import/empty.csv'));
    expect(engines.started).toBe(1);
    expect(session.phase).toBe('ready');
    // The file confirmed first was kept; the empty one is given up for the data shown.
    expect(engines.settles).toEqual(['new', 'previous']);
    expect(said(session)).toMatch(/Could not read empty\.csv: The file is empty\. A good file is/);
  });

  it('reads the previous file again with its mapping when loading is cancelled', async () => {
    const before = numbers();
    const opening = session.open(csv('vip-shop.csv'));
    await session.cancel();
    await opening;
    await settled('ready');
    expect(session.fileName).toBe('ambiguous-dates.csv');
    expect(numbers()).toEqual(before);
  });
});

describe('a session with notebook parameters', () => {
  let engines: Engines;
  let session: Session;
  beforeEach(() => {
    engines = new Engines();
    session = new Session(engines.create, { restore: false });
  });
  afterEach(() => engines.close());

  it('computes the analyses with the notebook’s parameters, before and after a file loads', async () => {
    const params = { period: 'quarter' as const, windowMonths: 1, overdueFactor: 3, asOf: null };
    await session.analyses.apply(params);
    await firstQuarter(session);
    expect(session.analyses.of.cohorts.result?.period).toBe('quarter');
    expect(session.analyses.of.inactivity.result?.window_months).toBe(1);
    // The customers view follows the as-of date: by 2024-02-15 alice (Jan 5), bob (Jan 20) and
    // carol (Feb 14) had bought; by 2024-02-01 only alice and bob.
    await session.analyses.apply({ ...params, asOf: '2024-02-15' });
    expect(session.analyses.asOf).toBe('2024-02-15');
    const count = 'SELECT count(*)::INTEGER AS n FROM customers';
    const { result } = await session.queries.userQuery(count);
    expect(result.columns.n).toEqual([3]);
    await session.analyses.apply({ ...params, asOf: '2024-02-01' });
    const early = await session.queries.userQuery(count);
    expect(early.result.columns.n).toEqual([2]);
  });
});

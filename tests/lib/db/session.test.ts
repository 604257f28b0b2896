// What the page's session does when the engine fails, with native DuckDB standing in for the
// worker: the previous file comes back with the mapping the user confirmed, the user is told in
// words, and a failure while bringing it back stops there instead of starting over and over.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { say } from '../../../src/lib/i18n/sentence';
import { EngineQueryError } from '../../../src/lib/sql-cells/user-query';
import { CANCEL_GRACE_MS, Session } from '../../../src/lib/state/session.svelte';
import { csv, Engines } from '../../helpers/engines';

/** What the page's alert says. */
const said = (session: Session) => session.error && say(session.error);

const trap = () =>
  Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' });
const outOfMemory = () => new Error('Out of Memory Error: Allocation failure');
// Generous: two cores shared by many test runs can take seconds to start an engine.
// 'ready' is shown from the summary on: settled once the SQL cells' views are there too.
const settled = (session: Session, phase: string) =>
  vi.waitFor(
    () => expect([session.phase, phase !== 'ready' || session.sqlReady]).toEqual([phase, true]),
    { timeout: 30_000 },
  );

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
      () => expect([session.phase, phase !== 'ready' || session.sqlReady]).toEqual([phase, true]),
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

describe('a session with SQL cells and notebook parameters', () => {
  let engines: Engines;
  let session: Session;
  beforeEach(() => {
    engines = new Engines();
    session = new Session(engines.create, { restore: false });
  });
  afterEach(() => engines.close());

  const firstQuarter = async () => {
    await session.open(csv('first-quarter.csv'));
    await session.confirm(session.plan?.mapping ?? {});
    expect(session.phase).toBe('ready');
  };

  it('offers raw, orders, purchases and customers to SQL cells, with their columns', async () => {
    await firstQuarter();
    expect(Object.keys(session.schema).sort()).toEqual(['customers', 'orders', 'purchases', 'raw']);
    expect(session.schema.customers).toEqual(expect.arrayContaining(['customer', 'revenue']));
    expect(session.schema.raw).toEqual(['order', 'customer', 'date', 'amount']);
    // Purchasers up to the as-of date: alice, bob, carol (dave only returned, erin has no date).
    const { result, total } = await session.userQuery(
      'SELECT customer FROM customers ORDER BY customer',
    );
    expect(result.columns.customer).toEqual(['alice', 'bob', 'carol']);
    expect(total).toBe(3);
  });

  it('computes the analyses with the notebook’s parameters, before and after a file loads', async () => {
    const params = { period: 'quarter' as const, windowMonths: 1, overdueFactor: 3, asOf: null };
    await session.analyses.apply(params);
    await firstQuarter();
    expect(session.analyses.of.cohorts.result?.period).toBe('quarter');
    expect(session.analyses.of.inactivity.result?.window_months).toBe(1);
    // The customers view follows the as-of date: by 2024-02-15 alice (Jan 5), bob (Jan 20) and
    // carol (Feb 14) had bought; by 2024-02-01 only alice and bob.
    await session.analyses.apply({ ...params, asOf: '2024-02-15' });
    expect(session.analyses.asOf).toBe('2024-02-15');
    const { result } = await session.userQuery('SELECT count(*)::INTEGER AS n FROM customers');
    expect(result.columns.n).toEqual([3]);
    await session.analyses.apply({ ...params, asOf: '2024-02-01' });
    const early = await session.userQuery('SELECT count(*)::INTEGER AS n FROM customers');
    expect(early.result.columns.n).toEqual([2]);
  });

  it('ends a query that does not stop with its engine, and reads the file again', async () => {
    await firstQuarter();
    engines.stuck.add('SELECT 42');
    const running = session.userQuery('SELECT 42');
    const started = Date.now();
    await session.cancelQuery(running);
    expect(Date.now() - started).toBeGreaterThanOrEqual(CANCEL_GRACE_MS - 50);
    expect(engines.started).toBe(2);
    expect(session.phase).toBe('ready');
    expect(session.analyses.of.summary.result?.customers).toBe(3);
    expect(said(session)).toMatch(/did not stop.*first-quarter\.csv was read again/);
  });
});

describe('a session whose SQL cell asks for more memory than the browser gives', () => {
  let engines: Engines;
  let session: Session;
  beforeEach(async () => {
    engines = new Engines();
    session = new Session(engines.create, { restore: false });
    await session.open(csv('first-quarter.csv'));
    await session.confirm(session.plan?.mapping ?? {});
    await session.analyses.setAsOf('2024-02-15');
    expect(session.phase).toBe('ready');
  });
  afterEach(() => engines.close());

  const HEAVY = "SELECT length(repeat(repeat('x', 100000000), 30))";
  const customers = async () =>
    (await session.userQuery('SELECT count(*)::INTEGER AS n FROM customers')).result.columns.n;
  const failure = (sql: string) =>
    session.userQuery(sql).then(
      () => null,
      (e: unknown) => e,
    );

  it('keeps the engine and the data when DuckDB refuses the query its memory and goes on', async () => {
    engines.queryBreaks = [{ sql: /repeat/, error: outOfMemory(), times: 1 }];
    const error = await failure(HEAVY);
    expect(error).toBeInstanceOf(EngineQueryError);
    expect(error).toMatchObject({ memory: true, restarted: false });
    expect(engines.started).toBe(1);
    expect(session.phase).toBe('ready');
    expect(said(session)).toBeNull();
    expect(await customers()).toEqual([3]);
  });

  it('restarts the engine when the tables no longer answer after the refusal', async () => {
    engines.queryBreaks = [
      { sql: /repeat/, error: outOfMemory(), times: 1 },
      { sql: /count\(\*\) FROM orders/, error: new Error('Table orders is gone'), times: 1 },
    ];
    const error = await failure(HEAVY);
    expect(error).toMatchObject({ memory: true, restarted: true });
    // The next query waits for the data to be back.
    expect(await customers()).toEqual([3]);
    expect(engines.started).toBe(2);
  });

  it('reads the file again after the query crashes the engine: analyses, as-of date, next query', async () => {
    const before = session.analyses.of.summary.result;
    engines.queryBreaks = [{ sql: /repeat/, error: trap(), times: 1 }];
    const error = await failure(HEAVY);
    expect(error).toBeInstanceOf(EngineQueryError);
    expect(error).toMatchObject({ memory: true, restarted: true });
    // Asked at once, while the file is read again: it waits for the data, on the new engine.
    const next = await session.userQuery('SELECT count(*)::INTEGER AS n FROM orders');
    expect(next.result.columns.n).toEqual([8]);
    expect(engines.started).toBe(2);
    expect(session.phase).toBe('ready');
    expect(session.fileName).toBe('first-quarter.csv');
    expect(session.analyses.asOf).toBe('2024-02-15');
    expect(session.analyses.of.summary.result).toEqual(before);
    expect(await customers()).toEqual([3]);
    expect(said(session)).toMatch(
      /^A SQL query stopped the analysis engine \(memory access out of bounds\); it was restarted\. first-quarter\.csv was read again/,
    );
    expect(said(session)).not.toMatch(/too large/);
  });

  it('blames the SQL cell query under way when a page query is the first to trap, and reads the file again', async () => {
    // The worker runs the page's queries between a SQL cell query's steps: one of those may
    // be the first to trap on the memory the cell's query took.
    engines.stuck.add(HEAVY);
    const heavy = failure(HEAVY);
    engines.failing = [{ sql: /GROUP BY cohort, w\.days/, error: trap(), times: 1 }];
    await session.analyses.setAsOf('2024-01-20').catch(() => {});
    expect(await heavy).toMatchObject({ memory: true, restarted: true });
    // Back with the as-of date the page was moving to: two customers had bought by then.
    expect(await customers()).toEqual([2]);
    expect(session.analyses.asOf).toBe('2024-01-20');
    expect(engines.started).toBe(2);
    expect(said(session)).toMatch(
      /^A SQL query stopped the analysis engine .*first-quarter\.csv was read again/,
    );
  });

  it('does not give the data up when queries crash the engine again and again', async () => {
    engines.queryBreaks = [{ sql: /repeat/, error: trap(), times: 3 }];
    for (let i = 1; i <= 3; i++) {
      expect(await failure(HEAVY)).toMatchObject({ restarted: true });
      expect(await customers()).toEqual([3]);
      expect(engines.started).toBe(1 + i);
      expect(session.phase).toBe('ready');
    }
  });

  it('still stops when the data brought back after a query crash fails by itself once shown', async () => {
    engines.queryBreaks = [{ sql: /repeat/, error: trap(), times: 1 }];
    await failure(HEAVY);
    expect(await customers()).toEqual([3]); // the data is back
    // Now a step on the data shown does not fit, twice: read again once, then the start screen.
    const shown = () => session.phase === 'ready';
    engines.failing = [
      { sql: /GROUP BY cohort, w\.days/, error: outOfMemory(), times: 100, when: shown },
    ];
    await session.analyses.setAsOf('2024-01-20').catch(() => {});
    await settled(session, 'idle');
    expect(engines.started).toBe(4);
    expect(said(session)).toMatch(/^The file is too large for this browser/);
  });
});

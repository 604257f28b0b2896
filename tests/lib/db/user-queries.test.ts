// The SQL cells' side of the session, with native DuckDB standing in for the worker: the views
// they read, a query that needs more memory than the engine has (blamed on the query; the
// engine restarted and the data read again unless DuckDB refused it and carried on), and a
// query ended on purpose (the user's cancel, another file), which reads as cancelled, never as
// a query that stopped the engine.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  classifyFailure,
  EngineQueryError,
  errorMessage,
} from '../../../src/lib/sql-cells/user-query';
import { Session } from '../../../src/lib/state/session.svelte';
import { CANCEL_GRACE_MS } from '../../../src/lib/state/user-queries.svelte';
import { csv, Engines, firstQuarter, said } from '../../helpers/engines';
import { outOfMemory, trap } from '../../helpers/failures';

let engines: Engines;
let session: Session;
// Generous: two cores shared by many test runs can take seconds to start an engine.
// 'ready' is shown from the summary on: settled once the SQL cells' views are there too.
const settled = (phase: string) =>
  vi.waitFor(
    () =>
      expect([session.phase, phase !== 'ready' || session.queries.ready]).toEqual([phase, true]),
    { timeout: 30_000 },
  );
/** How a query ended: its answer, or what it failed with. */
const outcome = (query: Promise<unknown>) =>
  query.then(
    () => null,
    (e: unknown) => e,
  );

describe('SQL cells on the data shown', () => {
  beforeEach(() => {
    engines = new Engines();
    session = new Session(engines.create, { restore: false });
  });
  afterEach(() => engines.close());

  it('offers raw, orders, purchases and customers to SQL cells, with their columns', async () => {
    await firstQuarter(session);
    expect(Object.keys(session.queries.schema).sort()).toEqual([
      'customers',
      'orders',
      'purchases',
      'raw',
    ]);
    expect(session.queries.schema.customers).toEqual(
      expect.arrayContaining(['customer', 'revenue']),
    );
    expect(session.queries.schema.raw).toEqual(['order', 'customer', 'date', 'amount']);
    // Purchasers up to the as-of date: alice, bob, carol (dave only returned, erin has no date).
    const { result, total } = await session.queries.userQuery(
      'SELECT customer FROM customers ORDER BY customer',
    );
    expect(result.columns.customer).toEqual(['alice', 'bob', 'carol']);
    expect(total).toBe(3);
  });

  it('ends a query that does not stop with its engine, and reads the file again', async () => {
    await firstQuarter(session);
    engines.stuck.add('SELECT 42');
    const running = session.queries.userQuery('SELECT 42');
    const ended = outcome(running);
    const started = Date.now();
    await session.queries.cancelQuery(running);
    expect(Date.now() - started).toBeGreaterThanOrEqual(CANCEL_GRACE_MS - 50);
    // The user's cancel: the query ends cancelled, not as one that needed more memory.
    const error = await ended;
    expect(error).not.toBeInstanceOf(EngineQueryError);
    expect(classifyFailure(errorMessage(error))).toBe('cancelled');
    expect(said(session)).not.toMatch(/stopped the analysis engine/);
    expect(engines.started).toBe(2);
    expect(session.phase).toBe('ready');
    expect(session.analyses.of.summary.result?.customers).toBe(3);
    expect(said(session)).toMatch(/did not stop.*first-quarter\.csv was read again/);
  });

  it('ends a query whose engine is replaced for another reason as cancelled, without a word', async () => {
    await firstQuarter(session);
    engines.stuck.add('SELECT 42');
    const ended = outcome(session.queries.userQuery('SELECT 42'));
    await new Promise((resolve) => setTimeout(resolve, 10)); // under way on this engine
    // Another file is being read, and the user cancels that: a fresh engine, the data again.
    const opening = session.open(csv('vip-shop.csv'));
    await session.cancel();
    await opening;
    const error = await ended;
    expect(error).not.toBeInstanceOf(EngineQueryError);
    expect(classifyFailure(errorMessage(error))).toBe('cancelled');
    await settled('ready');
    expect(engines.started).toBe(2);
    expect(session.fileName).toBe('first-quarter.csv');
    expect(said(session) ?? '').not.toMatch(/stopped the analysis engine/);
  });
});

describe('a SQL cell query that asks for more memory than the browser gives', () => {
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
    (await session.queries.userQuery('SELECT count(*)::INTEGER AS n FROM customers')).result.columns
      .n;
  const failure = (sql: string) => outcome(session.queries.userQuery(sql));

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
    const next = await session.queries.userQuery('SELECT count(*)::INTEGER AS n FROM orders');
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
    await settled('idle');
    expect(engines.started).toBe(4);
    expect(said(session)).toMatch(/^The file is too large for this browser/);
  });
});

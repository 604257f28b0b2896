// What the page's session does when the engine fails, with native DuckDB standing in for the
// worker: the previous file comes back with the mapping the user confirmed, the user is told in
// words, and a failure while bringing it back stops there instead of starting over and over.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openNodeDatabase, type NodeDatabase } from '../../../src/cli/node-db';
import type { DatabaseClient, OnEngineFailure } from '../../../src/lib/db/client';
import { engineFailure } from '../../../src/lib/db/errors';
import { ingestPath } from '../../../src/cli/input';
import { say } from '../../../src/lib/i18n/sentence';
import { EngineQueryError, QUERY_CANCELLED } from '../../../src/lib/sql-cells/user-query';
import { CANCEL_GRACE_MS, Session } from '../../../src/lib/state/session.svelte';
import { fixture } from '../../helpers/db';

/** Engines like the worker's (the same failure reporting), each an in-memory native DuckDB. */
class Engines {
  started = 0;
  /** Reading a file of such a name fails with that error, `times` times, on any engine. */
  breaks: { file: string; error: Error; times: number }[] = [];
  /** Queries matching `sql` fail with that error, `times` times (while `when`), on any engine. */
  failing: { sql: RegExp; error: Error; times: number; when?: () => boolean }[] = [];
  /** What the session told the engines to keep after a read ('new' or 'previous'). */
  settles: string[] = [];
  /** SQL cell queries that never finish, on any engine. */
  stuck = new Set<string>();
  /** Reads and queries under way, on any engine: none means nothing more can fail. */
  busy = 0;
  /** SQL cell queries matching `sql` fail with that error, `times` times, on any engine. */
  queryBreaks: { sql: RegExp; error: Error; times: number }[] = [];
  #open: Promise<NodeDatabase>[] = [];

  create = (onFailure: OnEngineFailure): DatabaseClient => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- read by the query function below
    const engines = this;
    this.started++;
    const database = openNodeDatabase({ threads: 1 });
    this.#open.push(database);
    const dir = mkdtempSync(join(tmpdir(), 'regulars-session-'));
    let userQueries = 0;
    let failedWith: unknown = null;
    // Like the worker's: an ended engine's SQL cell query ends with its failure, or cancelled.
    let end: (e: unknown) => void = () => {};
    const ended = new Promise<never>((_, reject) => (end = reject));
    ended.catch(() => {});
    const watch = async <T>(work: () => Promise<T>): Promise<T> => {
      this.busy++;
      try {
        return await work();
      } catch (e) {
        const failure = engineFailure(e);
        if (failure && failedWith === null) {
          failedWith = e;
          onFailure(failure, e, userQueries > 0);
        }
        throw e;
      } finally {
        this.busy--;
      }
    };
    return {
      ready: database,
      ingest: (file, options) =>
        watch(async () => {
          const broken = this.breaks.find((b) => b.file === file.name && b.times > 0);
          if (broken && broken.times--) throw broken.error;
          const path = join(dir, file.name);
          writeFileSync(path, Buffer.from(await file.arrayBuffer()));
          return ingestPath(await database, path, options);
        }),
      settle: async (choice) => {
        this.settles.push(choice);
      },
      query: (sql) =>
        watch(async () => {
          const broken = this.failing.find(
            (f) => f.sql.test(sql) && f.times > 0 && (f.when?.() ?? true),
          );
          if (broken && broken.times--) throw broken.error;
          return (await database).query(sql);
        }),
      exec: (sql) => watch(async () => (await database).exec(sql)),
      // Node has no prediction worker: the forecasts go through rows (localModels) here.
      queryArrow: () => Promise.reject(new Error('no Arrow hand-over in these tests')),
      insertArrow: () => Promise.reject(new Error('no Arrow hand-over in these tests')),
      // Like the worker's: a SQL cell query's failures are the caller's to judge.
      userQuery: (sql, cap) => {
        userQueries++;
        return Promise.race([run(sql, cap), ended]).finally(() => userQueries--);
      },
      cancelUserQuery: async () => false,
      terminate: () => end(failedWith ?? new Error(QUERY_CANCELLED)),
    };
    async function run(sql: string, cap: number) {
      // A query stuck in one long step: the worker never reads the cancel request.
      if (engines.stuck.has(sql)) await new Promise(() => {});
      const broken = engines.queryBreaks.find((b) => b.sql.test(sql) && b.times > 0);
      if (broken && broken.times--) throw broken.error;
      const result = await (await database).query(sql);
      const columns = Object.fromEntries(
        result.names.map((name) => [name, result.columns[name].slice(0, cap)]),
      );
      return {
        result: { ...result, columns, length: Math.min(cap, result.length) },
        total: result.length,
      };
    }
  };

  /** Closing a native database under a running query can end the test process: wait first. */
  async close() {
    await vi.waitFor(() => expect(this.busy).toBe(0), { timeout: 30_000 }).catch(() => {});
    for (const db of await Promise.all(this.#open)) db.close();
  }
}

const csv = (path: string) =>
  new File([readFileSync(fixture(path))], path.split('/').pop() ?? path, {
    type: 'text/csv',
    lastModified: 1,
  });

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
    await session.analyses.additions.done;
    await quiet();
  });
  afterEach(() => engines.close());

  const numbers = () => ({
    first: session.analyses.summary?.first_purchase,
    customers: session.analyses.summary?.customers,
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
    expect(session.analyses.cohorts?.period).toBe('quarter');
    expect(session.analyses.inactivity?.window_months).toBe(1);
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
    expect(session.analyses.summary?.customers).toBe(3);
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
    const before = session.analyses.summary;
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
    expect(session.analyses.summary).toEqual(before);
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

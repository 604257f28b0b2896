// The SQL cells' runs as the page sees them: one query at a time in the order asked, statements
// the engine refused shown as "blocked", a cancel stops the right one, errors read as DuckDB
// wrote.
import { describe, expect, it, vi } from 'vitest';
import { say } from '../../../src/lib/i18n/sentence';
import type { QueryResult } from '../../../src/lib/sql/executor';
import {
  EngineQueryError,
  QUERY_CANCELLED,
  refusedMessage,
} from '../../../src/lib/sql-cells/user-query';
import { SqlRuns, type QueryRunner, type SqlRun } from '../../../src/lib/state/sql-runs.svelte';

/** What the cell says about its last run. */
const said = (run: SqlRun | undefined) => run?.message && say(run.message);

const rows = (n: number): QueryResult => ({
  names: ['n'],
  columns: { n: Array.from({ length: n }, (_, i) => i) },
  length: n,
});

/** An engine whose queries finish when the test says so. */
function engine() {
  const asked: string[] = [];
  const pending: {
    resolve: (v: { result: QueryResult; total: number }) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const runner: QueryRunner = {
    userQuery: (sql) => {
      asked.push(sql);
      return new Promise((resolve, reject) => pending.push({ resolve, reject }));
    },
    cancelQuery: vi.fn(async () => {
      pending.at(-1)?.reject(new Error(QUERY_CANCELLED));
    }),
  };
  return { asked, pending, runner };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('SQL cell runs', () => {
  it('runs one query at a time, in the order asked, and keeps each result with its count', async () => {
    const { asked, pending, runner } = engine();
    const runs = new SqlRuns(runner);
    runs.run('a', 'SELECT 1');
    runs.run('b', 'SELECT 2');
    expect(asked).toEqual(['SELECT 1']);
    expect(runs.get('b')?.status).toBe('queued');
    pending[0].resolve({ result: rows(3), total: 250_000 });
    await settle();
    expect(runs.get('a')).toMatchObject({ status: 'done', total: 250_000 });
    expect(runs.get('a')?.result?.length).toBe(3);
    expect(asked).toEqual(['SELECT 1', 'SELECT 2']);
  });

  it('shows the engine’s refusal of a write or a file reader as "blocked", naming it', async () => {
    const { pending, runner } = engine();
    const runs = new SqlRuns(runner);
    runs.run('a', 'WITH a AS (SELECT 1) DELETE FROM orders');
    runs.run('b', "SELECT * FROM read_csv('http://127.0.0.1:9/?d=' || 'x')");
    pending[0].reject(new Error(refusedMessage({ kind: 'write', word: 'DELETE' })));
    await settle();
    pending[1].reject(new Error(refusedMessage({ kind: 'outside', word: 'read_csv' })));
    await settle();
    expect(runs.get('a')).toMatchObject({ status: 'blocked' });
    expect(said(runs.get('a'))).toMatch(/^Blocked: .*DELETE would change the database/);
    expect(said(runs.get('b'))).toMatch(/^Blocked: read_csv reads files or addresses/);
  });

  it('shows nothing for an empty cell, or one the engine found only comments in', async () => {
    const { asked, pending, runner } = engine();
    const runs = new SqlRuns(runner);
    runs.run('a', '  \n ');
    expect(asked).toEqual([]);
    expect(runs.get('a')).toBeUndefined();
    runs.run('b', '-- later');
    pending[0].reject(new Error(refusedMessage({ kind: 'empty' })));
    await settle();
    expect(runs.get('b')).toBeUndefined();
  });

  it('shows DuckDB’s own message for a mistake, and "blocked" for what the lockdown refused', async () => {
    const { pending, runner } = engine();
    const runs = new SqlRuns(runner);
    runs.run('a', 'SELECT nope');
    runs.run('b', "SELECT * FROM 'http://x/y.csv'");
    pending[0].reject(
      new Error('Binder Error: column "nope" not found\n\nLINE 1: SELECT nope\n               ^'),
    );
    await settle();
    pending[1].reject(
      new Error(
        'Permission Error: Cannot access file "http://x/y.csv" - file system operations are disabled by configuration',
      ),
    );
    await settle();
    expect(runs.get('a')).toMatchObject({ status: 'error' });
    expect(said(runs.get('a'))).toMatch(/LINE 1: SELECT nope\n\s+\^/);
    expect(runs.get('b')?.status).toBe('blocked');
    expect(said(runs.get('b'))).toMatch(
      /^Blocked: this query tried to reach the network[\s\S]*Permission Error/,
    );
  });

  it('cancels the running query through the engine, and a waiting one without it', async () => {
    const { asked, runner } = engine();
    const runs = new SqlRuns(runner);
    runs.run('a', 'SELECT 1');
    runs.run('b', 'SELECT 2');
    await runs.cancel('b');
    expect(runs.get('b')?.status).toBe('cancelled');
    expect(runner.cancelQuery).not.toHaveBeenCalled();
    await runs.cancel('a');
    await settle();
    expect(runner.cancelQuery).toHaveBeenCalledOnce();
    expect(runs.get('a')?.status).toBe('cancelled');
    expect(said(runs.get('a'))).toBe('Query cancelled.');
    expect(asked).toEqual(['SELECT 1']);
  });

  it('does not run a cancelled cell again on its own, only when asked', async () => {
    const { asked, runner } = engine();
    const runs = new SqlRuns(runner);
    runs.run('a', 'SELECT 1');
    await runs.cancel('a');
    await settle();
    runs.runAll([
      { id: 'a', sql: 'SELECT 1' },
      { id: 'b', sql: 'SELECT 2' },
    ]);
    expect(asked).toEqual(['SELECT 1', 'SELECT 2']);
    runs.run('a', 'SELECT 1');
    expect(runs.get('a')?.status).toBe('queued');
  });

  it('says a query needed more memory than the browser gives, in words, and leaves it for Run', async () => {
    const { asked, pending, runner } = engine();
    const runs = new SqlRuns(runner);
    runs.run('a', 'SELECT heavy');
    runs.run('b', 'SELECT 2');
    pending[0].reject(new EngineQueryError('memory access out of bounds', true, true));
    await vi.waitFor(() => expect(runs.get('a')?.status).toBe('engine'));
    expect(said(runs.get('a'))).toBe(
      'This query needed more memory than this browser gives it (memory access out of bounds). ' +
        'The engine was restarted and your data read again. This query runs again only when you click Run.',
    );
    expect(said(runs.get('a'))).not.toMatch(/file is too large/);
    // The cell after it runs; the data back, every cell runs again but the one that failed.
    await vi.waitFor(() => expect(asked).toEqual(['SELECT heavy', 'SELECT 2']));
    pending[1].resolve({ result: rows(1), total: 1 });
    await vi.waitFor(() => expect(runs.get('b')?.status).toBe('done'));
    runs.runAll([
      { id: 'a', sql: 'SELECT heavy' },
      { id: 'b', sql: 'SELECT 2' },
    ]);
    expect(asked).toEqual(['SELECT heavy', 'SELECT 2', 'SELECT 2']);
    runs.run('a', 'SELECT heavy');
    expect(runs.get('a')?.status).toBe('queued');
  });

  it('says the data is unchanged when DuckDB refused a query its memory and went on', async () => {
    const { pending, runner } = engine();
    const runs = new SqlRuns(runner);
    runs.run('a', 'SELECT heavy');
    pending[0].reject(
      new EngineQueryError(
        'Out of Memory Error: failed to allocate data of size 2.0 GiB',
        true,
        false,
      ),
    );
    await vi.waitFor(() => expect(runs.get('a')?.status).toBe('engine'));
    expect(said(runs.get('a'))).toMatch(
      /^This query needed more memory than this browser gives it \(Out of Memory Error: .*\)\. Your data is unchanged\./,
    );
  });

  it('forgets the runs of removed cells', async () => {
    const { pending, runner } = engine();
    const runs = new SqlRuns(runner);
    runs.run('a', 'SELECT 1');
    pending[0].resolve({ result: rows(1), total: 1 });
    await settle();
    runs.keep(['b']);
    expect(runs.get('a')).toBeUndefined();
  });
});

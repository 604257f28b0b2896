// Database engines for tests of the page's state: each an in-memory native DuckDB standing in
// for the worker, with the worker's failure reporting, and failures a test can set up.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, vi } from 'vitest';
import { ingestPath } from '../../src/cli/input';
import { openNodeDatabase, type NodeDatabase } from '../../src/cli/node-db';
import type { DatabaseClient, OnEngineFailure } from '../../src/lib/db/client';
import { engineFailure } from '../../src/lib/db/errors';
import { say } from '../../src/lib/i18n/sentence';
import { QUERY_CANCELLED } from '../../src/lib/sql-cells/user-query';
import type { Session } from '../../src/lib/state/session.svelte';

// Not `new URL(…, import.meta.url)` (as in ./db): a file compiled for the browser (see
// ./svelte-client.ts) would have Vite turn it into an asset import.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Engines like the worker's (the same failure reporting), each an in-memory native DuckDB. */
export class Engines {
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

/** A fixture as the File a user drops. */
export const csv = (path: string) =>
  new File([readFileSync(join(fixtures, path))], path.split('/').pop() ?? path, {
    type: 'text/csv',
    lastModified: 1,
  });

/** The hand-made first quarter, read and confirmed with its guessed mapping. */
export async function firstQuarter(session: Session): Promise<void> {
  await session.open(csv('first-quarter.csv'));
  await session.confirm(session.plan?.mapping ?? {});
  expect(session.phase).toBe('ready');
}

/** What the page's alert says. */
export const said = (session: Session) => session.error && say(session.error);

// The page's handle on the database worker. Components never see it: state classes do.
import * as Comlink from 'comlink';
import type { SourceInfo, SourceOptions } from '../import/source';
import type { Executor, QueryResult } from '../sql/executor';
import type { Settle } from '../../../workers/work-database';
import type { DatabaseApi } from '../../../workers/database.worker';
import { engineFailure, type EngineFailure } from './errors';

export interface DatabaseClient extends Executor {
  ready: Promise<unknown>;
  /** Read the file into `raw` (converted or transcoded as needed); says how it was read. */
  ingest(
    file: File,
    options: SourceOptions,
    onProgress: (read: number, total: number) => void,
  ): Promise<SourceInfo>;
  /**
   * After a file is read: 'new' once its mapping is confirmed (the older file's tables go),
   * 'previous' when it is given up (back to the data shown).
   */
  settle(choice: Settle): Promise<void>;
  /**
   * A SQL cell's query: its first `cap` rows, and how many rows it returned in all. Its failures
   * are not reported through `OnEngineFailure`: the caller decides (DuckDB may refuse a query
   * the memory it asks for and carry on), and it also fails if the worker stops meanwhile.
   */
  userQuery(sql: string, cap: number): Promise<{ result: QueryResult; total: number }>;
  /** Ask the running SQL cell query to stop; false when the worker says none runs. */
  cancelUserQuery(): Promise<boolean>;
  /** Stop whatever the worker is doing by ending it; the next call starts a fresh one. */
  terminate(): void;
}

/**
 * Told once, the first time the engine fails in a way that leaves it unusable; `userQuery` when
 * the worker stopped while a SQL cell's query ran (most likely because of it).
 */
export type OnEngineFailure = (failure: EngineFailure, error: unknown, userQuery?: boolean) => void;

export function createDatabaseClient(onFailure: OnEngineFailure = () => {}): DatabaseClient {
  const worker = new Worker(new URL('../../../workers/database.worker.ts', import.meta.url), {
    type: 'module',
  });
  const api = Comlink.wrap<DatabaseApi>(worker);
  let started = false;
  let failed = false;
  /** SQL cell queries under way: a stop meanwhile is theirs to report. */
  let userQueries = 0;
  const fail = (failure: EngineFailure, error: unknown, userQuery = false) => {
    // A worker that never started is reported through `ready` (no restart: it would fail again).
    if (failed || !started) return;
    failed = true;
    onFailure(failure, error, userQuery);
  };
  // Every call's error is checked; the caller still gets it, to stop what it was doing.
  const watch = <T>(call: Promise<T>): Promise<T> =>
    call.catch((e: unknown) => {
      const failure = engineFailure(e);
      if (failure) fail(failure, e);
      throw e;
    });
  const stopped = new Promise<never>((_, reject) =>
    // An exception nothing in the worker caught: its state is unknown.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const error = new Error(event.message || 'the database worker stopped');
      reject(error);
      fail('crash', error, userQueries > 0);
    }),
  );
  stopped.catch(() => {}); // only a signal for the calls racing it
  const ready = Promise.race([api.start(), stopped]).then((info) => {
    started = true;
    return info;
  });
  return {
    ready,
    ingest: (file, options, onProgress) =>
      // Comlink's Remote type widens the union's promise; it is the worker's SourceInfo.
      watch(api.ingest(file, options, Comlink.proxy(onProgress)) as Promise<SourceInfo>),
    settle: (choice) => watch(api.settle(choice)),
    query: (sql: string): Promise<QueryResult> => watch(api.query(sql)),
    exec: (sql: string) => watch(api.exec(sql)),
    userQuery: (sql, cap) => {
      userQueries++;
      return Promise.race([api.userQuery(sql, cap), stopped]).finally(() => userQueries--);
    },
    cancelUserQuery: () => api.cancelUserQuery(),
    terminate: () => {
      failed = true; // ended on purpose: nothing to report
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

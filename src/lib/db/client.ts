// The page's handle on the database worker. Components never see it: state classes do.
import * as Comlink from 'comlink';
import type { SourceInfo, SourceOptions } from '../import/source';
import type { ArrowExecutor, QueryResult } from '../sql/executor';
import type { Settle } from '../../../workers/work-database';
import type { DatabaseApi } from '../../../workers/database.worker';
import { QUERY_CANCELLED } from '../sql-cells/user-query';
import { engineFailure, type EngineFailure } from './errors';

export interface DatabaseClient extends ArrowExecutor {
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
   * the memory it asks for and carry on). It also fails if the worker stops or is ended
   * meanwhile: with the engine's failure when there was one, else as cancelled.
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
  /**
   * SQL cell queries under way: a failure meanwhile is theirs to report (the worker runs the
   * page's queries between a SQL cell query's steps, so one of those may be the first to trap).
   */
  let userQueries = 0;
  /** The failure that ended this engine, if one did. */
  let failedWith: unknown = null;
  const fail = (failure: EngineFailure, error: unknown) => {
    // A worker that never started is reported through `ready` (no restart: it would fail again).
    if (failed || !started) return;
    failed = true;
    failedWith = error;
    onFailure(failure, error, userQueries > 0);
  };
  // Every call's error is checked; the caller still gets it, to stop what it was doing.
  const watch = <T>(call: Promise<T>): Promise<T> =>
    call.catch((e: unknown) => {
      const failure = engineFailure(e);
      if (failure) fail(failure, e);
      throw e;
    });
  // Signals for the calls racing them: an ended worker never answers what it was asked.
  let stop: (e: unknown) => void = () => {};
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  stopped.catch(() => {});
  let end: (e: unknown) => void = () => {};
  const ended = new Promise<never>((_, reject) => (end = reject));
  ended.catch(() => {});
  // An exception nothing in the worker caught: its state is unknown.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    const error = new Error(event.message || 'the database worker stopped');
    stop(error);
    end(error);
    fail('crash', error);
  });
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
    // Raced with the end of the worker: a prediction step on an ended engine stops there.
    queryArrow: (sql) => Promise.race([watch(api.queryArrow(sql)), ended]),
    insertArrow: (table, ipc) =>
      Promise.race([watch(api.insertArrow(table, Comlink.transfer(ipc, [ipc.buffer]))), ended]),
    userQuery: (sql, cap) => {
      userQueries++;
      return Promise.race([api.userQuery(sql, cap), ended]).finally(() => userQueries--);
    },
    cancelUserQuery: () => api.cancelUserQuery(),
    terminate: () => {
      end(failedWith ?? new Error(QUERY_CANCELLED));
      failed = true; // ended on purpose: nothing to report
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

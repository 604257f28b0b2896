// The page's handle on the database worker. Components never see it: state classes do.
import * as Comlink from 'comlink';
import type { Executor, QueryResult } from '../sql/executor';
import type { DatabaseApi } from '../../../workers/database.worker';

export interface DatabaseClient extends Executor {
  ready: Promise<unknown>;
  ingest(
    file: File,
    name: string,
    onProgress: (read: number, total: number) => void,
  ): Promise<void>;
  /** Stop whatever the worker is doing by ending it; the next call starts a fresh one. */
  terminate(): void;
}

export function createDatabaseClient(): DatabaseClient {
  const worker = new Worker(new URL('../../../workers/database.worker.ts', import.meta.url), {
    type: 'module',
  });
  const api = Comlink.wrap<DatabaseApi>(worker);
  const ready = api.start();
  return {
    ready,
    ingest: (file, name, onProgress) => api.ingest(file, name, Comlink.proxy(onProgress)),
    query: (sql: string): Promise<QueryResult> => api.query(sql),
    exec: (sql: string) => api.exec(sql),
    terminate: () => {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

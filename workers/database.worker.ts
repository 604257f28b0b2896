// The database worker: owns DuckDB-wasm (blocking build, so every call runs to completion in
// this thread and the page never waits on it). Exposed to the page through comlink.
import * as Comlink from 'comlink';
import {
  BROWSER_RUNTIME,
  createDuckDB,
  VoidLogger,
  type DuckDBBindings,
  type DuckDBConnection,
} from 'duckdb-wasm-blocking';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { engineFailure } from '../src/lib/db/errors';
import { INPUT_NAMES, SAMPLE_NAME } from './input-names';
import { keepImportErrorTexts } from '../src/lib/db/thrown';
import { ingestFile } from '../src/lib/import/ingest';
import { readError } from '../src/lib/import/read-errors';
import type { SourceInfo, SourceOptions } from '../src/lib/import/source';
import { lockdownSql } from './lockdown';
import { useDatabaseSql, WorkDatabases, type Settle } from './work-database';
import { ident } from '../src/lib/sql/quote';
import type { Executor, QueryResult } from '../src/lib/sql/executor';
import { toColumns } from './arrow';
import { InputFiles } from './input-files';
import { prepareInput, sampleOf } from './input';
import { trackReads } from './progress';
import { UserQueries, type CappedResult } from './user-query';
import { WARM_UP_DATABASE, warmUpCsv, warmUpSql } from './warm-up';

export interface DatabaseInfo {
  version: string;
}

let db: DuckDBBindings | null = null;
let connection: DuckDBConnection | null = null;
let databases: WorkDatabases | null = null;
let starting: Promise<DatabaseInfo> | null = null;
let warming: Promise<void> = Promise.resolve();
const files = new InputFiles(() => {
  if (!db) throw new Error('the database is not started');
  return db;
});
const userQueries = new UserQueries(
  () => {
    if (!db) throw new Error('the database is not started');
    return db;
  },
  () => work().current,
);

// Always on and cheap: every call reports its SQL and duration on this channel, which nobody
// listens to except the benchmark (tests/bench). Posting to an empty channel costs nothing.
const timings = new BroadcastChannel('regulars-timings');

export interface Timing {
  /** 'insert': Arrow bytes appended to a table (`sql` names the table: not SQL to replay). */
  kind: 'start' | 'warm' | 'ingest' | 'query' | 'exec' | 'insert';
  sql: string;
  ms: number;
  failed: boolean;
}

function timed<T>(kind: Timing['kind'], sql: string, run: () => T): T {
  const started = performance.now();
  let failed = true;
  try {
    const value = run();
    failed = false;
    return value;
  } finally {
    timings.postMessage({ kind, sql, ms: performance.now() - started, failed } satisfies Timing);
  }
}

async function start(): Promise<DatabaseInfo> {
  const bundles = {
    mvp: { mainModule: mvpWasm, mainWorker: '' },
    eh: { mainModule: ehWasm, mainWorker: '' },
  };
  const instance = await createDuckDB(bundles, new VoidLogger(), BROWSER_RUNTIME);
  await instance.instantiate(() => {});
  // Plain numbers for user SQL: DECIMAL and BIGINT columns arrive as doubles, not raw limbs.
  instance.open({ query: { castDecimalToDouble: true, castBigIntToDouble: true } });
  db = instance;
  connection = instance.connect();
  const main = connection;
  databases = new WorkDatabases((sql) => main.query(sql));
  databases.open();
  for (const statement of lockdownSql(INPUT_NAMES)) connection.query(statement);
  return { version: instance.getVersion() };
}

/**
 * Run the import and the analyses once on a made-up export (warm-up.ts), in a database of
 * its own. Synchronous from start to end, so no call of the page runs in between.
 */
function warmUp(): void {
  if (!db || !connection) return;
  const main = connection;
  const run = (sql: string) => timed('warm', sql, () => main.query(sql));
  db.registerFileBuffer(SAMPLE_NAME, new TextEncoder().encode(warmUpCsv()));
  try {
    run(`ATTACH IF NOT EXISTS ':memory:' AS ${ident(WARM_UP_DATABASE)}`);
    run(useDatabaseSql(WARM_UP_DATABASE));
    for (const sql of warmUpSql(SAMPLE_NAME)) run(sql);
  } catch {
    // Only time is at stake: the real file compiles what was not warmed.
  } finally {
    run(useDatabaseSql(work().current));
    run(`DETACH DATABASE IF EXISTS ${ident(WARM_UP_DATABASE)}`);
    db.dropFile(SAMPLE_NAME);
  }
}

async function timedStart(): Promise<DatabaseInfo> {
  const started = performance.now();
  let failed = true;
  try {
    const info = await start();
    failed = false;
    return info;
  } finally {
    timings.postMessage({ kind: 'start', sql: '', ms: performance.now() - started, failed });
  }
}

function conn(): DuckDBConnection {
  if (!connection) throw new Error('the database is not started');
  return connection;
}

function work(): WorkDatabases {
  if (!databases) throw new Error('the database is not started');
  return databases;
}

export const api = {
  /** Start DuckDB (idempotent): call it when the page opens, it takes a second or two. */
  start(): Promise<DatabaseInfo> {
    if (!starting) {
      starting = timedStart();
      // After the page hears that the engine is ready; every other call waits for it.
      warming = starting.then(() => new Promise((resolve) => setTimeout(resolve, 0))).then(warmUp);
    }
    return starting;
  },

  /** Resolves once the engine is started and warmed up (for the benchmark). */
  async warm(): Promise<void> {
    await api.start();
    await warming;
  },

  /**
   * Read the file's sample into the sample table, for the mapping form: a spreadsheet is
   * converted to CSV and text in another encoding transcoded to UTF-8 first (here, off the
   * page's thread); the result is registered as a lazily read handle, read whole once the
   * mapping is confirmed (through `exec`). Says how it was read, for the mapping form.
   */
  async ingest(
    file: File,
    options: SourceOptions,
    onProgress: (read: number, total: number) => void,
  ): Promise<SourceInfo> {
    await api.warm();
    if (!db) throw new Error('the database is not started');
    const input = await prepareInput(file, options, onProgress);
    const name = files.register(input.name, trackReads(input.file, onProgress));
    const { sample, whole } = await sampleOf(input.file);
    if (!whole) files.registerSample(sample);
    // The same reading as the command line's (import/ingest.ts), on this thread's engine.
    const reader: Executor = {
      query: async (sql) => timed('ingest', sql, () => toColumns(conn().query(sql))),
      exec: async (sql) => void timed('ingest', sql, () => conn().query(sql)),
    };
    work().beforeReading(input.file.size);
    try {
      await ingestFile(reader, { file: whole ? name : SAMPLE_NAME, input: name, whole });
    } catch (e) {
      work().notRead();
      // The engine's own failure (out of memory) is the client's to handle; a file the CSV
      // reader refuses is said in the user's words.
      throw engineFailure(e) ? e : readError(e);
    }
    work().read();
    onProgress(whole ? input.file.size : 0, input.file.size);
    return input.info;
  },

  /** Keep the file just read (its mapping is confirmed) or go back to the data shown. */
  async settle(choice: Settle): Promise<void> {
    await api.warm();
    work().settle(choice);
    if (choice === 'new') files.shown();
  },

  async query(sql: string): Promise<QueryResult> {
    await api.warm();
    return timed('query', sql, () => toColumns(conn().query(sql)));
  },

  async exec(sql: string): Promise<void> {
    await api.warm();
    timed('exec', sql, () => conn().query(sql));
  },

  /**
   * A query's result as Arrow IPC stream bytes, handed over (transferred) rather than copied
   * as rows: for another worker to read (the prediction's per-customer inputs).
   */
  async queryArrow(sql: string): Promise<Uint8Array> {
    await api.warm();
    const ipc = timed('query', sql, () =>
      conn().useUnsafe((bindings, id) => bindings.runQuery(id, sql)),
    );
    return Comlink.transfer(ipc, [ipc.buffer]);
  },

  /** Append Arrow IPC stream bytes to an existing table, column by column in its order. */
  async insertArrow(table: string, ipc: Uint8Array): Promise<void> {
    await api.warm();
    timed('insert', table, () =>
      conn().insertArrowFromIPCStream(ipc, { name: table, create: false }),
    );
  },

  /** A SQL cell's query: its first `cap` rows and its row count; `cancelUserQuery` stops it. */
  async userQuery(sql: string, cap: number): Promise<CappedResult> {
    await api.warm();
    return userQueries.run(sql, cap);
  },

  /** Stop the running SQL cell query (it ends with QUERY_CANCELLED); false when none runs. */
  cancelUserQuery(): boolean {
    return userQueries.cancel();
  },
};

export type DatabaseApi = typeof api;

keepImportErrorTexts();
Comlink.expose(api);

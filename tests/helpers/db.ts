// Load a CSV fixture through the same import steps as the app, into either engine: native
// DuckDB (@duckdb/node-api, the command line's) or DuckDB-wasm (the browser's, queried through
// the worker's own Arrow-to-columns code). The analysis suites run on both (describe.each over
// ENGINES) and expect the same answers.
import { fileURLToPath } from 'node:url';
import { openNodeDatabase } from '../../src/cli/node-db';
import { ingestPath } from '../../src/cli/input';
import { applyPlan, inspectAndPlan, type Prepared } from '../../src/lib/import/prepare';
import type { Mapping } from '../../src/lib/import/roles';
import type { ArrowExecutor, Executor } from '../../src/lib/sql/executor';
import { ident } from '../../src/lib/sql/quote';
import { toColumns } from '../../workers/arrow';

export const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export const sharedData = (path: string) =>
  fileURLToPath(new URL(`../../../shared/data/${path}`, import.meta.url));

/** native: DuckDB 1.5 (@duckdb/node-api), as in the CLI; wasm: DuckDB 1.4, as in the browser. */
export const ENGINES = ['native', 'wasm'] as const;
export type Engine = (typeof ENGINES)[number];

export interface TestDatabase extends Executor {
  close(): void;
}

// One DuckDB-wasm instance per test file (vitest gives each file its own modules), started on
// first use: starting one costs seconds, and files that use only native DuckDB never load it.
// Each database opened on it is a database of its own.
let wasm: ReturnType<typeof import('./wasm-db').openWasmDatabase> | undefined;
let wasmDatabases = 0;

/**
 * A fresh in-memory database on DuckDB-wasm: as in the worker, an attached `:memory:` database
 * made the default (USE) of a connection, which is queried as the worker queries its own.
 */
async function openWasm(): Promise<TestDatabase & ArrowExecutor> {
  const { db } = await (wasm ??= import('./wasm-db').then((m) => m.openWasmDatabase()));
  const connection = db.connect();
  const name = ident(`test_${++wasmDatabases}`);
  try {
    connection.query(`ATTACH ':memory:' AS ${name}`);
    connection.query(`USE ${name}`);
  } catch (e) {
    connection.close();
    throw e;
  }
  return {
    query: async (sql) => toColumns(connection.query(sql)),
    exec: async (sql) => void connection.query(sql),
    // As the browser's worker hands columns over (workers/database.worker.ts).
    queryArrow: async (sql) => connection.useUnsafe((bindings, id) => bindings.runQuery(id, sql)),
    insertArrow: async (table, ipc) =>
      connection.insertArrowFromIPCStream(ipc, { name: table, create: false }),
    close() {
      connection.query('USE memory');
      connection.query(`DETACH DATABASE ${name}`);
      connection.close();
    },
  };
}

/** An empty in-memory database on `engine`. */
export function openDatabase(engine: Engine = 'native'): Promise<TestDatabase> {
  return engine === 'wasm' ? openWasm() : openNodeDatabase();
}

export interface Loaded extends Prepared {
  db: TestDatabase;
}

/** Open a database on `engine` with `path` imported (mapping guessed unless given). */
export async function load(
  path: string,
  mapping: Mapping = {},
  engine: Engine = 'native',
): Promise<Loaded> {
  const db = await openDatabase(engine);
  try {
    await ingestPath(db, path);
    const prepared = await inspectAndPlan(db, mapping);
    await applyPlan(
      db,
      prepared.plan,
      prepared.info.columns.map((c) => c.name),
    );
    return { db, ...prepared };
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Open a database on `engine` with CSV text imported. */
export async function loadText(
  csv: string,
  mapping: Mapping = {},
  engine: Engine = 'native',
): Promise<Loaded> {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const path = join(mkdtempSync(join(tmpdir(), 'regulars-')), 'data.csv');
  writeFileSync(path, csv);
  return load(path, mapping, engine);
}

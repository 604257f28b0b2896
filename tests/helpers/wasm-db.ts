// DuckDB-wasm in Node (the blocking build, one thread): the browser's engine, for the few tests
// whose answer depends on the engine's build rather than on the SQL.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const dist = resolve('node_modules/@duckdb/duckdb-wasm/dist');
// Not in the package's exports map: loaded by path, typed by its own declarations.
const duckdb = require(
  `${dist}/duckdb-node-blocking.cjs`,
) as typeof import('../../node_modules/@duckdb/duckdb-wasm/dist/duckdb-node-blocking');

export type WasmConnection = ReturnType<Awaited<ReturnType<typeof duckdb.createDuckDB>>['connect']>;

export async function openWasmDatabase() {
  const bundles = {
    mvp: { mainModule: `${dist}/duckdb-mvp.wasm`, mainWorker: '' },
    eh: { mainModule: `${dist}/duckdb-eh.wasm`, mainWorker: '' },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate(() => {});
  db.open({ query: { castDecimalToDouble: true, castBigIntToDouble: true } });
  return { db, duckdb, connection: db.connect() };
}

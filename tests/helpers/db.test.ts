// The test databases are the engines they are named after, and each wasm database is its own.
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db';

const version = async (db: Awaited<ReturnType<typeof openDatabase>>) =>
  (await db.query('SELECT version() AS v')).columns.v[0];

describe('the test databases', () => {
  it('are DuckDB 1.5 natively and DuckDB 1.4 (the browser’s) in wasm', async () => {
    const native = await openDatabase('native');
    const wasm = await openDatabase('wasm');
    try {
      expect(await version(native)).toMatch(/^v1\.5\./);
      expect(await version(wasm)).toMatch(/^v1\.4\./);
    } finally {
      native.close();
      wasm.close();
    }
  });

  it('keep two wasm databases apart, and a closed one leaves nothing behind', async () => {
    const a = await openDatabase('wasm');
    const b = await openDatabase('wasm');
    const tables = async (db: typeof a) =>
      (await db.query('SELECT table_name AS t FROM duckdb_tables() ORDER BY 1')).columns.t;
    await a.exec('CREATE TABLE orders AS SELECT 1 AS x');
    await b.exec('CREATE TABLE orders AS SELECT 2 AS x');
    expect((await a.query('SELECT x FROM orders')).columns.x).toEqual([1]);
    expect((await b.query('SELECT x FROM orders')).columns.x).toEqual([2]);
    a.close();
    expect(await tables(b)).toEqual(['orders']);
    b.close();
    const c = await openDatabase('wasm');
    try {
      expect(await tables(c)).toEqual([]);
    } finally {
      c.close();
    }
  });
});

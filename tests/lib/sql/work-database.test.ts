// The tables are kept compressed in the browser's engine: a column of repeated text (countries,
// invoice numbers) takes a fraction of its plain size, which is what lets 10M lines fit in it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsvSql } from '../../../src/lib/import/ingest';
import { openWorkDatabaseSql, WORK_DATABASE } from '../../../src/lib/sql/work-database';
import { openWasmDatabase, type WasmConnection } from '../../helpers/wasm-db';

const rows = (c: WasmConnection, sql: string) =>
  c
    .query(sql)
    .toArray()
    .map((r) => r.toJSON() as Record<string, unknown>);

const compressions = (c: WasmConnection, table: string) =>
  rows(
    c,
    `SELECT DISTINCT compression FROM pragma_storage_info('${table}')
    WHERE segment_type = 'VARCHAR'`,
  ).map((r) => r.compression);

describe('the work database (DuckDB-wasm)', () => {
  let c: WasmConnection;
  beforeAll(async () => {
    // An export of a few countries, an invoice every four lines, and more than the five row
    // groups (of 122,880 rows) DuckDB gathers before it writes them out, compressed.
    const lines = Array.from(
      { length: 800_000 },
      (_, i) => `${['Greece', 'Cyprus', 'Romania'][i % 3]},${489_000 + Math.floor(i / 4)}`,
    );
    const file = join(mkdtempSync(join(tmpdir(), 'regulars-work-')), 'input.csv');
    writeFileSync(file, ['Country,Invoice', ...lines].join('\n'));
    const opened = await openWasmDatabase();
    opened.db.registerFileURL('input.csv', file, opened.duckdb.DuckDBDataProtocol.NODE_FS, false);
    c = opened.connection;
    c.query(readCsvSql('input.csv').replace(' TABLE raw ', ' TABLE memory.main.plain '));
    for (const sql of openWorkDatabaseSql) c.query(sql);
    c.query(readCsvSql('input.csv'));
  }, 60_000);

  it('is where unqualified names create tables', () => {
    expect(rows(c, `SELECT database_name FROM duckdb_tables() WHERE table_name = 'raw'`)).toEqual([
      { database_name: WORK_DATABASE },
    ]);
  });

  it('stores the text read from a file compressed, where the default database stores it plain', () => {
    expect(compressions(c, 'memory.main.plain')).toEqual(['Uncompressed']);
    expect(compressions(c, 'raw').length).toBeGreaterThan(0);
    expect(compressions(c, 'raw')).not.toContain('Uncompressed');
  });
});

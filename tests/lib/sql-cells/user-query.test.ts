// How a SQL cell's failure reads to the user: the worker's refusal (see read-only.test.ts for
// what is refused), DuckDB's own refusals ("blocked"), against a real locked-down DuckDB.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase, type NodeDatabase } from '../../../src/cli/node-db';
import { lockdownSql } from '../../../workers/lockdown';
import {
  classifyFailure,
  errorMessage,
  QUERY_CANCELLED,
  refusalOf,
  refusedMessage,
} from '../../../src/lib/sql-cells/user-query';

describe('a refusal from the worker', () => {
  it('reaches the page intact through the error message, whatever comlink puts before it', () => {
    const refusal = { kind: 'write', word: 'DELETE' } as const;
    const message = `Error: ${refusedMessage(refusal)}`;
    expect(classifyFailure(message)).toBe('refused');
    expect(refusalOf(message)).toEqual(refusal);
    expect(refusalOf('Binder Error: column "nope" not found')).toBeNull();
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

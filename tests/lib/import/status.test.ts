// The status rule as the import runs it: statusClassSql in DuckDB, on both engines (the
// browser's DuckDB 1.4 lower-cases Greek, Romanian, Hungarian and Persian text too).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusClassSql } from '../../../src/lib/import/status';
import { literal } from '../../../src/lib/sql/quote';
import { ENGINES, openDatabase, type TestDatabase } from '../../helpers/db';

const table: [string | null, string | null][] = [
  ['paid', null],
  ['Completed', null],
  ['pending', null], // cash-on-delivery orders stay pending: still a sale
  [null, null], // no status at all
  ['refunded', 'refunded'],
  ['partially_refunded', 'partial'],
  ['voided', 'excluded'],
  ['Failed', 'excluded'],
  ['canceled', 'excluded'],
  ['General Withdrawal - Bank Account', 'excluded'],
  ['General Currency Conversion', 'excluded'],
  ['Ακυρωμένη', 'excluded'],
  ['Anulată', 'excluded'],
  ['Törölve', 'excluded'],
  ['لغو شده', 'excluded'],
  ['Επιστροφή χρημάτων', 'refunded'],
  ['Visszatérítve', 'refunded'],
];

describe.each(ENGINES)('what a status says about a sale (%s DuckDB)', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openDatabase(engine);
  });
  afterAll(() => db.close());

  it.each(table)('%j is %s (null: a sale)', async (text, expected) => {
    // As canonical.ts applies it, to a VARCHAR column.
    const sql = `SELECT ${statusClassSql('status')} AS c FROM (SELECT ${literal(text)}::VARCHAR AS status)`;
    expect((await db.query(sql)).columns.c).toEqual([expected]);
  });
});

// The SQL Jalali conversion agrees with jalaali-js on every day it supports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGregorian } from 'jalaali-js';
import { openNodeDatabase, type NodeDatabase } from '../../../src/cli/node-db';
import { JALALI_YEARS, jalaliToDateSql } from '../../../src/lib/import/jalali';
import { rowsOf } from '../../../src/lib/sql/executor';

describe('Jalali to Gregorian in SQL', () => {
  let db: NodeDatabase;
  beforeAll(async () => {
    db = await openNodeDatabase({ threads: 1 });
  });
  afterAll(() => db.close());

  it('matches jalaali-js for the first day of every month, 1300..1500 AP, and the last days', async () => {
    const days: [number, number, number][] = [];
    for (let y = 1300; y <= 1500; y++) {
      for (let m = 1; m <= 12; m++) days.push([y, m, 1], [y, m, m <= 6 ? 31 : 29]);
    }
    const values = days.map(([y, m, d]) => `(${y}, ${m}, ${d})`).join(', ');
    const rows = rowsOf<{ d: string }>(
      await db.query(`SELECT strftime(${jalaliToDateSql('y', 'm', 'd')}, '%Y-%m-%d') AS d
FROM (VALUES ${values}) AS t(y, m, d)`),
    );
    const expected = days.map(([y, m, d]) => {
      const g = toGregorian(y, m, d);
      return `${g.gy}-${String(g.gm).padStart(2, '0')}-${String(g.gd).padStart(2, '0')}`;
    });
    expect(rows.map((r) => r.d)).toEqual(expected);
  });

  it('gives no date outside the supported years or for month 13', async () => {
    const [row] = rowsOf<{ a: string | null; b: string | null }>(
      await db.query(`SELECT ${jalaliToDateSql(String(JALALI_YEARS.last + 1), '1', '1')}::VARCHAR AS a,
  ${jalaliToDateSql('1402', '13', '1')}::VARCHAR AS b`),
    );
    expect(row).toEqual({ a: null, b: null });
  });
});

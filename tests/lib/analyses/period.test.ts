import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parsePeriodLabel,
  periodEnd,
  periodIndexSql,
  periodLabel,
  periodStart,
  type Period,
} from '../../../src/lib/analyses/period';
import { literal, sqlDate } from '../../../src/lib/sql/quote';
import { ENGINES, openDatabase, type TestDatabase } from '../../helpers/db';

describe.each(ENGINES)('calendar periods (%s DuckDB)', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openDatabase(engine);
  });
  afterAll(() => db.close());

  async function indexOf(period: Period, date: string): Promise<number> {
    const sql = `SELECT ${periodIndexSql(period, literal(sqlDate(date)))}::INTEGER AS i`;
    return (await db.query(sql)).columns.i[0] as number;
  }

  it.each([
    ['month', '2010-12-01', '2010-12', '2010-12-01', '2010-12-31'],
    ['month', '2024-02-29', '2024-02', '2024-02-01', '2024-02-29'],
    ['quarter', '2010-12-09', '2010-Q4', '2010-10-01', '2010-12-31'],
    ['week', '2010-12-01', '2010-W48', '2010-11-29', '2010-12-05'],
    // ISO weeks belong to the year of their Thursday.
    ['week', '2021-01-01', '2020-W53', '2020-12-28', '2021-01-03'],
    ['week', '2024-12-30', '2025-W01', '2024-12-30', '2025-01-05'],
  ] as const)('%s of %s is %s, from %s to %s', async (period, date, label, start, end) => {
    const index = await indexOf(period, date);
    expect(periodLabel(period, index)).toBe(label);
    expect(periodStart(period, index)).toBe(start);
    expect(periodEnd(period, index)).toBe(end);
  });

  it('counts weeks from Monday, so Sunday and the next Monday are one period apart', async () => {
    expect((await indexOf('week', '2024-01-08')) - (await indexOf('week', '2024-01-07'))).toBe(1);
    expect((await indexOf('week', '2024-01-07')) - (await indexOf('week', '2024-01-01'))).toBe(0);
  });
});

describe('a period label read back', () => {
  it.each([
    ['2010-12', 'month', 2010 * 12 + 11],
    ['2010-Q4', 'quarter', 2010 * 4 + 3],
    // 2010-W48 starts Monday 2010-11-29: (2010-11-29 − 1969-12-29) / 7 = 14945 / 7 = 2135.
    ['2010-W48', 'week', 2135],
  ])('%s is %s number %i', (label, period, index) => {
    expect(parsePeriodLabel(label)).toEqual({ period, index });
  });

  it('reads back every label it writes, across ISO year ends', () => {
    for (const period of ['month', 'quarter', 'week'] as Period[]) {
      for (let index = periodIndexOf(period); index < periodIndexOf(period) + 800; index++) {
        expect(parsePeriodLabel(periodLabel(period, index))).toEqual({ period, index });
      }
    }
  });

  it.each(['2010-13', '2010-W54', '2010-W53', '2010-Q5', 'December', ''])(
    '%s is no period',
    (label) => expect(parsePeriodLabel(label)).toBeNull(),
  );
});

// A start near 2008, so the 800 periods cover several years with 53 ISO weeks (2009, 2015).
function periodIndexOf(period: Period): number {
  return period === 'month' ? 2008 * 12 : period === 'quarter' ? 2008 * 4 : 1982;
}

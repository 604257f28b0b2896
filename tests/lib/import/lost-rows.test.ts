// Issue 15, "Rows lost without a word": every data line of a file is a row of the summary,
// read or skipped with its line and reason, whichever way the file is read (the form reading
// all of a small file, or a sample and then the whole file in one pass).
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../../src/lib/sql/executor';
import { importFile, importFixture } from './load';

interface Line {
  row: number;
  customer: string | null;
  problem: string | null;
  reason: string | null;
}

async function imported(name: string, readAgain: boolean) {
  return importFile(importFixture(name), {}, {}, { readAgain });
}

const ways = [
  ['the form reads all of it', false],
  ['it is read again in one pass', true],
] as const;

describe('a UTF-8 file with Windows-1252 and UTF-16 lines pasted in (mixed-encodings.csv)', () => {
  // make-mixed-encodings.py writes it: header, then 45 rows, one order each, 1 Jan-15 Mar 2024:
  //   lines  2-21 rows  1-20 UTF-8                  -> read
  //   lines 22-34 rows 21-33 Windows-1252 (é = E9)  -> not UTF-8: skipped, "line N ... cannot be read"
  //   lines 35-36 rows 34-35 UTF-16LE               -> read as text with NUL bytes: the date
  //                                                     cannot be read, skipped
  //   lines 37-46 rows 36-45 UTF-8, to 15 March     -> read
  // Before: the NULs made the whole file read again as UTF-16, one row of nonsense.
  it.each(ways)('all 45 rows are counted and the dates go to March when %s', async (_, again) => {
    const { db, counts, orders } = await imported('mixed-encodings.csv', again);
    try {
      expect(counts).toEqual({ rows: 45, used: 30, skipped: 15 });
      expect(orders[0]).toEqual({ customer: 'Cliënt 01', date: '2024-01-01', total: 11 });
      expect(orders.at(-1)).toEqual({ customer: 'Cliënt 45', date: '2024-03-15', total: 55 });
      const skipped = rowsOf<Line>(
        await db.query(`SELECT "row"::INTEGER AS "row", customer, problem, reason FROM lines
WHERE problem IS NOT NULL ORDER BY "row"`),
      );
      const unreadable = skipped.filter((l) => l.problem === 'unreadable');
      // Each Windows-1252 line by its number in the file, with the reader's reason.
      expect(unreadable.map((l) => Number(/^line (\d+) /.exec(l.reason ?? '')?.[1]))).toEqual([
        22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34,
      ]);
      for (const l of unreadable) expect(l.reason).toMatch(/not utf-8 encoded/i);
      expect(skipped.filter((l) => l.problem === 'date')).toHaveLength(2);
    } finally {
      db.close();
    }
  });
});

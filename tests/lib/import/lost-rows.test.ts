// Issue 15, "Rows lost without a word": every data line of a file is a row of the summary,
// read or skipped with its line and reason, whichever way the file is read (the form reading
// all of a small file, or a sample and then the whole file in one pass).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadOptions } from '../../../src/lib/import/ingest';
import { skippedRows } from '../../../src/lib/import/skipped';
import { rowsOf } from '../../../src/lib/sql/executor';
import { importFile, importFixture, type Imported } from './load';

interface Line {
  row: number;
  customer: string | null;
  problem: string | null;
  reason: string | null;
}

/** Import `path` (read again in one pass or not), hand it to `use`, then close its database. */
async function whileImported<T>(
  path: string,
  readAgain: boolean,
  use: (imported: Imported) => Promise<T>,
): Promise<T> {
  const imported = await importFile(path, {}, {}, { readAgain });
  try {
    return await use(imported);
  } finally {
    imported.db.close();
  }
}

const ways = [
  ['the form reads all of it', false],
  ['it is read again in one pass', true],
] as const;

describe('a UTF-8 file with Windows-1252 and UTF-16 lines pasted in (mixed-encodings.csv)', () => {
  // make-mixed-encodings.py writes it: header, then 45 rows, one order each, 1 Jan-15 Mar 2024:
  //   lines  2-21 rows  1-20 UTF-8                  -> read
  //   lines 22-34 rows 21-33 Windows-1252 (é = E9)  -> not UTF-8: skipped, "line N ... cannot be read"
  //   lines 35-36 rows 34-35 UTF-16LE               -> ASCII letters each with a NUL after it:
  //                                                     read once the NULs are dropped (C34, C35)
  //   lines 37-46 rows 36-45 UTF-8, to 15 March     -> read
  // Before: the NULs made the whole file read again as UTF-16 (one row of nonsense); without
  // that, the Latin-1 re-read (13 bad lines are over 1%) failed and forgot the 13 lines.
  it.each(ways)('all 45 rows are counted and the dates go to March when %s', (_, again) =>
    whileImported(importFixture('mixed-encodings.csv'), again, async ({ db, counts, orders }) => {
      expect(counts).toEqual({ rows: 45, used: 32, skipped: 13 });
      expect(orders.filter((o) => ['C34', 'C35', 'Cliënt 36'].includes(o.customer))).toEqual([
        { customer: 'C34', date: '2024-02-25', total: 44 },
        { customer: 'C35', date: '2024-02-27', total: 45 },
        { customer: 'Cliënt 36', date: '2024-02-28', total: 46 },
      ]);
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
      expect(skipped).toEqual(unreadable);
    }),
  );
});

/** Each row's customer, date, amount and product as read, in file order. */
function products(name: string, readAgain: boolean) {
  return whileImported(importFixture(name), readAgain, async ({ db, counts, orders }) => {
    const lines = rowsOf<{ customer: string; product: string }>(
      await db.query(`SELECT customer, product FROM lines ORDER BY "row"`),
    );
    return { counts, orders, lines: lines.map((l) => [l.customer, l.product]) };
  });
}

describe('quoting follows RFC 4180 unless the file clearly says otherwise', () => {
  // quoted-quotes.csv, quoted as RFC 4180 says ("" inside quotes is one "):
  //   ann,2024-01-05,10,"Mug ""XL"", blue"    -> product Mug "XL", blue
  //   bob,2024-01-06,20,Plate
  //   ann,2024-02-01,5,"Cup, ""small"""      -> product Cup, "small"
  //   carl,2024-02-03,7.5,"""Best"" tea"     -> product "Best" tea
  // Before: the sniffer picked no escape character and "Mug ""XL"" and  blue" became two cells.
  it.each(ways)('a product called "Mug ""XL"", blue" stays one cell when %s', async (_, again) => {
    expect(await products('quoted-quotes.csv', again)).toEqual({
      counts: { rows: 4, used: 4, skipped: 0 },
      orders: [
        { customer: 'ann', date: '2024-01-05', total: 10 },
        { customer: 'bob', date: '2024-01-06', total: 20 },
        { customer: 'ann', date: '2024-02-01', total: 5 },
        { customer: 'carl', date: '2024-02-03', total: 7.5 },
      ],
      lines: [
        ['ann', 'Mug "XL", blue'],
        ['bob', 'Plate'],
        ['ann', 'Cup, "small"'],
        ['carl', '"Best" tea'],
      ],
    });
  });

  // apostrophes.csv: no quoted cell at all, but many apostrophes, some at the start of a cell.
  // Read with ' as the quote (the sniffer's choice), 'Best' tea lost its last letter, '90s mug
  // ran on over the line end and swallowed D'Arcy's order (6 rows became 5). As RFC 4180 says,
  // an apostrophe is just a letter: 6 rows, 6 orders, each cell as written.
  it.each(ways)("O'Brien's and D'Arcy's orders are all read when %s", async (_, again) => {
    expect(await products('apostrophes.csv', again)).toEqual({
      counts: { rows: 6, used: 6, skipped: 0 },
      orders: [
        { customer: "O'Brien", date: '2024-01-05', total: 10 },
        { customer: 'ann', date: '2024-01-07', total: 5 },
        { customer: 'bob', date: '2024-01-08', total: 8 },
        { customer: "D'Arcy", date: '2024-01-09', total: 20 },
        { customer: 'carl', date: '2024-02-01', total: 7 },
        { customer: "O'Brien", date: '2024-02-02', total: 9 },
      ],
      lines: [
        ["O'Brien", "Kids' mug"],
        ['ann', "'Best' tea"],
        ['bob', "'90s mug"],
        ["D'Arcy", "Baker's dozen"],
        ['carl', 'Tea'],
        ["O'Brien", "'Rock 'n' roll' mug"],
      ],
    });
  });

  // single-quotes.csv: every cell in single quotes, the header too ('customer','date',...):
  // the file says its quote is ', and '' inside is one '.
  it.each(ways)(
    'a file quoted with single quotes throughout reads as such when %s',
    async (_, again) => {
      expect(await products('single-quotes.csv', again)).toEqual({
        counts: { rows: 2, used: 2, skipped: 0 },
        orders: [
          { customer: 'ann', date: '2024-01-05', total: 10 },
          { customer: 'bob', date: '2024-01-06', total: 20 },
        ],
        lines: [
          ['ann', 'Mug, blue'],
          ['bob', "It's a plate"],
        ],
      });
    },
  );
});

describe("the browser's engine (DuckDB 1.4, wasm) reads the quoting the same way", () => {
  it('quoted quotes, apostrophes and single-quoted cells give the same cells as DuckDB 1.5', async () => {
    const { readFileSync } = await import('node:fs');
    const { openWasmDatabase } = await import('../../helpers/wasm-db');
    const { readCsvArguments } = await import('../../../src/lib/import/ingest');
    const { db, connection } = await openWasmDatabase();
    try {
      const cells = (name: string, quote?: "'") => {
        db.registerFileBuffer(name, new Uint8Array(readFileSync(importFixture(name))));
        const sql = `SELECT * FROM read_csv(${readCsvArguments(name, { storeRejects: false, quote })})`;
        return connection
          .query(sql)
          .toArray()
          .map((r) => Object.values(r.toJSON() as Record<string, string>));
      };
      expect(cells('quoted-quotes.csv').map((r) => r[3])).toEqual([
        'Mug "XL", blue',
        'Plate',
        'Cup, "small"',
        '"Best" tea',
      ]);
      expect(cells('apostrophes.csv').map((r) => r[0])).toEqual([
        "O'Brien",
        'ann',
        'bob',
        "D'Arcy",
        'carl',
        "O'Brien",
      ]);
      // The strict reader there too: the quote left open costs its six lines, no more, both
      // as the whole file is read (rejects kept) and as `raw` reads it (passed over, serial).
      db.registerFileBuffer('unclosed.csv', new TextEncoder().encode(unclosedQuoteLines()));
      const count = (options: ReadOptions) =>
        connection
          .query(
            `SELECT count(*)::INTEGER AS n FROM read_csv(${readCsvArguments('unclosed.csv', options)})`,
          )
          .toArray()[0]
          .toJSON();
      expect(count({})).toEqual({ n: 24_994 });
      expect(count({ storeRejects: false, parallel: false })).toEqual({ n: 24_994 });
      // Why `raw` reads serially: in parallel, DuckDB 1.4 stops at the open quote.
      expect(count({ storeRejects: false })).toEqual({ n: 21_999 });
      expect(cells('single-quotes.csv', "'")).toEqual([
        ['ann', '2024-01-05', '10', 'Mug, blue'],
        ['bob', '2024-01-06', '20', "It's a plate"],
      ]);
    } finally {
      connection.close();
    }
  });
});

describe('a tab-separated file with one stray quote (papaparse malformed.tsv)', () => {
  // Its line 9 is SLK<tab>-74.20<tab>"44.39<tab>7...: read as RFC 4180 says, that " hides
  // every tab and the file reads as one column. Nothing in it is quoted, so it is read without
  // a quote character, and the form shows its columns (it has no customer, so it stops there).
  it('shows its nine columns, not one', async () => {
    const { sharedData } = await import('../../helpers/db');
    await expect(importFile(sharedData('messy/papaparse/malformed.tsv'))).rejects.toThrow(
      /among "site", "lon", "lat", "max", "min", "precip", "snow", "snowdepth", "column8"/,
    );
  });
});

/** The lines of the file described below ("a quote left open…"). */
function unclosedQuoteLines(): string {
  const lines = ['customer,date,amount,product'];
  for (let i = 1; i <= 25_000; i++) {
    const product = i === 22_000 ? '"Mug' : i % 5 === 0 ? `"Cup, ${i}"` : 'Tea';
    lines.push(`c${i % 300},2024-01-${String(1 + (i % 28)).padStart(2, '0')},${i % 50},${product}`);
  }
  return lines.join('\n') + '\n';
}

function unclosedQuoteFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'regulars-quote-')), 'unclosed.csv');
  writeFileSync(path, unclosedQuoteLines());
  return path;
}

describe('a quote left open in the middle of a large file (issue 15)', () => {
  // 25,000 rows after the header (file lines 2-25,001), every fifth product in quotes
  // ("Cup, 5"), and one product opened with a quote and never closed: `"Mug` on file line
  // 22,001 (row 22,000, itself a fifth). RFC 4180 lets a quoted cell run over line ends, so
  // that cell runs on to the next quote, `"Cup, 22005"` on line 22,006: six lines make one
  // record of five cells. The mapping form's sample (20,480 rows sniffed) never sees it.
  // Before, the lenient reader took those six lines as one row of nonsense, skipped nothing
  // and said nothing; in a file whose quotes follow sooner it ran on for 10,000 lines.
  it.each(ways)('the six lines are one skipped row that names them when %s', (_, again) =>
    whileImported(unclosedQuoteFile(), again, async ({ db, counts }) => {
      // 24,994 rows read, and one skipped: lines 22,001-22,006.
      expect(counts).toEqual({ rows: 24_995, used: 24_994, skipped: 1 });
      const [skipped] = await skippedRows(db);
      expect(skipped.reason).toMatch(/^lines 22001-22006 of the file cannot be read/);
      // What the page shows as its value, in the reader's language ("line … of the file").
      expect(skipped).toMatchObject({ row: 24_995, problem: 'unreadable', value: '22001-22006' });
      // The rows on either side are whole: row 21,999 (c99), then line 22,007's (c106).
      const around = rowsOf<{ customer: string; product: string }>(
        await db.query(`SELECT customer, product FROM lines WHERE "row" IN (21999, 22000)
ORDER BY "row"`),
      );
      expect(around).toEqual([
        { customer: 'c99', product: 'Tea' },
        { customer: 'c106', product: 'Tea' },
      ]);
    }),
  );
});

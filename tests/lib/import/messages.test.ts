// Issue 15: a file that cannot work is refused in the user's words, saying what is wrong and
// where; never with the CSV reader's own message ("Parameter Not Allowed Error: CSV Error on
// Line: 2"). Binary and oversized files are made here; the small text ones are fixtures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/cli/node-db';
import { ingestPath } from '../../../src/cli/input';
import { translateErrorText } from '../../../src/lib/i18n/errors';
import { ImportError } from '../../../src/lib/import/errors';
import { binaryBytes, longLine } from '../../../src/lib/import/first-bytes';
import { applyPlan, inspectAndPlan } from '../../../src/lib/import/prepare';
import { knownReadError, readError } from '../../../src/lib/import/read-errors';
import { importFile, importFixture } from './load';

const GOOD =
  'A good file is a CSV (or .xlsx) with a header line and one row per order or order line, with a customer (id, email or name), a date and an amount.';

function tempFile(name: string, bytes: Uint8Array | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'regulars-messages-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** Bytes from a fixed seed: the same "random" file on every run. */
function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

/** The error importing `path` fails with (the test fails when it imports). */
async function refusal(path: string): Promise<ImportError> {
  const error = await importFile(path).then(
    (t) => (t.db.close(), null),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('a file that cannot work is refused in words, not with the reader’s message', () => {
  it.each([
    ['4 KB of random bytes', 4096],
    ['64 KB of random bytes', 65536],
    ['20 random bytes', 20],
  ])('%s are "not a text (CSV) file"', async (_name, size) => {
    const error = await refusal(tempFile('random.bin', noise(size)));
    expect(error.text).toEqual({ key: 'error.import.binary', goodFile: true });
    expect(translateErrorText(error.text!)).toBe(
      `This does not look like a text (CSV) file. ${GOOD}`,
    );
  });

  it('a text file named .gz is told to be renamed or compressed', async () => {
    const error = await refusal(importFixture('not-gzip.csv.gz'));
    expect(error.text).toEqual({ key: 'error.import.notGzip' });
    expect(translateErrorText(error.text!)).toBe(
      'This file is named .gz but is not gzip-compressed: rename it without .gz (for example orders.csv), or compress it with gzip.',
    );
  });

  it('a 10 MB line after the header is named by its line number', async () => {
    const text = `customer,date,amount\n${'ann,2024-01-05,'.repeat(700_000)}\n`;
    const error = await refusal(tempFile('long-line.csv', text));
    expect(error.text).toEqual({
      key: 'error.import.longLine',
      params: { line: 2 },
      goodFile: true,
    });
    expect(translateErrorText(error.text!)).toBe(
      `Line 2 is longer than 2 MB, which no row of orders is: this is not a table of orders, or its line ends were lost (save it again as CSV). ${GOOD}`,
    );
  });

  it('a 10 MB file of one line without a delimiter is a line too long, not an empty file', async () => {
    const error = await refusal(tempFile('one-line.txt', 'a'.repeat(10 * 1024 * 1024)));
    expect(error.text).toMatchObject({ key: 'error.import.longLine', params: { line: 1 } });
  });

  it('a line too long further down than the sample is refused when the whole file is read', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `c${i},2024-01-${(i % 28) + 10},${i + 1}`);
    const path = tempFile(
      'late-long.csv',
      ['customer,date,amount', ...rows, `x,2024-01-01,${'9'.repeat(2_100_000)}`, ''].join('\n'),
    );
    const db = await openNodeDatabase({ threads: 1 });
    try {
      // The form reads the first kilobyte only, as it reads the first 2 MB of a large file.
      await ingestPath(db, path, {}, { limit: 1000 });
      const { plan, info } = await inspectAndPlan(db);
      const error = await applyPlan(
        db,
        plan,
        info.columns.map((c) => c.name),
      ).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).text).toEqual({
        key: 'error.import.longLineAny',
        goodFile: true,
      });
      expect(translateErrorText((error as ImportError).text!)).toMatch(
        /^A line of this file is longer than 2 MB/,
      );
    } finally {
      db.close();
    }
  });

  it('a file of only blank lines says so', async () => {
    const error = await refusal(importFixture('blank-lines.csv'));
    expect(error.text).toEqual({ key: 'error.import.blank', goodFile: true });
    expect(translateErrorText(error.text!)).toBe(`The file has only blank lines. ${GOOD}`);
  });

  it('no customer column: which role is missing, among which columns, and the way out', async () => {
    const error = await refusal(importFixture('no-customer.csv'));
    expect(error.text).toEqual({
      key: 'error.import.missing',
      params: { roles: 'customer', columns: '"date", "amount"' },
      goodFile: true,
    });
    expect(translateErrorText(error.text!)).toBe(
      `No Customer column found among "date", "amount". ${GOOD}`,
    );
    expect(error.message).toMatch(/--map customer=COLUMN/);
  });
});

describe('text that only looks odd is still text', () => {
  it('valid UTF-8 with U+FFFD in a name imports, the character kept', async () => {
    const t = await importFile(importFixture('replacement-char.csv'));
    try {
      expect(t.counts).toEqual({ rows: 3, used: 3, skipped: 0 });
      expect(t.orders.map((o) => [o.customer, o.total])).toEqual([
        ['Ann \ufffd Smith', 10],
        ['Bob', 20],
        ['Ann \ufffd Smith', 5],
      ]);
    } finally {
      t.db.close();
    }
  });

  it('a tab, a form feed or a DOS end-of-file mark is not binary; one control byte in ten is', () => {
    const text = new TextEncoder().encode('customer\tdate\tamount\fann\t2024-01-05\t10\n\x1a');
    expect(binaryBytes(text, 'utf-8')).toBe(false);
    expect(binaryBytes(new Uint8Array([65, 66, 1, 67, 68, 69, 70, 71, 72, 73]), 'utf-8')).toBe(
      true,
    );
  });

  it('lines are counted from 1, and a line open at the end counts once it is too long', () => {
    const bytes = new TextEncoder().encode('ab\ncdefgh\nij');
    expect(longLine(bytes, 3)).toBe(2);
    expect(longLine(bytes, 6)).toBeUndefined();
    expect(longLine(new TextEncoder().encode('abcdefgh'), 6)).toBe(1);
  });
});

describe('the reader’s own messages, when they still come, are put in words', () => {
  it.each([
    ['IO Error: Input is not a GZIP stream: input.csv', 'error.import.notGzip'],
    [
      'Invalid Input Error: CSV Error on Line: 1\nMaximum line size of 2000000 bytes exceeded.',
      'error.import.longLineAny',
    ],
    ['Parameter Not Allowed Error: CSV Error on Line: 2', 'error.import.badLine'],
  ])('%s', (message, key) => {
    expect(readError(new Error(message)).text?.key).toBe(key);
  });

  it('a line the reader refuses is named, and an unknown failure says no more than "cannot be read"', () => {
    const line = readError(new Error('Parameter Not Allowed Error: CSV Error on Line: 2'));
    expect(translateErrorText(line.text!)).toBe(
      `Line 2 of this file cannot be read as CSV (an unclosed quote, or bytes that are not text). ${GOOD}`,
    );
    const other = readError(new Error('Invalid Input Error: something new'));
    expect(translateErrorText(other.text!)).toBe(`This file cannot be read as CSV. ${GOOD}`);
    expect(other.message).not.toMatch(/Invalid Input/);
    // Not a reader failure: passed on as it is.
    expect(knownReadError(new Error('Catalog Error: Table lines does not exist'))).toBeUndefined();
  });
});

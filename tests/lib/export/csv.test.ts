import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from '../../../src/lib/export/csv';

describe('CSV downloads', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['\n=1', `'\n=1`],
    ['Maria', 'Maria'],
    ['', ''],
  ])('neutralises a text cell a spreadsheet would run: %j', (input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });

  it('keeps numbers as numbers, negative ones included', () => {
    expect(safeCell(-12.5)).toBe(-12.5);
    expect(toCsv([{ n: -12.5 }], [{ header: 'n', value: (r) => r.n }])).toBe('n\r\n-12.5');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const rows = [{ name: 'Tea towel, set of 2', note: 'say "hi"\nbye' }];
    const csv = toCsv(rows, [
      { header: 'name', value: (r) => r.name },
      { header: 'note', value: (r) => r.note },
    ]);
    expect(csv).toBe('name,note\r\n"Tea towel, set of 2","say ""hi""\nbye"');
  });

  it('guards a multi-line value that starts with a line break and a formula', () => {
    const csv = toCsv([{ v: '\n=cmd|calc' }], [{ header: 'v', value: (r) => r.v }]);
    expect(csv).toBe(`v\r\n"'\n=cmd|calc"`);
  });

  it('writes empty cells for missing values and guards hostile headers too', () => {
    const csv = toCsv([{ v: null }], [{ header: '=evil', value: (r) => r.v }]);
    expect(csv).toBe(`'=evil\r\n`);
  });
});

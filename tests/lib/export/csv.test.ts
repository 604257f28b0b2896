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
    // A control character first: a spreadsheet may drop it and run what follows.
    ['\x07=1+1', `'\x07=1+1`],
    ['\x00=1+1', `'\x00=1+1`],
    ['\x1b@SUM(A1)', `'\x1b@SUM(A1)`],
    ['\x7f=1', `'\x7f=1`],
    ['\x85=1', `'\x85=1`],
    // Full-width and small forms, read as = + - @ by some spreadsheets.
    ['＝1+1', `'＝1+1`],
    ['＋1+1', `'＋1+1`],
    ['－2+3', `'－2+3`],
    ['＠SUM(A1)', `'＠SUM(A1)`],
    ['﹦1+1', `'﹦1+1`],
    ['﹢1', `'﹢1`],
    ['﹣1', `'﹣1`],
    ['﹫SUM(A1)', `'﹫SUM(A1)`],
    // Spaces or invisible characters before the sign.
    [' =1+1', `' =1+1`],
    ['\u00a0=1+1', `'\u00a0=1+1`],
    ['\u3000＝1+1', `'\u3000＝1+1`],
    ['\u200b=1+1', `'\u200b=1+1`],
    ['\ufeff=1+1', `'\ufeff=1+1`],
    ['\u202e=1+1', `'\u202e=1+1`],
  ])('neutralises a text cell a spreadsheet would run: %j', (input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });

  it.each([
    ['Maria'],
    [''],
    [' Maria'],
    ['Tea = coffee'],
    ['a+b'],
    ['maria@example.com'],
    ['1-2'],
    ['Ａnna'],
    ['Ελένη'],
    ['مریم'],
  ])('leaves ordinary text alone: %j', (input) => {
    expect(safeCell(input)).toBe(input);
  });

  it.each([[-12.5], [0], [42], [-0.001], [true], [false]])(
    'keeps numbers and booleans as they are: %j',
    (value) => {
      expect(safeCell(value)).toBe(value);
    },
  );

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

  it('guards a control character before a formula, and a full-width formula, in the file', () => {
    const csv = toCsv(
      [{ v: '\x07=1+1' }, { v: '＝1+1' }, { v: -3 }],
      [{ header: 'v', value: (r) => r.v }],
    );
    expect(csv).toBe(`v\r\n'\x07=1+1\r\n'＝1+1\r\n-3`);
  });

  it('writes empty cells for missing values and guards hostile headers too', () => {
    const csv = toCsv([{ v: null }], [{ header: '=evil', value: (r) => r.v }]);
    expect(csv).toBe(`'=evil\r\n`);
  });
});

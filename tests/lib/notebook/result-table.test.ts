// A large query result scrolls smoothly because only the rows in view are drawn, and its
// values read as plain text with numbers aligned for comparison.
import { describe, expect, it } from 'vitest';
import { cellText, columnLayout } from '../../../src/lib/notebook/cell-text';
import { virtualWindow } from '../../../src/lib/notebook/virtual';

describe('the rows drawn', () => {
  const base = { rows: 100_000, rowHeight: 28, viewport: 280, overscan: 5 };

  // prettier-ignore
  const table: [string, number, [number, number]][] = [
    ['at the top: the first screen and a few more', 0, [0, 15]],
    ['scrolled to row 1,000: the rows around it', 28_000, [995, 1015]],
    ['halfway through a row', 28_014, [995, 1015]],
    ['at the very end: the last rows only', 100_000 * 28 - 280, [99_985, 100_000]],
    ['scrolled past the end (elastic scrolling)', 100_000 * 28 + 500, [99_985, 100_000]],
    ['scrolled above the top (elastic scrolling)', -100, [0, 15]],
  ];
  it.each(table)('%s', (_, scrollTop, [start, end]) => {
    const w = virtualWindow({ ...base, scrollTop });
    expect([w.start, w.end]).toEqual([start, end]);
  });

  it('keep the scroll height of all rows, drawn or not', () => {
    const w = virtualWindow({ ...base, scrollTop: 28_000 });
    expect(w.before + (w.end - w.start) * 28 + w.after).toBe(100_000 * 28);
  });

  it('are all of a short result', () => {
    expect(virtualWindow({ rows: 3, rowHeight: 28, scrollTop: 0, viewport: 400 })).toEqual({
      start: 0,
      end: 3,
      before: 0,
      after: 0,
    });
  });

  it('are none of an empty result', () => {
    const w = virtualWindow({ rows: 0, rowHeight: 28, scrollTop: 0, viewport: 400 });
    expect([w.start, w.end, w.after]).toEqual([0, 0, 0]);
  });
});

describe('a value in the table', () => {
  // prettier-ignore
  const table: [string, Parameters<typeof cellText>[0], string | null][] = [
    ['text as it is, markup included', '<b>Anna</b>', '<b>Anna</b>'],
    ['a whole number without separators (ids, years)', 2024, '2024'],
    ['a sum without float noise', 0.1 + 0.2, '0.3'],
    ['a small share as it is', 0.000123, '0.000123'],
    ['true and false', true, 'true'],
    ['a missing value as null', null, null],
  ];
  it.each(table)('shows %s', (_, value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe('the columns', () => {
  it('align numbers right and size to their contents', () => {
    const layout = columnLayout({
      names: ['country', 'revenue', 'note'],
      columns: { country: ['GR', 'RO'], revenue: [1234.5, null], note: [null, 'x'.repeat(80)] },
      length: 2,
    });
    expect(layout).toEqual([
      { name: 'country', numeric: false, width: 7 },
      { name: 'revenue', numeric: true, width: 7 },
      { name: 'note', numeric: false, width: 40 },
    ]);
  });
});

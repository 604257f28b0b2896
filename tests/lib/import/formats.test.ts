import { describe, expect, it } from 'vitest';
import { chooseDateFormats, detectDecimal } from '../../../src/lib/import/formats';
import { importFile, importFixture } from './load';

describe('decimal separator per column, from its values', () => {
  const table: [string[], string][] = [
    [['1,234.56', '12.50'], '.'],
    [['1.234,56', '12,50'], ','],
    [['1 234,56', '99,90'], ','],
    [['12 345 Ft', '1 000 Ft'], '.'],
    [['€1.234,56'], ','],
    [['1.234,56 lei'], ','],
    [['(12.00)'], '.'],
    [['۱۲۳٬۴۵۶', '۱۰۰٬۰۰۰'], '.'],
  ];
  for (const [values, expected] of table) {
    it(`${values.join(' | ')} → "${expected}"`, () => expect(detectDecimal(values)).toBe(expected));
  }
});

describe('choosing a date format', () => {
  it('prefers the family that reads more values (a day above 12 decides)', () => {
    const choice = chooseDateFormats(
      [
        { format: '%d/%m/%Y', parsed: 1 },
        { format: '%m/%d/%Y', parsed: 2 },
      ],
      2,
      { dmy: 1, mdy: 2 },
    );
    expect(choice).toEqual({ formats: ['%m/%d/%Y'], ambiguousWith: [] });
  });

  it('reports a column where every day is 12 or less, with examples to show both ways', async () => {
    const t = await importFile(importFixture('ambiguous-dates.csv'));
    try {
      expect(t.dates.formats[0]).toBe('%d/%m/%Y');
      expect(t.dates.ambiguousWith).toContain('%m/%d/%Y');
      expect(t.dates.examples).toEqual(['01/02/2024', '03/04/2024']);
    } finally {
      t.db.close();
    }
  });
});

// A SQL cell picks a chart for its result: sales over time as a line, sales per country as
// bars, anything else as a table; and the chart draws exactly the rows of the result.
import { describe, expect, it } from 'vitest';
import type { Cell, QueryResult } from '../../../src/lib/sql/executor';
import {
  chartColumns,
  chartOptions,
  chartPoints,
  MAX_BARS,
  suggestChart,
  toDate,
} from '../../../src/lib/sql-cells/suggest-chart';

/** A result from columns written as { name: values }, in order. */
function result(columns: Record<string, Cell[]>): QueryResult {
  const names = Object.keys(columns);
  return { names, columns, length: names.length ? columns[names[0]].length : 0 };
}

const countries = (n: number) => Array.from({ length: n }, (_, i) => `country ${i}`);

describe('the suggested chart', () => {
  // prettier-ignore
  const table: [string, QueryResult, string][] = [
    ['revenue per day', result({ day: ['2024-01-01', '2024-01-02'], revenue: [10, 12.5] }), 'line'],
    ['orders per hour (timestamps)', result({ at: ['2024-01-01 10:00:00', '2024-01-01 11:00:00'], n: [3, 4] }), 'line'],
    ['revenue per month label', result({ month: ['2024-01', '2024-02', '2024-03'], revenue: [1, 2, 3] }), 'line'],
    ['a date then a text column then a number', result({ day: ['2024-01-01', '2024-01-02'], who: ['a', 'b'], n: [1, 2] }), 'line'],
    ['dates with a missing value', result({ day: ['2024-01-01', null, '2024-01-03'], n: [1, 2, null] }), 'line'],
    ['revenue per country', result({ country: ['GR', 'RO', 'HU'], revenue: [30, 20, 10] }), 'bar'],
    ['a number first, then the category', result({ n: [5, 3], segment: ['Champions', 'At Risk'] }), 'bar'],
    [`${MAX_BARS} countries`, result({ country: countries(MAX_BARS), n: countries(MAX_BARS).map((_, i) => i) }), 'bar'],
    [`${MAX_BARS + 1} countries`, result({ country: countries(MAX_BARS + 1), n: countries(MAX_BARS + 1).map((_, i) => i) }), 'table'],
    ['a single day', result({ day: ['2024-01-01'], n: [1] }), 'table'],
    ['dates without a number', result({ day: ['2024-01-01', '2024-01-02'], who: ['a', 'b'] }), 'table'],
    ['a date that is not the first column', result({ n: [1, 2], day: ['2024-01-01', '2024-01-02'] }), 'table'],
    ['only numbers', result({ year: [2023, 2024], revenue: [1, 2] }), 'table'],
    ['only text', result({ name: ['a'], email: ['a@x'] }), 'table'],
    ['numbers written as text', result({ country: ['GR'], revenue: ['12.5'] }), 'table'],
    ['an empty result', result({ country: [], n: [] }), 'table'],
    ['no columns', result({}), 'table'],
    ['a column of nulls', result({ day: [null, null], n: [1, 2] }), 'table'],
  ];
  it.each(table)('for %s is a %s', (_, r, expected) => {
    expect(suggestChart(r)).toBe(expected);
  });
});

describe('the chart columns', () => {
  it('are the date and the first number column for a line', () => {
    const r = result({ day: ['2024-01-01', '2024-01-02'], orders: [1, 2], revenue: [3, 4] });
    expect(chartColumns(r, 'line')).toEqual({ x: 'day', y: 'orders' });
  });

  it('are the first text and the first number column for bars', () => {
    const r = result({ rank: [1, 2], country: ['GR', 'RO'], city: ['a', 'b'] });
    expect(chartColumns(r, 'bar')).toEqual({ x: 'country', y: 'rank' });
  });

  it('are none when the user picks a chart the result cannot fill', () => {
    expect(chartColumns(result({ a: ['x'], b: ['y'] }), 'line')).toBeNull();
    expect(chartOptions(result({ a: ['x'], b: ['y'] }), 'bar')).toBeNull();
  });
});

describe('the points drawn', () => {
  it('put a line in time order, in UTC, and leave out rows with a missing value', () => {
    const r = result({ day: ['2024-03-01', '2024-01-01', null, '2024-02-01'], n: [3, 1, 9, null] });
    expect(chartPoints(r, 'line')).toEqual([
      { x: new Date('2024-01-01T00:00:00Z'), y: 1 },
      { x: new Date('2024-03-01T00:00:00Z'), y: 3 },
    ]);
  });

  it("keep bars in the query's order", () => {
    const r = result({ country: ['RO', 'GR', 'HU'], n: [2, 3, 1] });
    expect(chartPoints(r, 'bar').map((p) => p.x)).toEqual(['RO', 'GR', 'HU']);
  });

  // prettier-ignore
  const dates: [string, string][] = [
    ['2024-02', '2024-02-01T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2024-02-29 23:30:00', '2024-02-29T23:30:00.000Z'],
    ['2024-02-29T23:30', '2024-02-29T23:30:00.000Z'],
    ['2024-02-29 23:30:00.5', '2024-02-29T23:30:00.500Z'],
    ['2024-02-29T23:30:00+02:00', '2024-02-29T21:30:00.000Z'],
  ];
  it.each(dates)('read %s as %s', (text, iso) => {
    expect(toDate(text).toISOString()).toBe(iso);
  });
});

describe('the chart options', () => {
  const sales = result({ month: ['2024-01', '2024-02'], revenue: [1000, 1500] });

  it('label the axes with the column names unless labels are given', () => {
    expect(chartOptions(sales, 'line')).toMatchObject({
      x: { label: 'month', type: 'utc' },
      y: { label: 'revenue' },
    });
    expect(chartOptions(sales, 'line', { x: 'Month', y: 'Revenue (€)' })).toMatchObject({
      x: { label: 'Month' },
      y: { label: 'Revenue (€)' },
    });
  });

  it('format numbers the way the user reads them', () => {
    const options = chartOptions(sales, 'line', { number: (n) => `${n / 1000}k` });
    expect((options?.y?.tickFormat as (n: number) => string)(1500)).toBe('1.5k');
  });

  it('lay bars out across, one row per category, in the order of the result', () => {
    const r = result({ country: ['Romania', 'Greece'], n: [2, 3] });
    const options = chartOptions(r, 'bar');
    expect(options).toMatchObject({
      x: { label: 'n' },
      y: { label: 'country', domain: ['Romania', 'Greece'] },
    });
    expect(options?.height).toBe(40 + 24 * 2);
  });
});

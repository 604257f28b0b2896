import { describe, expect, it } from 'vitest';
import { heatmapOptions, heatmapPrintsNumbers } from '../../../src/lib/analyses/cohorts/chart';
import { printsNumbers } from '../../../src/lib/analyses/cohorts/density';
import type { CohortResult } from '../../../src/lib/analyses/cohorts/types';

// A square's room: (width − left margin − Plot's 20 px right margin) / columns; a text needs
// 6.5 px a character plus 4 px.
describe('numbers printed in heatmap squares', () => {
  it('prints "40%" in a square 30 px wide (needs 4 × 6.5 + 4 = 30)', () => {
    // (1000 − 120 − 20) / 28 = 30.7 px
    expect(printsNumbers({ width: 1000, marginLeft: 120, columns: 28, texts: ['40%'] })).toBe(true);
  });

  it('drops them for 106 weekly columns on a 1052 px page (8.5 px a square)', () => {
    expect(printsNumbers({ width: 1052, marginLeft: 120, columns: 106, texts: ['0%'] })).toBe(
      false,
    );
  });

  it('measures the longest text, not the first', () => {
    // 30 px squares: "7%" fits (17 px), "1,234.5" does not (49.5 px).
    const room = { width: 1000, marginLeft: 120, columns: 28 };
    expect(printsNumbers({ ...room, texts: ['7%'] })).toBe(true);
    expect(printsNumbers({ ...room, texts: ['7%', '1,234.5'] })).toBe(false);
  });

  it('counts a Persian digit as one character', () => {
    expect([...'۴۰٪'].length).toBe(3);
    expect(printsNumbers({ width: 1000, marginLeft: 120, columns: 28, texts: ['۴۰٪٪'] })).toBe(
      true,
    );
  });
});

// Five monthly cohorts: 2024-01 has five offsets (k = 0..4), the last one one.
const result: CohortResult = {
  period: 'month',
  latest: '2024-05',
  latestIncomplete: false,
  rows: [0, 1, 2, 3, 4].map((i) => ({
    cohort: `2024-0${i + 1}`,
    index: 2024 * 12 + i,
    active: [10, 5, 4, 3, 2].slice(0, 5 - i),
    activeOrLater: [10, 5, 4, 3, 2].slice(0, 5 - i),
    revenue: [100, 50, 40, 30, 20].slice(0, 5 - i),
  })),
};
const labels = {
  x: 'k',
  y: 'cohort',
  size: 'size',
  value: 'value',
  active: 'active',
  mean: 'mean',
  incomplete: 'incomplete',
  format: (v: number) => `${Math.round(v * 100)}%`,
  period: (s: string) => s,
  count: (n: number) => String(n),
};
// One text mark per ink: the grey first column's, black and white.
const textMarks = (width?: number) =>
  (heatmapOptions(result, { metric: 'retention', unbounded: false, width }, labels).marks ?? [])
    .map((mark) => (mark as { constructor: { name: string } }).constructor.name)
    .filter((name) => name === 'Text').length;

describe('the cohort heatmap', () => {
  it('prints figures on a wide chart and on one of unknown width', () => {
    // 5 columns in (800 − 120 − 20) px: 132 px a square.
    expect(textMarks(800)).toBe(3);
    expect(textMarks(undefined)).toBe(3);
  });

  it('draws only the colours when the squares are too narrow for "50%"', () => {
    // The longest text is "50%" (5 of 10 back at k = 1): 3 × 6.5 + 4 = 23.5 px.
    // 300 px: (300 − 120 − 20) / 5 = 32 px a square; 250 px: 22 px.
    const at = (width: number) =>
      heatmapPrintsNumbers(result, { metric: 'retention', unbounded: false, width }, labels);
    expect(at(300)).toBe(true);
    expect(at(250)).toBe(false);
    expect(textMarks(250)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { heatCells, meanAt, meanRetention } from '../../../src/lib/analyses/cohorts/squares';
import type { CohortResult } from '../../../src/lib/analyses/cohorts/types';

// Two cohorts, worked by hand:
//   2024-01: 10 customers; 4 back in Feb, 2 in Mar; revenue 100, 40, 30
//   2024-02: 30 customers; 3 back in Mar; revenue 300, 60
// March (the latest period) is not over yet.
const result: CohortResult = {
  period: 'month',
  latest: '2024-03',
  latestIncomplete: true,
  rows: [
    {
      cohort: '2024-01',
      index: 2024 * 12,
      active: [10, 4, 2],
      activeOrLater: [10, 5, 2],
      revenue: [100, 40, 30],
    },
    {
      cohort: '2024-02',
      index: 2024 * 12 + 1,
      active: [30, 3],
      activeOrLater: [30, 3],
      revenue: [300, 60],
    },
  ],
};

describe('cohort chart data', () => {
  it('gives each square its share, revenue per cohort customer and running total', () => {
    const jan = heatCells(result).filter((c) => c.cohort === '2024-01');
    expect(jan.map((c) => c.retention)).toEqual([1, 0.4, 0.2]);
    expect(jan.map((c) => c.revenue)).toEqual([10, 4, 3]);
    expect(jan.map((c) => c.cumulative)).toEqual([10, 14, 17]);
  });

  it('counts "this period or later" from the unbounded arrays', () => {
    const jan = heatCells(result, true).filter((c) => c.cohort === '2024-01');
    expect(jan.map((c) => c.active)).toEqual([10, 5, 2]);
  });

  it('marks only the squares in the unfinished latest period', () => {
    const marked = heatCells(result).filter((c) => c.incomplete);
    expect(marked.map((c) => `${c.cohort}+${c.k}`)).toEqual(['2024-01+2', '2024-02+1']);
  });

  it('weights the mean by cohort size, counting only cohorts old enough', () => {
    // k = 1: (4 + 3) / (10 + 30); k = 2: only January has reached it: 2 / 10.
    expect(meanRetention(result, 1)).toBeCloseTo(7 / 40);
    expect(meanRetention(result, 2)).toBeCloseTo(0.2);
    expect(meanRetention(result, 3)).toBeNull();
    // Revenue per customer at k = 1: (40 + 60) / (10 + 30).
    expect(meanAt(result, 1, { metric: 'revenue', unbounded: false })).toBeCloseTo(2.5);
  });
});

// The tables under the charts, built from hand-made results: rows, columns and figures.
import { describe, expect, it } from 'vitest';
import { cohortTable } from '../../../src/lib/analyses/cohorts/table';
import type { CohortResult } from '../../../src/lib/analyses/cohorts/types';
import { lapsedTable } from '../../../src/lib/analyses/inactivity/table';
import { paretoTable } from '../../../src/lib/analyses/pareto/table';
import type { ParetoResult } from '../../../src/lib/analyses/pareto/types';
import { aliveTable, holdoutTable } from '../../../src/lib/analyses/predict/table';
import { gapTable } from '../../../src/lib/analyses/repeat/table';
import { gridTable } from '../../../src/lib/analyses/rfm/table';
import type { RfmCell } from '../../../src/lib/analyses/rfm/types';

const share = (s: number) => `${Math.round(s * 1000) / 10}%`;
const count = (n: number) => `#${n}`;

describe('the cohort table', () => {
  // Two cohorts: 10 customers in January (4 back in February, 2 in March), 5 in February
  // (1 back in March).
  const result: CohortResult = {
    period: 'month',
    rows: [
      {
        cohort: '2024-01',
        index: 0,
        active: [10, 4, 2],
        activeOrLater: [10, 5, 2],
        revenue: [100, 40, 30],
      },
      { cohort: '2024-02', index: 1, active: [5, 1], activeOrLater: [5, 1], revenue: [50, 20] },
    ],
    latest: '2024-03',
    latestIncomplete: false,
  };
  const labels = {
    cohort: 'Cohort',
    size: 'Size',
    offset: 'Months later',
    mean: 'Mean',
    period: (p: string) => `<${p}>`,
    count,
    format: share,
    unfinished: (figure: string) => `${figure}*`,
  };

  it('has a row per cohort and a column per offset, blank where a cohort is too young', () => {
    const table = cohortTable(result, { metric: 'retention', unbounded: false }, labels);
    expect(table.columns).toEqual(['Cohort', 'Size', '#0', '#1', '#2']);
    expect(table.group).toEqual({ label: 'Months later', lead: 1 });
    expect(table.rows.map((r) => r.head)).toEqual(['<2024-01>', '<2024-02>', 'Mean']);
    expect(table.rows[0].cells).toEqual(['#10', '100%', '40%', '20%']);
    expect(table.rows[1].cells).toEqual(['#5', '100%', '20%', '']);
  });

  it('marks the figures of the period not over yet, as the chart does', () => {
    // March is not over: January's offset 2 and February's offset 1 are March's figures.
    const table = cohortTable(
      { ...result, latestIncomplete: true },
      { metric: 'retention', unbounded: false },
      labels,
    );
    expect(table.rows[0].cells).toEqual(['#10', '100%', '40%', '20%*']);
    expect(table.rows[1].cells).toEqual(['#5', '100%', '20%*', '']);
  });

  it('ends with the size-weighted mean of the cohorts that reached each offset', () => {
    const table = cohortTable(result, { metric: 'retention', unbounded: false }, labels);
    // Offset 1: (4 + 1) / (10 + 5); offset 2: only January, 2 / 10.
    expect(table.rows[2].cells).toEqual(['', '100%', '33.3%', '20%']);
  });

  it('shows the measure and the counting the chart shows', () => {
    const later = cohortTable(
      result,
      { metric: 'customers', unbounded: true },
      {
        ...labels,
        format: count,
      },
    );
    expect(later.rows[0].cells).toEqual(['#10', '#10', '#5', '#2']);
    const money = cohortTable(
      result,
      { metric: 'cumulative', unbounded: false },
      {
        ...labels,
        format: (v) => v.toFixed(1),
      },
    );
    // (100 + 40 + 30) / 10 after two months.
    expect(money.rows[0].cells).toEqual(['#10', '10.0', '14.0', '17.0']);
  });

  it('is empty without cohorts', () => {
    const table = cohortTable(
      { ...result, rows: [] },
      { metric: 'retention', unbounded: false },
      labels,
    );
    expect(table.rows).toEqual([]);
    expect(table.columns).toEqual(['Cohort', 'Size']);
  });
});

describe('the lapsed-share table', () => {
  it('has a row per month from the first customer on', () => {
    const table = lapsedTable(
      [
        { date: '2024-01-31', customers: 0, lapsed: 0, share: null },
        { date: '2024-02-29', customers: 8, lapsed: 2, share: 0.25 },
      ],
      {
        date: 'Month',
        lapsed: 'Lapsed',
        customers: 'Customers',
        share: 'Share',
        day: (d) => `<${d}>`,
        count,
        format: share,
      },
    );
    expect(table.columns).toEqual(['Month', 'Lapsed', 'Customers', 'Share']);
    expect(table.rows).toEqual([
      { key: '2024-02-29', head: '<2024-02-29>', cells: ['#2', '#8', '25%'] },
    ]);
  });
});

describe('the concentration table', () => {
  // Ten customers, the first one half of the revenue, then 5% each.
  const curve = Array.from({ length: 11 }, (_, k) => ({
    k,
    customer_share: k / 10,
    revenue_share: k === 0 ? 0 : 0.5 + (k - 1) * (0.5 / 9),
  }));
  const result = { curve } as ParetoResult;
  const labels = {
    customers: 'Customers',
    customerShare: 'Of customers',
    revenueShare: 'Of revenue',
    count,
    format: share,
    unfinished: (figure: string) => `${figure}*`,
  };

  it('keeps the first point of the curve at or past each share, once', () => {
    const table = paretoTable(result, labels, [0.01, 0.05, 0.1, 0.2, 1]);
    // 1%, 5% and 10% are all reached by the first customer: one row.
    expect(table.rows.map((r) => r.head)).toEqual(['10%', '20%', '100%']);
    expect(table.rows[1].cells).toEqual(['#2', '55.6%']);
    expect(table.rows[2].cells).toEqual(['#10', '100%']);
  });

  it('leaves out points without a revenue share', () => {
    const flat = { curve: curve.map((p) => ({ ...p, revenue_share: null })) } as ParetoResult;
    expect(paretoTable(flat, labels).rows).toEqual([]);
  });
});

describe('the days-to-second-purchase table', () => {
  it('has a row per bin with its share of those who came back', () => {
    const table = gapTable(
      [
        { label: '1–7', from: 1, to: 7, customers: 3 },
        { label: '8+', from: 8, to: null, customers: 1 },
      ],
      {
        days: 'Days',
        customers: 'Customers',
        share: 'Share',
        bin: (b) => `${b.from}..${b.to ?? ''}`,
        count,
        format: share,
      },
    );
    expect(table.rows.map((r) => [r.head, ...r.cells])).toEqual([
      ['1..7', '#3', '75%'],
      ['8..', '#1', '25%'],
    ]);
  });

  it('writes a dash for the share when nobody came back', () => {
    const table = gapTable([{ label: '1–7', from: 1, to: 7, customers: 0 }], {
      days: 'Days',
      customers: 'Customers',
      share: 'Share',
      bin: (b) => b.label,
      count,
      format: share,
    });
    expect(table.rows[0].cells).toEqual(['#0', '–']);
  });
});

describe('the prediction tables', () => {
  it('keeps every tenth day of the P(alive) curves, and the last, one column per curve', () => {
    const points = [1, 3, 7].flatMap((x) =>
      Array.from({ length: 21 }, (_, i) => ({ x, days: i * 5, alive: 1 - (i * 5) / (100 * x) })),
    );
    const table = aliveTable(
      points,
      { days: 'Days', series: (x) => `x=${x}`, count, format: share },
      10,
    );
    expect(table.columns).toEqual(['Days', 'x=1', 'x=3', 'x=7']);
    expect(table.rows.map((r) => r.head)).toEqual(
      [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map(count),
    );
    expect(table.rows[10].cells).toEqual(['0%', '66.7%', '85.7%']);
  });

  it('has a row per holdout group, the last one "or more"', () => {
    const table = holdoutTable(
      [
        { x: 0, or_more: false, customers: 40, actual: 0.2, predicted: 0.25 },
        { x: 1, or_more: true, customers: 9, actual: 1.5, predicted: null },
      ],
      {
        group: 'Before',
        customers: 'Customers',
        actual: 'Actual',
        forecast: 'Forecast',
        count,
        format: (n) => n.toFixed(2),
      },
    );
    expect(table.rows.map((r) => [r.head, ...r.cells])).toEqual([
      ['#0', '#40', '0.20', '0.25'],
      ['#1+', '#9', '1.50', '–'],
    ]);
  });
});

describe('the R x F grid table', () => {
  const grid = [
    { r: 5, f: 1, segment: 'new_customers', customers: 3, revenue: 90 },
    { r: 1, f: 5, segment: 'cant_lose', customers: 0, revenue: 0 },
  ] satisfies RfmCell[];
  const labels = { r: 'R', f: 'F', segment: (c: RfmCell) => c.segment, format: count };

  it('has recency 5 to 1 down and frequency 1 to 5 across, with each square segment', () => {
    const table = gridTable(grid, 'customers', labels);
    expect(table.columns).toEqual(['R', 'F 1', 'F 2', 'F 3', 'F 4', 'F 5']);
    expect(table.rows.map((r) => r.head)).toEqual(['R 5', 'R 4', 'R 3', 'R 2', 'R 1']);
    expect(table.rows[0].cells).toEqual(['new_customers (#3)', '', '', '', '']);
    // An empty square: its segment, no "0".
    expect(table.rows[4].cells[4]).toBe('cant_lose');
  });

  it('shows revenue when the grid does', () => {
    expect(gridTable(grid, 'revenue', labels).rows[0].cells[0]).toBe('new_customers (#90)');
  });
});

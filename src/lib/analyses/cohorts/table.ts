// The cohort chart's numbers: one row per cohort, one column per offset, the figures of the
// measure the chart shows (those of the period not over yet marked, as the chart's dashed
// squares are), and the weighted mean the curves draw as the last row.
import type { NumberTable } from '../number-table';
import { cellValue, heatCells, meanAt, type CohortView } from './squares';
import type { CohortResult } from './types';

export interface CohortTableLabels {
  cohort: string;
  size: string;
  /** Over the offset columns ("Months since first purchase"). */
  offset: string;
  mean: string;
  period: (label: string) => string;
  count: (n: number) => string;
  format: (value: number) => string;
  /** A figure of the period not over yet (the chart's dashed squares). */
  unfinished: (figure: string) => string;
}

export function cohortTable(
  result: CohortResult,
  view: CohortView,
  labels: CohortTableLabels,
): NumberTable {
  const columns = Math.max(0, ...result.rows.map((r) => r.active.length));
  const ks = Array.from({ length: columns }, (_, k) => k);
  const byCohort = new Map<string, string[]>();
  for (const cell of heatCells(result, view.unbounded)) {
    const cells = byCohort.get(cell.cohort) ?? ks.map(() => '');
    const figure = labels.format(cellValue(cell, view.metric));
    cells[cell.k] = cell.incomplete ? labels.unfinished(figure) : figure;
    byCohort.set(cell.cohort, cells);
  }
  const rows = result.rows.map((row) => ({
    key: row.cohort,
    head: labels.period(row.cohort),
    cells: [labels.count(row.active[0]), ...(byCohort.get(row.cohort) ?? [])],
  }));
  if (rows.length > 0) {
    const means = ks.map((k) => meanAt(result, k, view));
    rows.push({
      key: 'mean',
      head: labels.mean,
      cells: ['', ...means.map((m) => (m === null ? '' : labels.format(m)))],
    });
  }
  return {
    columns: [labels.cohort, labels.size, ...ks.map(labels.count)],
    group: { label: labels.offset, lead: 1 },
    rows,
  };
}

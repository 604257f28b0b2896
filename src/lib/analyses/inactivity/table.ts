// The lapsed-share chart's numbers: one row per month end (the last one the as-of date).
import type { NumberTable } from '../number-table';
import type { LapsedPoint } from './types';

export interface LapsedTableLabels {
  date: string;
  lapsed: string;
  customers: string;
  share: string;
  day: (iso: string) => string;
  count: (n: number) => string;
  format: (share: number) => string;
}

export function lapsedTable(points: LapsedPoint[], labels: LapsedTableLabels): NumberTable {
  return {
    columns: [labels.date, labels.lapsed, labels.customers, labels.share],
    // The chart starts at the first customer: so does the table.
    rows: points
      .filter((p) => p.share !== null)
      .map((p) => ({
        key: p.date,
        head: labels.day(p.date),
        cells: [labels.count(p.lapsed), labels.count(p.customers), labels.format(p.share ?? 0)],
      })),
  };
}

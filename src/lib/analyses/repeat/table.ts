// The days-to-second-purchase chart's numbers, grouped into the bins of bins.ts: a row per
// day would be hundreds of rows.
import type { NumberTable } from '../number-table';
import type { GapBin } from './types';

export interface GapTableLabels {
  days: string;
  customers: string;
  share: string;
  /** A bin's span of days ("1–7 days", "366 days or more"). */
  bin: (bin: GapBin) => string;
  count: (n: number) => string;
  format: (share: number) => string;
}

export function gapTable(bins: GapBin[], labels: GapTableLabels): NumberTable {
  const total = bins.reduce((sum, b) => sum + b.customers, 0);
  return {
    columns: [labels.days, labels.customers, labels.share],
    rows: bins.map((b) => ({
      key: b.label,
      head: labels.bin(b),
      cells: [labels.count(b.customers), total > 0 ? labels.format(b.customers / total) : '–'],
    })),
  };
}

// The R x F grid's numbers: recency 5 (bought recently) to 1 down, frequency 1 to 5 across,
// each square's segment and figure, as the grid prints them.
import type { NumberTable } from '../number-table';
import type { GridMeasure } from './chart';
import type { RfmCell } from './types';

const SCORES = [1, 2, 3, 4, 5] as const;

export interface GridTableLabels {
  r: string;
  f: string;
  segment: (cell: RfmCell) => string;
  format: (value: number) => string;
}

export function gridTable(
  cells: RfmCell[],
  measure: GridMeasure,
  labels: GridTableLabels,
): NumberTable {
  const at = new Map(cells.map((c) => [`${c.r} ${c.f}`, c]));
  const text = (c: RfmCell | undefined) => {
    if (!c) return '';
    // An empty square keeps its segment's name but no "0", like the grid.
    if (c.customers === 0) return labels.segment(c);
    return `${labels.segment(c)} (${labels.format(measure === 'customers' ? c.customers : c.revenue)})`;
  };
  return {
    columns: [labels.r, ...SCORES.map((f) => `F ${f}`)],
    group: { label: labels.f, lead: 0 },
    rows: [...SCORES].reverse().map((r) => ({
      key: String(r),
      head: `R ${r}`,
      cells: SCORES.map((f) => text(at.get(`${r} ${f}`))),
    })),
  };
}

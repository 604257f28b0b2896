// Assemble long-format cohort cells into per-cohort arrays that run from the cohort's period
// to the latest period with a purchase, zeros included.
import { periodEnd, periodLabel, type Period } from '../period';
import type { CohortResult, CohortRow } from './types';

export interface CohortCell {
  cohort: number;
  k: number;
  active: number;
  revenue: number;
}

export interface LastOffset {
  cohort: number;
  last_k: number;
  customers: number;
}

export function buildCohorts(
  period: Period,
  asOf: string,
  cells: CohortCell[],
  lastOffsets: LastOffset[],
  /** The latest period with a purchase, when `cells` are some customers' only (first-order/). */
  latestPeriod?: number,
): CohortResult {
  if (cells.length === 0) return { period, rows: [], latest: null, latestIncomplete: false };
  const latest = latestPeriod ?? Math.max(...cells.map((c) => c.cohort + c.k));
  const byCohort = new Map<number, CohortRow>();
  for (const c of cells) {
    let row = byCohort.get(c.cohort);
    if (!row) {
      const length = latest - c.cohort + 1;
      row = {
        cohort: periodLabel(period, c.cohort),
        index: c.cohort,
        active: new Array(length).fill(0),
        activeOrLater: new Array(length).fill(0),
        revenue: new Array(length).fill(0),
      };
      byCohort.set(c.cohort, row);
    }
    row.active[c.k] = c.active;
    row.revenue[c.k] = c.revenue;
  }
  // A customer whose last purchase is at offset j counts in activeOrLater[0..j].
  for (const { cohort, last_k, customers } of lastOffsets) {
    const row = byCohort.get(cohort);
    if (!row) continue;
    for (let k = 0; k <= last_k; k++) row.activeOrLater[k] += customers;
  }
  const rows = [...byCohort.values()].sort((a, b) => a.index - b.index);
  return {
    period,
    rows,
    latest: periodLabel(period, latest),
    latestIncomplete: asOf < periodEnd(period, latest),
  };
}

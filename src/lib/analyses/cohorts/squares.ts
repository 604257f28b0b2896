// The squares of the cohort triangle and the size-weighted means over them: plain numbers, no
// Plot, so the logic that reads them (first-order groups, the table) stays out of the chart chunk.
import type { CohortResult } from './types';

/** What a square shows: share who came back, how many, or revenue per cohort customer. */
export type CohortMetric = 'retention' | 'customers' | 'revenue' | 'cumulative';

export interface CohortView {
  metric: CohortMetric;
  /** Count a customer at k when they bought in period k or any later period. */
  unbounded: boolean;
  /** The chart's width in pixels, when known: squares too narrow for their numbers print none. */
  width?: number;
}

export interface HeatCell {
  cohort: string;
  index: number;
  size: number;
  k: number;
  active: number;
  retention: number;
  /** Purchase revenue in period k per cohort customer. */
  revenue: number;
  /** Purchase revenue in periods 0..k per cohort customer. */
  cumulative: number;
  /** The square lies in the latest period, which is not over yet. */
  incomplete: boolean;
}

const latestIndex = (result: CohortResult) =>
  Math.max(...result.rows.map((r) => r.index + r.active.length - 1));

/** One cell per cohort and offset, offset 0 included. */
export function heatCells(result: CohortResult, unbounded = false): HeatCell[] {
  if (result.rows.length === 0) return [];
  const latest = latestIndex(result);
  const cells: HeatCell[] = [];
  for (const row of result.rows) {
    const values = unbounded ? row.activeOrLater : row.active;
    const size = row.active[0];
    let total = 0;
    values.forEach((active, k) => {
      total += row.revenue[k];
      cells.push({
        cohort: row.cohort,
        index: row.index,
        size,
        k,
        active,
        retention: size ? active / size : 0,
        revenue: size ? row.revenue[k] / size : 0,
        cumulative: size ? total / size : 0,
        incomplete: result.latestIncomplete && row.index + k === latest,
      });
    });
  }
  return cells;
}

export function cellValue(cell: HeatCell, metric: CohortMetric): number {
  switch (metric) {
    case 'retention':
      return cell.retention;
    case 'customers':
      return cell.active;
    case 'revenue':
      return cell.revenue;
    case 'cumulative':
      return cell.cumulative;
  }
}

/**
 * The mean at offset k over cohorts that have reached k, weighted by cohort size: customers
 * (or revenue) of those cohorts at k divided by their combined size. Null when no cohort has.
 */
export function meanAt(result: CohortResult, k: number, view: CohortView): number | null {
  let sum = 0;
  let size = 0;
  for (const cell of heatCells(result, view.unbounded)) {
    if (cell.k !== k) continue;
    sum += view.metric === 'customers' ? cell.active : cellValue(cell, view.metric) * cell.size;
    size += cell.size;
  }
  if (size === 0) return null;
  return view.metric === 'customers' ? sum / countAt(result, k) : sum / size;
}

const countAt = (result: CohortResult, k: number) =>
  result.rows.filter((r) => r.active.length > k).length;

/** Mean share of a cohort buying again k periods after its first purchase. */
export const meanRetention = (result: CohortResult, k: number) =>
  meanAt(result, k, { metric: 'retention', unbounded: false });

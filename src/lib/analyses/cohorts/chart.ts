// The retention heatmap: one row per cohort, one column per offset, the triangle of shares.
import * as Plot from '@observablehq/plot';
import type { CohortResult } from './types';

export interface HeatCell {
  cohort: string;
  size: number;
  k: number;
  active: number;
  retention: number;
}

/** One cell per cohort and offset, offset 0 included (always 100%). */
export function heatCells(result: CohortResult, unbounded = false): HeatCell[] {
  const cells: HeatCell[] = [];
  for (const row of result.rows) {
    const values = unbounded ? row.activeOrLater : row.active;
    const size = row.active[0];
    values.forEach((active, k) => {
      cells.push({ cohort: row.cohort, size, k, active, retention: size ? active / size : 0 });
    });
  }
  return cells;
}

/** Mean retention at offset k over cohorts that have reached k, weighted by cohort size. */
export function meanRetention(result: CohortResult, k: number): number | null {
  let active = 0;
  let size = 0;
  for (const row of result.rows) {
    if (row.active.length <= k) continue;
    active += row.active[k];
    size += row.active[0];
  }
  return size ? active / size : null;
}

export interface HeatmapLabels {
  x: string;
  y: string;
  size: string;
  retention: string;
  active: string;
  format: (share: number) => string;
}

export function heatmapOptions(result: CohortResult, labels: HeatmapLabels): Plot.PlotOptions {
  const cells = heatCells(result);
  const sizes = new Map(result.rows.map((r) => [r.cohort, r.active[0]]));
  const first = cells.filter((c) => c.k === 0);
  const later = cells.filter((c) => c.k > 0);
  const top = Math.max(0.05, ...later.map((c) => c.retention));
  const channels = {
    [labels.y]: 'cohort',
    [labels.size]: 'size',
    [labels.active]: 'active',
    [labels.retention]: (d: HeatCell) => labels.format(d.retention),
  };
  return {
    marginLeft: 120,
    height: Math.max(160, result.rows.length * 22 + 60),
    padding: 0.04,
    x: { label: labels.x, axis: 'top', type: 'band', tickFormat: (k: number) => String(k) },
    y: {
      label: labels.y,
      domain: result.rows.map((r) => r.cohort),
      tickFormat: (c: string) => `${c} (${sizes.get(c) ?? 0})`,
    },
    color: { type: 'linear', scheme: 'blues', domain: [0, top], label: labels.retention },
    marks: [
      // Offset 0 is every cohort's full size: grey, labelled with the size, not a share.
      Plot.cell(first, { x: 'k', y: 'cohort', fill: '#e9ecef' }),
      Plot.cell(later, {
        x: 'k',
        y: 'cohort',
        fill: 'retention',
        channels,
        tip: { format: { x: true, y: false, fill: false } },
      }),
      ...(['black', 'white'] as const).map((ink) =>
        Plot.text(
          cells.filter((d) => (d.k > 0 && d.retention > 0.6 * top ? 'white' : 'black') === ink),
          {
            x: 'k',
            y: 'cohort',
            text: (d: HeatCell) => (d.k === 0 ? String(d.size) : labels.format(d.retention)),
            fill: ink,
            fontSize: 10,
          },
        ),
      ),
    ],
  };
}

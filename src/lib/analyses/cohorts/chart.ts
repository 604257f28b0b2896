// Cohort charts: the heatmap triangle (one row per cohort, one column per offset) and the
// retention curves (one line per cohort plus the size-weighted mean).
import * as Plot from '@observablehq/plot';
import { printsNumbers } from './density';
import {
  cellValue,
  heatCells,
  meanAt,
  type CohortMetric,
  type CohortView,
  type HeatCell,
} from './squares';
import type { CohortResult } from './types';
import { PALETTE } from '../palette';

export interface CohortLabels {
  x: string;
  y: string;
  size: string;
  value: string;
  active: string;
  mean: string;
  incomplete: string;
  format: (value: number) => string;
  /** A cohort label as the user reads it (digits, calendar): see formatPeriod. */
  period: (label: string) => string;
  /** A whole number (offsets, sizes) in the user's digits. */
  count: (n: number) => string;
}

function channels(labels: CohortLabels, metric: CohortMetric) {
  return {
    [labels.y]: (d: HeatCell) => labels.period(d.cohort),
    [labels.size]: (d: HeatCell) => labels.count(d.size),
    [labels.active]: (d: HeatCell) => labels.count(d.active),
    [labels.value]: (d: HeatCell) => labels.format(cellValue(d, metric)),
    // Shown in the tooltip only for squares of the unfinished period.
    [labels.incomplete]: (d: HeatCell) => (d.incomplete ? '✱' : undefined),
  };
}

/** What the heatmap prints in each square, and where its squares start. */
function heatmapText(result: CohortResult, view: CohortView, labels: CohortLabels) {
  const cells = heatCells(result, view.unbounded);
  const sizes = new Map(result.rows.map((r) => [r.cohort, r.active[0]]));
  // Offset 0 is the cohort itself: for shares and counts it says nothing, so it stays grey.
  const greyFirst = view.metric === 'retention' || view.metric === 'customers';
  const text = (d: HeatCell) =>
    greyFirst && d.k === 0 ? labels.count(d.size) : labels.format(cellValue(d, view.metric));
  const rowLabel = (c: string) => `${labels.period(c)} (${labels.count(sizes.get(c) ?? 0)})`;
  // Solar Hijri labels are date ranges, longer than `2010-12`: room for the longest one.
  const longest = Math.max(0, ...result.rows.map((r) => rowLabel(r.cohort).length));
  const marginLeft = Math.max(120, Math.ceil(longest * 6.5) + 12);
  const columns = Math.max(0, ...result.rows.map((r) => r.active.length));
  const printed =
    view.width === undefined ||
    printsNumbers({ width: view.width, marginLeft, columns, texts: cells.map(text) });
  return { cells, greyFirst, text, rowLabel, marginLeft, printed };
}

/** False when the squares are too small for their numbers (only colours and tooltips then). */
export const heatmapPrintsNumbers = (
  result: CohortResult,
  view: CohortView,
  labels: CohortLabels,
): boolean => heatmapText(result, view, labels).printed;

export function heatmapOptions(
  result: CohortResult,
  view: CohortView,
  labels: CohortLabels,
): Plot.PlotOptions {
  const { cells, greyFirst, text, rowLabel, marginLeft, printed } = heatmapText(
    result,
    view,
    labels,
  );
  const first = greyFirst ? cells.filter((c) => c.k === 0) : [];
  const shaded = greyFirst ? cells.filter((c) => c.k > 0) : cells;
  const top = Math.max(1e-9, ...shaded.map((c) => cellValue(c, view.metric)));
  // The grey first column takes the page's text colour (light on a dark screen); shaded
  // squares run from near white to dark blue in both schemes.
  const ink = (d: HeatCell) =>
    greyFirst && d.k === 0
      ? 'currentColor'
      : cellValue(d, view.metric) > 0.6 * top
        ? 'white'
        : 'black';
  return {
    marginLeft,
    height: Math.max(160, result.rows.length * 22 + 60),
    padding: 0.04,
    x: { label: labels.x, axis: 'top', type: 'band', tickFormat: labels.count },
    y: {
      label: labels.y,
      domain: result.rows.map((r) => r.cohort),
      tickFormat: rowLabel,
    },
    color: { type: 'linear', scheme: 'blues', domain: [0, top], label: labels.value },
    marks: [
      Plot.cell(first, { x: 'k', y: 'cohort', fill: PALETTE.empty }),
      Plot.cell(shaded, {
        x: 'k',
        y: 'cohort',
        fill: (d: HeatCell) => cellValue(d, view.metric),
        channels: channels(labels, view.metric),
        tip: { format: { x: labels.count, y: false, fill: false } },
      }),
      // The latest period is not over: its squares get a dashed outline.
      Plot.cell(
        cells.filter((c) => c.incomplete),
        {
          x: 'k',
          y: 'cohort',
          stroke: PALETTE.lapsed,
          strokeDasharray: '3 2',
          strokeWidth: 1.5,
          inset: 1,
        },
      ),
      ...(printed ? (['currentColor', 'black', 'white'] as const) : []).map((color) =>
        Plot.text(
          cells.filter((d) => ink(d) === color),
          { x: 'k', y: 'cohort', text, fill: color, fontSize: 10 },
        ),
      ),
    ],
  };
}

export function curveOptions(
  result: CohortResult,
  view: CohortView,
  labels: CohortLabels,
): Plot.PlotOptions {
  const cells = heatCells(result, view.unbounded).filter(
    (c) => !(c.k === 0 && view.metric === 'retention'),
  );
  const ks = [...new Set(cells.map((c) => c.k))].sort((a, b) => a - b);
  const mean = ks
    .map((k) => ({ k, value: meanAt(result, k, view) }))
    .filter((m): m is { k: number; value: number } => m.value !== null);
  return {
    height: 320,
    marginLeft: 60,
    marginRight: 110,
    x: { label: labels.x, tickFormat: labels.count },
    y: { label: labels.value, grid: true, tickFormat: labels.format },
    color: { type: 'linear', scheme: 'viridis', legend: false },
    marks: [
      Plot.ruleY([0]),
      Plot.line(cells, {
        x: 'k',
        y: (d: HeatCell) => cellValue(d, view.metric),
        z: 'cohort',
        stroke: 'index',
        strokeOpacity: 0.35,
        channels: channels(labels, view.metric),
        tip: { format: { x: labels.count, y: false, z: false, stroke: false } },
      }),
      Plot.line(mean, { x: 'k', y: 'value', stroke: PALETTE.lapsed, strokeWidth: 3 }),
      Plot.text(mean.slice(-1), {
        x: 'k',
        y: 'value',
        text: () => labels.mean,
        dx: 6,
        textAnchor: 'start',
        fill: PALETTE.lapsed,
      }),
    ],
  };
}

// Which chart suits a query's result, and its Plot options: a date-like first column with a
// number → a line over time; a text column with a number, few rows → bars; else a table.
import * as Plot from '@observablehq/plot';
import { PALETTE } from '../analyses/palette';
import type { Cell, QueryResult } from '../sql/executor';

export type ChartKind = 'table' | 'line' | 'bar';

/** Most categories drawn as bars; past that, a table reads better. */
export const MAX_BARS = 50;

// What the worker sends for DATE and TIMESTAMP values (see workers/arrow.ts), and months.
const DATE_LIKE =
  /^\d{4}-\d{2}(-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?)?$/;

const present = (values: readonly Cell[]) => values.filter((v) => v !== null);

const isDateLike = (values: readonly Cell[]) => {
  const seen = present(values);
  return seen.length > 0 && seen.every((v) => typeof v === 'string' && DATE_LIKE.test(v));
};

const isNumeric = (values: readonly Cell[]) => {
  const seen = present(values);
  return seen.length > 0 && seen.every((v) => typeof v === 'number' && Number.isFinite(v));
};

const isText = (values: readonly Cell[]) => {
  const seen = present(values);
  return seen.length > 0 && seen.every((v) => typeof v === 'string') && !isDateLike(values);
};

/** The columns a chart of this kind would use, or null when the result does not fit it. */
export function chartColumns(
  result: QueryResult,
  kind: Exclude<ChartKind, 'table'>,
): { x: string; y: string } | null {
  const { names, columns } = result;
  if (kind === 'line') {
    const [x] = names;
    if (x === undefined || result.length < 2 || !isDateLike(columns[x])) return null;
    const y = names.slice(1).find((name) => isNumeric(columns[name]));
    return y === undefined ? null : { x, y };
  }
  if (result.length < 1 || result.length > MAX_BARS) return null;
  const x = names.find((name) => isText(columns[name]));
  const y = names.find((name) => name !== x && isNumeric(columns[name]));
  return x === undefined || y === undefined ? null : { x, y };
}

export function suggestChart(result: QueryResult): ChartKind {
  if (chartColumns(result, 'line')) return 'line';
  if (chartColumns(result, 'bar')) return 'bar';
  return 'table';
}

/** A date-like value as a Date in UTC (so months never shift with the time zone). */
export function toDate(value: string): Date {
  const [day, time = '00:00:00'] = value.length === 7 ? [`${value}-01`] : value.split(/[ T]/);
  const zoned = /(Z|[+-]\d{2}(:?\d{2})?)$/.test(time);
  return new Date(`${day}T${time}${zoned ? '' : 'Z'}`);
}

export interface ChartPoint {
  x: Date | string;
  y: number;
}

/**
 * The points to draw, rows with a missing value left out: in time order for a line, in the
 * result's order for bars (the query's ORDER BY is the user's choice).
 */
export function chartPoints(result: QueryResult, kind: Exclude<ChartKind, 'table'>): ChartPoint[] {
  const columns = chartColumns(result, kind);
  if (!columns) return [];
  const xs = result.columns[columns.x];
  const ys = result.columns[columns.y];
  const points: ChartPoint[] = [];
  for (let i = 0; i < result.length; i++) {
    const x = xs[i];
    const y = ys[i];
    if (typeof x !== 'string' || typeof y !== 'number') continue;
    points.push({ x: kind === 'line' ? toDate(x) : x, y });
  }
  if (kind === 'line') points.sort((a, b) => (a.x as Date).getTime() - (b.x as Date).getTime());
  return points;
}

export interface ChartLabels {
  /** Axis labels; the column names when not given. */
  x?: string;
  y?: string;
  /** Numbers in the user's locale, for the axis and the tooltip. */
  number?: (n: number) => string;
}

/** Plot options for a line or bar chart of the result, or null when it does not fit. */
export function chartOptions(
  result: QueryResult,
  kind: Exclude<ChartKind, 'table'>,
  labels: ChartLabels = {},
): Plot.PlotOptions | null {
  const columns = chartColumns(result, kind);
  if (!columns) return null;
  const points = chartPoints(result, kind);
  const x = labels.x ?? columns.x;
  const y = labels.y ?? columns.y;
  const number = labels.number ?? ((n: number) => String(n));
  if (kind === 'line') {
    return {
      height: 320,
      marginLeft: 60,
      x: { label: x, type: 'utc' },
      y: { label: y, grid: true, tickFormat: number },
      marks: [
        Plot.ruleY([0]),
        Plot.lineY(points, { x: 'x', y: 'y', stroke: PALETTE.accent, strokeWidth: 2 }),
        Plot.tip(points, Plot.pointerX({ x: 'x', y: 'y', format: { y: number } })),
      ],
    };
  }
  // Horizontal bars: category names stay readable at any length, in the result's order.
  const longest = Math.max(...points.map((p) => String(p.x).length));
  return {
    height: 40 + 24 * points.length,
    marginLeft: Math.min(220, 12 + 7 * longest),
    x: { label: y, grid: true, tickFormat: number },
    y: { label: x, domain: points.map((p) => p.x as string) },
    marks: [
      Plot.barX(points, { x: 'y', y: 'x', fill: PALETTE.accent }),
      Plot.ruleX([0]),
      Plot.tip(points, Plot.pointerY({ x: 'y', y: 'x', format: { x: number } })),
    ],
  };
}

// The two prediction charts: P(alive) against days since the last purchase, and the holdout
// check's forecast against what happened.
import * as Plot from '@observablehq/plot';
import { probabilityAlive } from './bgnbd';
import type { HoldoutGroup } from './holdout';
import type { BgNbdParams } from './types';
import { PALETTE } from '../palette';

/** Repeat purchases of the customers drawn: 2, 4 and 8 purchase days in all. */
export const CURVE_REPEATS = [1, 3, 7] as const;

// Series colours, also for the legends the page draws itself: Plot's own legends bring inline
// styles that the site's Content-Security-Policy refuses.
export const ALIVE_COLORS = [PALETTE.accent, PALETTE.highlight, PALETTE.lapsed];
/** Actual, then forecast. */
export const HOLDOUT_COLORS = [PALETTE.accent, PALETTE.lapsed];

export interface LegendEntry {
  label: string;
  color: string;
}

export const aliveLegend = (series: (x: number) => string): LegendEntry[] =>
  CURVE_REPEATS.map((x, i) => ({ label: series(x), color: ALIVE_COLORS[i] }));

export const holdoutLegend = (actual: string, forecast: string): LegendEntry[] => [
  { label: actual, color: HOLDOUT_COLORS[0] },
  { label: forecast, color: HOLDOUT_COLORS[1] },
];

export interface AlivePoint {
  /** Repeat purchases (the series). */
  x: number;
  days: number;
  alive: number;
}

/**
 * P(alive) for customers whose first purchase was `age` days ago, with x repeat purchases,
 * silent for 0 .. age days (t_x = age − days), about 100 points per curve.
 */
export function aliveCurves(params: BgNbdParams, age: number): AlivePoint[] {
  const step = Math.max(1, Math.round(age / 100));
  const points: AlivePoint[] = [];
  for (const x of CURVE_REPEATS) {
    for (let days = 0; days <= age; days += step) {
      points.push({ x, days, alive: probabilityAlive(params, { x, t_x: age - days, T: age }) });
    }
  }
  return points;
}

export interface AliveLabels {
  x: string;
  y: string;
  /** The legend's name of a series with x repeat purchases. */
  series: (x: number) => string;
  format: (share: number) => string;
}

export function aliveOptions(points: AlivePoint[], labels: AliveLabels): Plot.PlotOptions {
  const data = points.map((p) => ({ ...p, series: labels.series(p.x) }));
  return {
    height: 260,
    marginLeft: 50,
    x: { label: labels.x },
    y: { label: labels.y, domain: [0, 1], tickFormat: labels.format, grid: true },
    color: { domain: CURVE_REPEATS.map(labels.series), range: ALIVE_COLORS },
    marks: [
      Plot.ruleY([0]),
      Plot.line(data, { x: 'days', y: 'alive', stroke: 'series', strokeWidth: 2 }),
      Plot.tip(
        data,
        Plot.pointer({
          x: 'days',
          y: 'alive',
          title: (d: (typeof data)[number]) =>
            `${d.series}\n${labels.x}: ${d.days}\n${labels.y}: ${labels.format(d.alive)}`,
        }),
      ),
    ],
  };
}

export interface HoldoutLabels {
  x: string;
  y: string;
  actual: string;
  forecast: string;
  format: (n: number) => string;
}

/** Mean purchases per customer after the calibration end, by purchases before it. */
export function holdoutOptions(groups: HoldoutGroup[], labels: HoldoutLabels): Plot.PlotOptions {
  const name = (g: HoldoutGroup) => `${g.x}${g.or_more ? '+' : ''}`;
  const data = groups.flatMap((g) => [
    { group: name(g), series: labels.actual, value: g.actual, customers: g.customers },
    ...(g.predicted === null
      ? []
      : [{ group: name(g), series: labels.forecast, value: g.predicted, customers: g.customers }]),
  ]);
  return {
    height: 260,
    marginLeft: 50,
    x: { label: labels.x, domain: groups.map(name), type: 'point' },
    y: { label: labels.y, grid: true },
    color: { domain: [labels.actual, labels.forecast], range: HOLDOUT_COLORS },
    marks: [
      Plot.ruleY([0]),
      Plot.line(data, { x: 'group', y: 'value', stroke: 'series', strokeWidth: 2 }),
      Plot.dot(data, { x: 'group', y: 'value', fill: 'series', r: 3.5 }),
      Plot.tip(
        data,
        Plot.pointer({
          x: 'group',
          y: 'value',
          title: (d: (typeof data)[number]) =>
            `${d.series}: ${labels.format(d.value)} (${d.customers})`,
        }),
      ),
    ],
  };
}

// Second-purchase rates by first-purchase month: one line per "within N days", so the owner
// sees whether newer customers come back faster or slower. A point counts only the month's
// customers old enough for N (sql.ts), so a recent month has no point yet for a long window.
import * as Plot from '@observablehq/plot';
import type { CohortWithin } from './types';
import { PALETTE } from '../palette';

export interface CohortRateLabels {
  x: string;
  y: string;
  /** The legend entry of one line, e.g. "within 30 days". */
  series: (days: number) => string;
  format: (share: number) => string;
  /** A cohort label, a month tick, a count: in the user's calendar and digits. */
  period: (label: string) => string;
  month: (day: Date) => string;
  count: (n: number) => string;
  /** Month-start ticks between two days, in the user's calendar. */
  ticks: (first: Date, last: Date) => Date[];
}

/** Dark to light: the shortest window (the one that matters most) stands out. */
export const SERIES_COLORS = [
  PALETTE.accent,
  PALETTE.lapsed,
  PALETTE.green,
  PALETTE.purple,
  PALETTE.ochre,
  PALETTE.muted,
];

interface Point {
  month: Date;
  cohort: string;
  series: string;
  share: number;
  returned: number;
  eligible: number;
}

export function cohortPoints(
  rows: readonly CohortWithin[],
  series: (days: number) => string,
): Point[] {
  return rows.flatMap((r) =>
    r.within
      .filter((w) => w.share !== null)
      .map((w) => ({
        month: new Date(`${r.start}T00:00:00Z`),
        cohort: r.cohort,
        series: series(w.days),
        share: w.share as number,
        returned: w.returned,
        eligible: w.eligible,
      })),
  );
}

const first = (points: Point[]) => new Date(Math.min(...points.map((p) => p.month.getTime())));
const last = (points: Point[]) => new Date(Math.max(...points.map((p) => p.month.getTime())));

export function cohortRateOptions(
  rows: readonly CohortWithin[],
  labels: CohortRateLabels,
): Plot.PlotOptions {
  const data = cohortPoints(rows, labels.series);
  const order = [...new Set(rows.flatMap((r) => r.within.map((w) => w.days)))]
    .sort((a, b) => a - b)
    .map(labels.series);
  return {
    height: 280,
    marginLeft: 50,
    // Room for the last month's label, centred on the last point.
    marginRight: 40,
    x: {
      label: labels.x,
      type: 'utc',
      ...(data.length > 0 ? { ticks: labels.ticks(first(data), last(data)) } : {}),
      tickFormat: labels.month,
    },
    y: { label: labels.y, domain: [0, 1], tickFormat: labels.format, grid: true },
    // No Plot legend: it brings its own inline stylesheet, which the page's CSP refuses.
    // The legend is drawn as text in the chart's top corner instead.
    color: { domain: order, range: SERIES_COLORS },
    marks: [
      ...order.map((name, i) =>
        Plot.text([name], {
          text: (d: string) => d,
          fill: (d: string) => d,
          frameAnchor: 'top-right',
          textAnchor: 'end',
          dy: 4 + i * 15,
          fontWeight: 'bold',
        }),
      ),
      Plot.ruleY([0]),
      Plot.lineY(data, { x: 'month', y: 'share', stroke: 'series', strokeWidth: 2 }),
      Plot.dotY(data, { x: 'month', y: 'share', fill: 'series', r: 2.5 }),
      Plot.tip(
        data,
        Plot.pointer({
          x: 'month',
          y: 'share',
          title: (d: Point) =>
            `${labels.period(d.cohort)}, ${d.series}\n${labels.format(d.share)} (${labels.count(d.returned)} / ${labels.count(d.eligible)})`,
        }),
      ),
    ],
  };
}

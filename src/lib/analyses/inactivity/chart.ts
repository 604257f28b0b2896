// The lapsed share over time: of the customers so far, how many had stopped buying.
import * as Plot from '@observablehq/plot';
import type { LapsedPoint } from './types';
import { PALETTE } from '../palette';

export interface LapsedLabels {
  x: string;
  y: string;
  format: (share: number) => string;
  /** A day of the data (YYYY-MM-DD), a month tick, a count: in the user's calendar and digits. */
  date: (iso: string) => string;
  month: (day: Date) => string;
  count: (n: number) => string;
  /** Month-start ticks between two days, in the user's calendar. */
  ticks: (first: Date, last: Date) => Date[];
}

export function lapsedShareOptions(points: LapsedPoint[], labels: LapsedLabels): Plot.PlotOptions {
  const data = points
    .filter((p) => p.share !== null)
    .map((p) => ({ date: new Date(`${p.date}T00:00:00Z`), share: p.share as number, p }));
  return {
    height: 260,
    marginLeft: 50,
    // Room for the last month's label, centred on the last point.
    marginRight: 40,
    // The axis label goes below the tick labels, centred: at the end of the tick row it ran
    // into the last month's label.
    marginBottom: 42,
    x: {
      label: labels.x,
      type: 'utc',
      labelAnchor: 'center',
      labelOffset: 38,
      ...(data.length > 0 ? { ticks: labels.ticks(data[0].date, data[data.length - 1].date) } : {}),
      tickFormat: labels.month,
    },
    y: { label: labels.y, domain: [0, 1], tickFormat: labels.format, grid: true },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(data, { x: 'date', y: 'share', stroke: PALETTE.lapsed, strokeWidth: 2 }),
      Plot.dotY(data, { x: 'date', y: 'share', fill: PALETTE.lapsed, r: 2.5 }),
      Plot.tip(
        data,
        Plot.pointerX({
          x: 'date',
          y: 'share',
          title: (d: (typeof data)[number]) =>
            `${labels.date(d.p.date)}\n${labels.y}: ${labels.format(d.share)} (${labels.count(d.p.lapsed)} / ${labels.count(d.p.customers)})`,
        }),
      ),
    ],
  };
}

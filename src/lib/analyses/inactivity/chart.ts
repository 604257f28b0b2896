// The lapsed share over time: of the customers so far, how many had stopped buying.
import * as Plot from '@observablehq/plot';
import type { LapsedPoint } from './types';

export interface LapsedLabels {
  x: string;
  y: string;
  format: (share: number) => string;
}

export function lapsedShareOptions(points: LapsedPoint[], labels: LapsedLabels): Plot.PlotOptions {
  const data = points
    .filter((p) => p.share !== null)
    .map((p) => ({ date: new Date(`${p.date}T00:00:00Z`), share: p.share as number, p }));
  return {
    height: 260,
    marginLeft: 50,
    x: { label: labels.x, type: 'utc' },
    y: { label: labels.y, domain: [0, 1], tickFormat: labels.format, grid: true },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(data, { x: 'date', y: 'share', stroke: '#b4462b', strokeWidth: 2 }),
      Plot.dotY(data, { x: 'date', y: 'share', fill: '#b4462b', r: 2.5 }),
      Plot.tip(
        data,
        Plot.pointerX({
          x: 'date',
          y: 'share',
          title: (d: (typeof data)[number]) =>
            `${d.p.date}\n${labels.y}: ${labels.format(d.share)} (${d.p.lapsed} / ${d.p.customers})`,
        }),
      ),
    ],
  };
}

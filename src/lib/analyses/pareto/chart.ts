// The concentration curve: customers from most to least valuable across, revenue up.
import * as Plot from '@observablehq/plot';
import type { ParetoResult } from './types';
import { PALETTE } from '../palette';

export interface ParetoLabels {
  x: string;
  y: string;
  format: (share: number) => string;
}

export function paretoOptions(result: ParetoResult, labels: ParetoLabels): Plot.PlotOptions {
  const curve = result.curve.filter((p) => p.revenue_share !== null);
  const marks: Plot.Markish[] = [
    Plot.line(
      [
        [0, 0],
        [1, 1],
      ],
      { stroke: PALETTE.guide, strokeDasharray: '4 4' },
    ),
    Plot.line(curve, {
      x: 'customer_share',
      y: 'revenue_share',
      stroke: PALETTE.accent,
      strokeWidth: 2,
    }),
    Plot.ruleX([0.2], { stroke: PALETTE.highlight }),
    Plot.ruleY([0.8], { stroke: PALETTE.highlight }),
    Plot.tip(
      curve,
      Plot.pointerX({
        x: 'customer_share',
        y: 'revenue_share',
        title: (p: (typeof curve)[number]) =>
          `${labels.x}: ${labels.format(p.customer_share)} (${p.k})\n${labels.y}: ${labels.format(p.revenue_share as number)}`,
      }),
    ),
  ];
  if (result.top20_revenue_share !== null) {
    marks.push(Plot.dot([[0.2, result.top20_revenue_share]], { fill: PALETTE.highlight, r: 5 }));
  }
  return {
    height: 320,
    marginLeft: 50,
    x: { label: labels.x, domain: [0, 1], tickFormat: labels.format },
    y: { label: labels.y, domain: [0, 1], tickFormat: labels.format, grid: true },
    marks,
  };
}

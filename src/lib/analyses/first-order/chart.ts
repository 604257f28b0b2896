// The groups' retention curves together: share buying again k months after the first, one line
// per group, all customers as a thick grey line beneath. Small groups are dashed; a point whose
// month is mostly not over is hollow.
import * as Plot from '@observablehq/plot';
import type { LegendEntry } from '../predict/chart';
import type { FirstOrderGroup, RetentionPoint } from './types';

export const GROUP_COLORS = [
  '#1f5f8b',
  '#b4462b',
  '#3f8f5a',
  '#8a6bb8',
  '#c28a1a',
  '#2a9d9d',
  '#d16ba5',
  '#6b4c2a',
  '#5b6670',
  '#9aa3ab',
];
export const ALL_COLOR = '#b0b7be';

export interface FirstOrderChartLabels {
  x: string;
  y: string;
  /** A group's name as the table and legend show it. */
  group: (g: FirstOrderGroup) => string;
  share: (s: number) => string;
  count: (n: number) => string;
}

interface Point extends RetentionPoint {
  group: string;
  small: boolean;
  color: string;
}

export function groupColor(groups: readonly FirstOrderGroup[], g: FirstOrderGroup): string {
  if (g.kind === 'all') return ALL_COLOR;
  const i = groups.filter((x) => x.kind !== 'all').indexOf(g);
  return GROUP_COLORS[i % GROUP_COLORS.length];
}

export const firstOrderLegend = (
  groups: readonly FirstOrderGroup[],
  labels: Pick<FirstOrderChartLabels, 'group'>,
): LegendEntry[] => groups.map((g) => ({ label: labels.group(g), color: groupColor(groups, g) }));

export function firstOrderOptions(
  groups: readonly FirstOrderGroup[],
  labels: FirstOrderChartLabels,
): Plot.PlotOptions {
  const points = (g: FirstOrderGroup): Point[] =>
    g.retention.map((p) => ({
      ...p,
      group: labels.group(g),
      small: g.small,
      color: groupColor(groups, g),
    }));
  const all = groups.filter((g) => g.kind === 'all').flatMap(points);
  const shown = groups.filter((g) => g.kind !== 'all');
  const data = shown.flatMap(points);
  // Whole months only: every month up to a year, then every few.
  const last = Math.max(1, ...data.map((d) => d.month), ...all.map((d) => d.month));
  const step = Math.ceil(last / 12);
  const ticks = Array.from({ length: Math.floor(last / step) }, (_, i) => (i + 1) * step);
  return {
    height: 300,
    marginLeft: 50,
    x: { label: labels.x, ticks, tickFormat: labels.count },
    y: { label: labels.y, grid: true, tickFormat: labels.share },
    // Colors are written as colors (an identity scale): the legend is drawn by the page.
    marks: [
      Plot.ruleY([0]),
      Plot.line(all, { x: 'month', y: 'share', stroke: ALL_COLOR, strokeWidth: 5 }),
      ...(['solid', 'small'] as const).map((kind) =>
        Plot.line(
          data.filter((d) => d.small === (kind === 'small')),
          {
            x: 'month',
            y: 'share',
            z: 'group',
            stroke: 'color',
            strokeWidth: 2,
            ...(kind === 'small' ? { strokeDasharray: '4 3', strokeOpacity: 0.7 } : {}),
          },
        ),
      ),
      Plot.dot(data, {
        x: 'month',
        y: 'share',
        stroke: 'color',
        fill: (d: Point) => (d.incomplete ? 'white' : d.color),
        r: 3,
      }),
      Plot.tip(
        [...all, ...data],
        Plot.pointer({
          x: 'month',
          y: 'share',
          title: (d: Point) =>
            `${d.group}\n${labels.x}: ${labels.count(d.month)}\n${labels.share(d.share)} (${labels.count(d.customers)})`,
        }),
      ),
    ],
  };
}

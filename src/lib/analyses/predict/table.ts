// The two prediction charts' numbers: P(alive) at every tenth day step of the curves, and
// the holdout check's groups.
import type { NumberTable } from '../number-table';
import { CURVE_REPEATS, type AlivePoint } from './chart';
import type { HoldoutGroup } from './holdout';

export interface AliveTableLabels {
  days: string;
  series: (x: number) => string;
  count: (n: number) => string;
  format: (share: number) => string;
}

/** About 11 rows out of the curves' ~100 points each: the first, every `every`-th, the last. */
export function aliveTable(points: AlivePoint[], labels: AliveTableLabels, rows = 10): NumberTable {
  const days = [...new Set(points.map((p) => p.days))].sort((a, b) => a - b);
  const every = Math.max(1, Math.round((days.length - 1) / rows));
  const kept = days.filter((_, i) => i % every === 0 || i === days.length - 1);
  const at = new Map(points.map((p) => [`${p.x} ${p.days}`, p.alive]));
  return {
    columns: [labels.days, ...CURVE_REPEATS.map(labels.series)],
    rows: kept.map((d) => ({
      key: String(d),
      head: labels.count(d),
      cells: CURVE_REPEATS.map((x) => {
        const alive = at.get(`${x} ${d}`);
        return alive === undefined ? '' : labels.format(alive);
      }),
    })),
  };
}

export interface HoldoutTableLabels {
  group: string;
  customers: string;
  actual: string;
  forecast: string;
  count: (n: number) => string;
  format: (n: number) => string;
}

export function holdoutTable(groups: HoldoutGroup[], labels: HoldoutTableLabels): NumberTable {
  return {
    columns: [labels.group, labels.customers, labels.actual, labels.forecast],
    rows: groups.map((g) => ({
      key: String(g.x),
      head: `${labels.count(g.x)}${g.or_more ? '+' : ''}`,
      cells: [
        labels.count(g.customers),
        labels.format(g.actual),
        g.predicted === null ? '–' : labels.format(g.predicted),
      ],
    })),
  };
}

// The groups' rows (one query per figure, see sql.ts) assembled into one entry per group. The
// retention curve is the cohorts analysis's own mean (cohorts/squares.ts meanRetention) over the
// group's monthly cohorts, each running to the latest month with any purchase.
import { buildCohorts } from '../cohorts/build';
import { heatCells, meanRetention } from '../cohorts/squares';
import { periodEnd, periodLabel } from '../period';
import type { FirstOrderBy } from './attribute';
import { findStandout } from './standout';
import type {
  FirstOrderGroup,
  FirstOrderResult,
  GroupKind,
  RetentionPoint,
  RevenuePoint,
} from './types';

export interface SizeRow {
  grp: number;
  kind: GroupKind;
  value: string | null;
  customers: number;
  active: number;
}
export interface WithinCountRow {
  grp: number;
  days: number;
  eligible: number;
  returned: number;
}
export interface CohortCellRow {
  grp: number;
  cohort: number;
  k: number;
  active: number;
}
export interface RevenueRow {
  grp: number;
  months: number;
  eligible: number;
  revenue: number;
}

export interface FirstOrderRows {
  by: FirstOrderBy;
  asOf: string;
  top: number;
  minCustomers: number;
  windowMonths: number;
  revenueMonths: readonly number[];
  sizes: SizeRow[];
  within: WithinCountRow[];
  cells: CohortCellRow[];
  revenue: RevenueRow[];
  overlap: number;
}

/** Retention for months 1, 2, ... of one group; `latest` is the latest month of the data. */
export function retentionCurve(
  asOf: string,
  cells: readonly CohortCellRow[],
  latest: number,
): RetentionPoint[] {
  const result = buildCohorts(
    'month',
    asOf,
    cells.map(({ cohort, k, active }) => ({ cohort, k, active, revenue: 0 })),
    [],
    latest,
  );
  const squares = heatCells(result);
  const points: RetentionPoint[] = [];
  const last = Math.max(0, ...squares.map((s) => s.k));
  for (let k = 1; k <= last; k++) {
    const share = meanRetention(result, k);
    if (share === null) continue;
    const at = squares.filter((s) => s.k === k);
    const customers = at.reduce((sum, s) => sum + s.size, 0);
    const incomplete = at.filter((s) => s.incomplete).reduce((sum, s) => sum + s.size, 0);
    points.push({
      month: k,
      share,
      customers,
      incomplete_customers: incomplete,
      incomplete: incomplete > 0 && 2 * incomplete >= customers,
    });
  }
  return points;
}

export function buildFirstOrder(rows: FirstOrderRows): FirstOrderResult {
  const latest = rows.cells.length
    ? Math.max(...rows.cells.filter((c) => c.grp === 0).map((c) => c.cohort + c.k))
    : null;
  const groups: FirstOrderGroup[] = rows.sizes.map((s) => {
    const revenue = new Map(
      rows.revenue.filter((r) => r.grp === s.grp).map((r) => [r.months, r] as const),
    );
    return {
      index: s.grp,
      kind: s.kind,
      value: s.value,
      customers: s.customers,
      small: s.customers < rows.minCustomers,
      within: rows.within
        .filter((w) => w.grp === s.grp)
        .map(({ days, eligible, returned }) => ({
          days,
          eligible,
          returned,
          share: eligible > 0 ? returned / eligible : null,
        })),
      retention:
        latest === null
          ? []
          : retentionCurve(
              rows.asOf,
              rows.cells.filter((c) => c.grp === s.grp),
              latest,
            ),
      revenue: rows.revenueMonths.map((months): RevenuePoint => {
        const r = revenue.get(months);
        const eligible = r?.eligible ?? 0;
        return {
          months,
          eligible,
          revenue: r?.revenue ?? 0,
          per_customer: eligible > 0 ? (r?.revenue ?? 0) / eligible : null,
        };
      }),
      active: s.active,
      active_share: s.customers > 0 ? s.active / s.customers : 0,
    };
  });
  const latestLabel = latest === null ? null : periodLabel('month', latest);
  return {
    by: rows.by,
    top: rows.top,
    min_customers: rows.minCustomers,
    window_months: rows.windowMonths,
    overlap: rows.overlap,
    latest: latestLabel,
    latest_incomplete: latest !== null && rows.asOf < periodEnd('month', latest),
    groups,
    standout: findStandout(groups, rows.minCustomers),
  };
}

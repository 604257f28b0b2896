import { rowsOf, type Executor } from '../../sql/executor';
import { ensureCustomerSummary } from '../customers/ensure';
import type { CustomerListRow } from '../customers/list';
import { DEFAULT_WINDOW_MONTHS } from '../inactivity/window';
import { DEFAULT_WITHIN_DAYS } from '../repeat/sql';
import type { FirstOrderBy } from './attribute';
import {
  buildFirstOrder,
  type CohortCellRow,
  type RevenueRow,
  type SizeRow,
  type WithinCountRow,
} from './build';
import {
  DEFAULT_MIN_GROUP,
  DEFAULT_TOP,
  groupCohortCellsSql,
  groupCustomersSql,
  groupPredictedValueSql,
  groupRevenueSql,
  groupSizesSql,
  groupsTable,
  groupsTableSql,
  groupWithinSql,
  overlapSql,
  rawColumnsSql,
  REVENUE_MONTHS,
} from './sql';
import type { FirstOrderResult, PredictedValue } from './types';

export interface FirstOrderParams {
  asOf: string;
  by: FirstOrderBy;
  /** Values shown as their own group; the rest together as "other". Default 8. */
  top?: number;
  /** Groups with fewer customers are flagged too small to read. Default 30. */
  minCustomers?: number;
  /** The inactivity window of "still active". Default 6 months. */
  windowMonths?: number;
}

/** A column picked by name must exist in the file; say which do when it does not. */
async function checkColumn(db: Executor, by: FirstOrderBy): Promise<void> {
  if (by.kind !== 'column') return;
  const names = rowsOf<{ name: string }>(await db.query(rawColumnsSql)).map((r) => r.name);
  if (names.includes(by.column)) return;
  const shown = names.map((n) => `"${n}"`).join(', ');
  throw new Error(`no column named "${by.column}" to split by (columns: ${shown})`);
}

export async function runFirstOrder(
  db: Executor,
  {
    asOf,
    by,
    top = DEFAULT_TOP,
    minCustomers = DEFAULT_MIN_GROUP,
    windowMonths = DEFAULT_WINDOW_MONTHS,
  }: FirstOrderParams,
): Promise<FirstOrderResult> {
  await checkColumn(db, by);
  await ensureCustomerSummary(db, asOf);
  await db.exec(groupsTableSql(by, asOf, top));
  const table = groupsTable(by, top);
  const sizes = rowsOf<SizeRow>(await db.query(groupSizesSql(table, asOf, windowMonths)));
  const within = rowsOf<WithinCountRow>(
    await db.query(groupWithinSql(table, asOf, DEFAULT_WITHIN_DAYS)),
  );
  const cells = rowsOf<CohortCellRow>(await db.query(groupCohortCellsSql(table, asOf)));
  const revenue = rowsOf<RevenueRow>(await db.query(groupRevenueSql(table, asOf, REVENUE_MONTHS)));
  const [{ overlap }] = rowsOf<{ overlap: number }>(await db.query(overlapSql(table)));
  return buildFirstOrder({
    by,
    asOf,
    top,
    minCustomers,
    windowMonths,
    revenueMonths: REVENUE_MONTHS,
    sizes,
    within,
    cells,
    revenue,
    overlap,
  });
}

export interface FirstOrderCustomersParams {
  by: FirstOrderBy;
  /** The group's index (FirstOrderGroup.index). */
  group: number;
  limit: number;
  top?: number;
}

/** One group's customers, most valuable first, from the groups the latest run built. */
export async function runFirstOrderCustomers(
  db: Executor,
  { by, group, limit, top = DEFAULT_TOP }: FirstOrderCustomersParams,
): Promise<CustomerListRow[]> {
  return rowsOf<CustomerListRow>(
    await db.query(groupCustomersSql(groupsTable(by, top), group, limit)),
  );
}

/**
 * Each group's mean forecast 12-month value, from the groups the latest run built and the
 * forecasts in customer_predictions (the caller makes sure they are for the same as-of date).
 * One entry per group of `groups`, in their order; a group without forecasts has 0 and null.
 */
export async function runFirstOrderValues(
  db: Executor,
  { by, groups, top = DEFAULT_TOP }: { by: FirstOrderBy; groups: readonly number[]; top?: number },
): Promise<PredictedValue[]> {
  const rows = rowsOf<{ grp: number; customers: number; value: number }>(
    await db.query(groupPredictedValueSql(groupsTable(by, top))),
  );
  const byGroup = new Map(rows.map((r) => [r.grp, r] as const));
  return groups.map((group) => {
    const r = byGroup.get(group);
    return { group, customers: r?.customers ?? 0, value: r ? r.value : null };
  });
}

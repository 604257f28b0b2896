import { rowsOf, type Executor } from '../../sql/executor';
import type { CustomerListRow } from '../customers/list';
import { DEFAULT_LIST_LIMIT } from '../customers/list';
import { ensureCustomerSummary } from '../customers/ensure';
import type { ListView } from '../predict/list';
import { buildGroups, type GroupRow } from './build';
import { evaluationDates } from './months';
import {
  comparisonSql,
  cutoffDateSql,
  firstPurchaseSql,
  lapsedByMonthSql,
  lapsedCustomersSql,
  overdueCountSql,
  overdueCustomersSql,
} from './sql';
import { DEFAULT_OVERDUE_FACTOR, DEFAULT_WINDOW_MONTHS } from './window';
import type { InactivityResult, LapsedPoint, OverdueCustomer } from './types';

export interface InactivityParams {
  asOf: string;
  /** Calendar months of the active window; default 6. */
  windowMonths?: number;
  /** Overdue = days since the last purchase > factor x the usual gap; default 2. */
  overdueFactor?: number;
}

export async function runInactivity(
  db: Executor,
  {
    asOf,
    windowMonths = DEFAULT_WINDOW_MONTHS,
    overdueFactor = DEFAULT_OVERDUE_FACTOR,
  }: InactivityParams,
): Promise<InactivityResult> {
  await ensureCustomerSummary(db, asOf);
  const [{ cutoff }] = rowsOf<{ cutoff: string }>(
    await db.query(cutoffDateSql(asOf, windowMonths)),
  );
  const groups = buildGroups(rowsOf<GroupRow>(await db.query(comparisonSql(asOf, windowMonths))));
  return {
    window_months: windowMonths,
    cutoff,
    ...groups,
    overdue: await runOverdueCount(db, { asOf, overdueFactor }),
  };
}

/** How many customers are overdue by their own rhythm (independent of the window). */
export async function runOverdueCount(
  db: Executor,
  { asOf, overdueFactor = DEFAULT_OVERDUE_FACTOR }: Omit<InactivityParams, 'windowMonths'>,
): Promise<InactivityResult['overdue']> {
  await ensureCustomerSummary(db, asOf);
  const [overdue] = rowsOf<{ customers: number }>(await db.query(overdueCountSql(overdueFactor)));
  return { factor: overdueFactor, customers: overdue.customers };
}

export interface InactivityListParams {
  asOf: string;
  windowMonths?: number;
  limit?: number;
  /** With the forecasts, and in which order (default: most revenue first). */
  view?: ListView;
}

/** Lapsed customers, highest lifetime net revenue first (ties by customer id). */
export async function runLapsedCustomers(
  db: Executor,
  {
    asOf,
    windowMonths = DEFAULT_WINDOW_MONTHS,
    limit = DEFAULT_LIST_LIMIT,
    view,
  }: InactivityListParams,
): Promise<CustomerListRow[]> {
  await ensureCustomerSummary(db, asOf);
  return rowsOf<CustomerListRow>(
    await db.query(lapsedCustomersSql(asOf, windowMonths, limit, view)),
  );
}

export interface OverdueListParams {
  asOf: string;
  overdueFactor?: number;
  limit?: number;
  view?: ListView;
}

/** Customers overdue by their own rhythm, highest lifetime net revenue first. */
export async function runOverdueCustomers(
  db: Executor,
  {
    asOf,
    overdueFactor = DEFAULT_OVERDUE_FACTOR,
    limit = DEFAULT_LIST_LIMIT,
    view,
  }: OverdueListParams,
): Promise<OverdueCustomer[]> {
  await ensureCustomerSummary(db, asOf);
  return rowsOf<OverdueCustomer>(await db.query(overdueCustomersSql(overdueFactor, limit, view)));
}

/** The lapsed share at every month end from the first purchase on, then at the as-of date. */
export async function runLapsedByMonth(
  db: Executor,
  { asOf, windowMonths = DEFAULT_WINDOW_MONTHS }: Omit<InactivityListParams, 'limit'>,
): Promise<LapsedPoint[]> {
  await ensureCustomerSummary(db, asOf);
  const [{ first }] = rowsOf<{ first: string | null }>(await db.query(firstPurchaseSql));
  if (!first) return [];
  const dates = evaluationDates(first, asOf);
  return rowsOf<LapsedPoint>(await db.query(lapsedByMonthSql(dates, windowMonths)));
}

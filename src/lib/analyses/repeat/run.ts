import { rowsOf, type Executor } from '../../sql/executor';
import { DEFAULT_LIST_LIMIT } from '../customers/list';
import { ensureCustomerSummary } from '../customers/ensure';
import { binGaps } from './bins';
import { groupByCohort, type CohortWithinRow } from './cohorts';
import {
  DEFAULT_WINDOW_DAYS,
  DEFAULT_WITHIN_DAYS,
  gapDistributionSql,
  inWindowCountSql,
  inWindowCustomersSql,
  secondPurchaseMedianSql,
  withinByCohortSql,
  withinSql,
} from './sql';
import type {
  CohortWithin,
  GapCount,
  InWindowCustomer,
  InWindowResult,
  RepeatResult,
  WithinRow,
} from './types';

export interface RepeatParams {
  asOf: string;
  /** The N of "returned within N days"; default 30, 60, 90, 180. */
  withinDays?: readonly number[];
}

export async function runRepeat(
  db: Executor,
  { asOf, withinDays = DEFAULT_WITHIN_DAYS }: RepeatParams,
): Promise<RepeatResult> {
  await ensureCustomerSummary(db, asOf);
  const rows = rowsOf<Omit<WithinRow, 'share'>>(await db.query(withinSql(asOf, withinDays)));
  const within = rows.map((r) => ({
    ...r,
    share: r.eligible > 0 ? r.returned / r.eligible : null,
  }));
  const [median] = rowsOf<{ returned: number; median_days_to_second: number | null }>(
    await db.query(secondPurchaseMedianSql),
  );
  const gaps = rowsOf<GapCount>(await db.query(gapDistributionSql));
  return {
    within,
    returned_customers: median.returned,
    median_days_to_second: median.median_days_to_second,
    gaps,
    gap_bins: binGaps(gaps),
  };
}

/** The within-N rates for each first-purchase month, oldest month first. */
export async function runRepeatByCohort(
  db: Executor,
  { asOf, withinDays = DEFAULT_WITHIN_DAYS }: RepeatParams,
): Promise<CohortWithin[]> {
  await ensureCustomerSummary(db, asOf);
  return groupByCohort(
    rowsOf<CohortWithinRow>(await db.query(withinByCohortSql(asOf, withinDays))),
  );
}

export interface InWindowParams {
  asOf: string;
  /** Length of the window after the first purchase; default 30 days. */
  days?: number;
  limit?: number;
}

/** Customers with one purchase day, made within the last `days` days: the ones to contact now. */
export async function runInWindow(
  db: Executor,
  { asOf, days = DEFAULT_WINDOW_DAYS, limit = DEFAULT_LIST_LIMIT }: InWindowParams,
): Promise<InWindowResult> {
  await ensureCustomerSummary(db, asOf);
  const [count] = rowsOf<{ customers: number }>(await db.query(inWindowCountSql(asOf, days)));
  const list = rowsOf<InWindowCustomer>(await db.query(inWindowCustomersSql(asOf, days, limit)));
  return { days, customers: count.customers, list };
}

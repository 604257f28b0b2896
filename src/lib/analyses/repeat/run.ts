import { rowsOf, type Executor } from '../../sql/executor';
import { ensureCustomerSummary } from '../customers/ensure';
import { binGaps } from './bins';
import { DEFAULT_WITHIN_DAYS, gapDistributionSql, secondPurchaseMedianSql, withinSql } from './sql';
import type { GapCount, RepeatResult, WithinRow } from './types';

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

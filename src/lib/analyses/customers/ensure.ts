// Build the per-customer tables for an as-of date, or keep them when they are already built
// from the same orders for the same date. Every run function calls this first, so each one is
// correct when called alone, and a parameter change (window, factor, limit) costs no rebuild.
//
// Callers share one as-of date at a time (the notebook has one); two callers alternating
// between different dates would rebuild on every call, correctly but slowly.
import { rowsOf, type Executor } from '../../sql/executor';
import {
  clearSourceSql,
  createSourceTableSql,
  customerDaysSql,
  customerSummarySql,
  recordSourceSql,
  sourcesSql,
} from './sql';

export async function ensureCustomerSummary(db: Executor, asOf: string): Promise<void> {
  await db.exec(createSourceTableSql);
  const [{ wanted, built }] = rowsOf<{ wanted: string; built: string | null }>(
    await db.query(sourcesSql(asOf)),
  );
  if (built === wanted) return;
  // Forget the old source first: if a build fails halfway, the next call rebuilds.
  await db.exec(clearSourceSql);
  await db.exec(customerDaysSql(asOf));
  await db.exec(customerSummarySql(asOf));
  await db.exec(recordSourceSql(wanted));
}

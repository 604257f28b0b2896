import { rowsOf, type Executor } from '../../sql/executor';
import type { Period } from '../period';
import { buildCohorts, type CohortCell, type LastOffset } from './build';
import { cohortSql } from './sql';
import type { CohortResult } from './types';

export async function runCohorts(
  db: Executor,
  period: Period,
  asOf: string,
): Promise<CohortResult> {
  const rows = rowsOf<{
    kind: 'cell' | 'last';
    cohort: number;
    k: number;
    n: number;
    revenue: number;
  }>(await db.query(cohortSql(period, asOf)));
  const cells: CohortCell[] = [];
  const last: LastOffset[] = [];
  for (const { kind, cohort, k, n, revenue } of rows) {
    if (kind === 'cell') cells.push({ cohort, k, active: n, revenue });
    else last.push({ cohort, last_k: k, customers: n });
  }
  return buildCohorts(period, asOf, cells, last);
}

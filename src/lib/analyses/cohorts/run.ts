import { rowsOf, type Executor } from '../../sql/executor';
import type { Period } from '../period';
import { buildCohorts, type CohortCell, type LastOffset } from './build';
import { cohortCellsSql, cohortLastOffsetsSql } from './sql';
import type { CohortResult } from './types';

export async function runCohorts(
  db: Executor,
  period: Period,
  asOf: string,
): Promise<CohortResult> {
  const cells = rowsOf<CohortCell>(await db.query(cohortCellsSql(period, asOf)));
  const last = rowsOf<LastOffset>(await db.query(cohortLastOffsetsSql(period, asOf)));
  return buildCohorts(period, asOf, cells, last);
}

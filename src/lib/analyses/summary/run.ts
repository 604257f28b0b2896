import { rowsOf, type Executor } from '../../sql/executor';
import { summarySql } from './sql';
import type { Summary } from './types';

export async function runSummary(db: Executor, asOf: string): Promise<Summary> {
  const [row] = rowsOf<Omit<Summary, 'as_of'>>(await db.query(summarySql(asOf)));
  return { ...row, as_of: asOf };
}

import { rowsOf, type Executor } from '../sql/executor';
import { skippedRowsSql } from './canonical';

export interface SkippedRow {
  row: number;
  problem: 'customer' | 'date' | 'amount';
  value: string | null;
}

export async function skippedRows(db: Executor, limit = 100): Promise<SkippedRow[]> {
  return rowsOf<SkippedRow>(await db.query(skippedRowsSql(limit)));
}

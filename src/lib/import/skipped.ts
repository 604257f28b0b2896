import { rowsOf, type Executor } from '../sql/executor';
import { skippedRowsSql } from './canonical';

export interface SkippedRow {
  row: number;
  problem: 'customer' | 'date' | 'amount' | 'status' | 'unreadable';
  value: string | null;
  /** In English, naming the column: for the CLI and the downloaded list. */
  reason: string;
}

export async function skippedRows(db: Executor, limit = 100): Promise<SkippedRow[]> {
  return rowsOf<SkippedRow>(await db.query(skippedRowsSql(limit)));
}

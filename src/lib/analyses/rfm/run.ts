import { rowsOf, type Executor } from '../../sql/executor';
import { DEFAULT_LIST_LIMIT } from '../customers/list';
import { ensureCustomerSummary } from '../customers/ensure';
import { buildRfm, type CellRow, type ScoreRangeRow, type SegmentRow } from './build';
import { isSegmentKey } from './segments';
import { gridSql, scoreRangesSql, segmentCustomersSql, segmentsSql } from './sql';
import type { RfmCustomer, RfmResult, RfmSquare } from './types';

export interface RfmParams {
  asOf: string;
}

export async function runRfm(db: Executor, { asOf }: RfmParams): Promise<RfmResult> {
  await ensureCustomerSummary(db, asOf);
  const segments = rowsOf<SegmentRow>(await db.query(segmentsSql));
  const cells = rowsOf<CellRow>(await db.query(gridSql));
  const ranges = rowsOf<ScoreRangeRow>(await db.query(scoreRangesSql));
  return buildRfm(segments, cells, ranges);
}

export interface RfmSegmentCustomersParams {
  asOf: string;
  segment: string;
  /** Only the customers of this grid square (which must lie in the segment). */
  square?: RfmSquare;
  limit?: number;
}

/** The customers of one segment, highest monetary value first (ties by customer id). */
export async function runRfmSegmentCustomers(
  db: Executor,
  { asOf, segment, square, limit = DEFAULT_LIST_LIMIT }: RfmSegmentCustomersParams,
): Promise<RfmCustomer[]> {
  if (!isSegmentKey(segment)) throw new Error(`invalid segment: ${segment}`);
  await ensureCustomerSummary(db, asOf);
  return rowsOf<RfmCustomer>(await db.query(segmentCustomersSql(segment, limit, square)));
}

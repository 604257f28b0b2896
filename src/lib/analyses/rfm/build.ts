// Assemble RFM query rows into results that always have all ten segments and all 25 cells,
// so a table or a grid never changes shape with the data.
import { SCORES, SEGMENTS, segmentOf, type SegmentKey } from './segments';
import type { RfmCell, RfmDimension, RfmResult, RfmScoreRange, RfmSegment } from './types';

export type SegmentRow = Omit<RfmSegment, 'key' | 'name'> & { segment: string };
export type CellRow = Omit<RfmCell, 'segment'>;
export type ScoreRangeRow = RfmScoreRange & { dimension: RfmDimension };

export function buildRfm(
  segmentRows: SegmentRow[],
  cellRows: CellRow[],
  rangeRows: ScoreRangeRow[],
): RfmResult {
  const bySegment = new Map(segmentRows.map((row) => [row.segment, row]));
  const segments = SEGMENTS.map(({ key, name }): RfmSegment => {
    const row = bySegment.get(key);
    if (row) {
      const { customers, revenue, customer_share, revenue_share } = row;
      const { avg_recency_days, avg_frequency, avg_monetary } = row;
      return {
        key,
        name,
        customers,
        revenue,
        customer_share,
        revenue_share,
        avg_recency_days,
        avg_frequency,
        avg_monetary,
      };
    }
    return {
      key,
      name,
      customers: 0,
      revenue: 0,
      customer_share: 0,
      revenue_share: null,
      avg_recency_days: null,
      avg_frequency: null,
      avg_monetary: null,
    };
  });
  const byCell = new Map(cellRows.map((row) => [`${row.r}${row.f}`, row]));
  const grid = [...SCORES].reverse().flatMap((r) =>
    SCORES.map((f): RfmCell => {
      const row = byCell.get(`${r}${f}`);
      const segment: SegmentKey = segmentOf(r, f);
      return { r, f, segment, customers: row?.customers ?? 0, revenue: row?.revenue ?? 0 };
    }),
  );
  const scores: Record<RfmDimension, RfmScoreRange[]> = { r: [], f: [], m: [] };
  for (const { dimension, ...range } of rangeRows) scores[dimension].push(range);
  for (const list of Object.values(scores)) list.sort((a, b) => a.score - b.score);
  const customers = segments.reduce((n, s) => n + s.customers, 0);
  return { customers, segments, grid, scores };
}

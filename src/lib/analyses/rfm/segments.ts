// The ten RFM segments and the (R, F) table of DESIGN.md "RFM", the one source of truth for
// the SQL CASE, the grid labels and the report's display names.
import { literal } from '../../sql/quote';

export const SEGMENTS = [
  { key: 'champions', name: 'Champions' },
  { key: 'loyal', name: 'Loyal Customers' },
  { key: 'potential_loyalists', name: 'Potential Loyalists' },
  { key: 'new_customers', name: 'New Customers' },
  { key: 'promising', name: 'Promising' },
  { key: 'need_attention', name: 'Need Attention' },
  { key: 'about_to_sleep', name: 'About to Sleep' },
  { key: 'at_risk', name: 'At Risk' },
  { key: 'cant_lose', name: "Can't Lose Them" },
  { key: 'hibernating', name: 'Hibernating' },
] as const;

export type SegmentKey = (typeof SEGMENTS)[number]['key'];

export const isSegmentKey = (v: string): v is SegmentKey => SEGMENTS.some((s) => s.key === v);

export const segmentName = (key: SegmentKey): string =>
  SEGMENTS.find((s) => s.key === key)?.name ?? key;

// Rows R = 5 down to 1, columns F = 1 to 5, exactly as the contract's table reads.
const TABLE: readonly (readonly SegmentKey[])[] = [
  ['new_customers', 'potential_loyalists', 'potential_loyalists', 'champions', 'champions'],
  ['promising', 'potential_loyalists', 'potential_loyalists', 'loyal', 'loyal'],
  ['about_to_sleep', 'about_to_sleep', 'need_attention', 'loyal', 'loyal'],
  ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cant_lose'],
  ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cant_lose'],
];

export const SCORES = [1, 2, 3, 4, 5] as const;

export function segmentOf(r: number, f: number): SegmentKey {
  if (!SCORES.includes(r as 1) || !SCORES.includes(f as 1)) {
    throw new Error(`invalid RFM scores: R ${r}, F ${f} (each 1 to 5)`);
  }
  return TABLE[5 - r][f - 1];
}

/** SQL CASE giving the segment key of integer score columns `r` and `f`. */
export function segmentCaseSql(r: string, f: string): string {
  const whens = SCORES.flatMap((rs) =>
    SCORES.map((fs) => `WHEN ${rs * 10 + fs} THEN ${literal(segmentOf(rs, fs))}`),
  );
  return `CASE ${r} * 10 + ${f} ${whens.join(' ')} END`;
}

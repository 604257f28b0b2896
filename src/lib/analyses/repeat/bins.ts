// The distribution of days to the second purchase, grouped into bins a shop owner reads at a
// glance (a week, two weeks, a month, ...). The exact distribution stays available for charts.
import type { GapBin, GapCount } from './types';

/** Lower edges in days; each bin runs to the next edge minus one, the last one is open. */
export const DEFAULT_GAP_EDGES = [1, 8, 15, 31, 61, 91, 181, 366] as const;

export function binGaps(
  counts: GapCount[],
  edges: readonly number[] = DEFAULT_GAP_EDGES,
): GapBin[] {
  for (let i = 1; i < edges.length; i++) {
    if (!(edges[i] > edges[i - 1])) throw new Error(`invalid bin edges: ${edges.join(', ')}`);
  }
  const bins: GapBin[] = edges.map((from, i) => {
    const to = i + 1 < edges.length ? edges[i + 1] - 1 : null;
    return { label: to === null ? `${from}+` : `${from}–${to}`, from, to, customers: 0 };
  });
  for (const { days, customers } of counts) {
    let i = bins.length - 1;
    while (i >= 0 && days < bins[i].from) i--;
    if (i >= 0) bins[i].customers += customers;
  }
  return bins;
}

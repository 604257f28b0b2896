// The concentration curve's numbers. The curve has up to hundreds of points: the table keeps
// the first point at or past each of a few customer shares, so every figure is one the chart
// draws (exact, even where the curve is thinned) and the table stays short.
import type { NumberTable } from '../number-table';
import type { ParetoResult } from './types';

export const TABLE_SHARES = [0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] as const;

export interface ParetoTableLabels {
  customers: string;
  customerShare: string;
  revenueShare: string;
  count: (n: number) => string;
  format: (share: number) => string;
}

export function paretoTable(
  result: ParetoResult,
  labels: ParetoTableLabels,
  shares: readonly number[] = TABLE_SHARES,
): NumberTable {
  const curve = result.curve.filter((p) => p.revenue_share !== null && p.k > 0);
  const picked = new Set<(typeof curve)[number]>();
  for (const share of shares) {
    // A tiny tolerance: 0.1 of 10 customers is stored as 0.1 but computed as 1 / 10.
    const point = curve.find((p) => p.customer_share >= share - 1e-9);
    if (point) picked.add(point);
  }
  return {
    columns: [labels.customerShare, labels.customers, labels.revenueShare],
    rows: [...picked].map((p) => ({
      key: String(p.k),
      head: labels.format(p.customer_share),
      cells: [labels.count(p.k), labels.format(p.revenue_share ?? 0)],
    })),
  };
}

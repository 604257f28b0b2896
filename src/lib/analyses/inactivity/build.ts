// Side-by-side groups always have both sides, an empty one shown as zeros.
import type { GroupStats } from './types';

export type GroupRow = GroupStats & { status: string };

const EMPTY: GroupStats = {
  customers: 0,
  share: 0,
  revenue: 0,
  revenue_share: null,
  orders_per_customer: null,
  avg_order_value: null,
  median_days_since_last: null,
};

export function buildGroups(rows: GroupRow[]): { active: GroupStats; lapsed: GroupStats } {
  const pick = (status: string): GroupStats => {
    const row = rows.find((r) => r.status === status);
    if (!row) return { ...EMPTY };
    const { customers, share, revenue, revenue_share } = row;
    const { orders_per_customer, avg_order_value, median_days_since_last } = row;
    return {
      customers,
      share,
      revenue,
      revenue_share,
      orders_per_customer,
      avg_order_value,
      median_days_since_last,
    };
  };
  return { active: pick('active'), lapsed: pick('lapsed') };
}

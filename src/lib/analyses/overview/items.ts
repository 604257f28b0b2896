// The first minute: the few actions the analyses point to, each with its count and the money
// at stake, taken from the results the cells already show (no query of its own).
import type { InactivityResult } from '../inactivity/types';
import type { ParetoResult } from '../pareto/types';
import type { InWindowResult } from '../repeat/types';

/** Which list an action opens, in the cell named by `cell`. */
export type OverviewKind = 'lapsed' | 'overdue' | 'inWindow' | 'top20';

export interface OverviewItem {
  kind: OverviewKind;
  /** The notebook cell that holds the item's list. */
  cell: 'inactivity' | 'repeat' | 'pareto';
  /** Customers in the list. */
  count: number;
  /** Their net revenue, when the analysis computes it. */
  money: number | null;
  /** Share of all revenue that money is; null when unknown or the total is not positive. */
  share: number | null;
  /** The parameter the sentence names: window months, overdue factor or window days. */
  param: number | null;
}

export interface OverviewInput {
  inactivity: InactivityResult | null;
  inWindow: InWindowResult | null;
  pareto: ParetoResult | null;
}

/** The element id of an item's list, for the link from the overview. */
export const listAnchor = (kind: OverviewKind) => `list-${kind}`;

/**
 * The actions in the order a shop owner would take them: win back the valuable who left, call
 * the regulars who are late, welcome the newcomers while it works, look after the top 20%.
 * An action nobody is in is left out; a result still being computed leaves its item out.
 */
export function overviewItems({ inactivity, inWindow, pareto }: OverviewInput): OverviewItem[] {
  const items: OverviewItem[] = [];
  if (inactivity && inactivity.lapsed.customers > 0) {
    const { lapsed } = inactivity;
    items.push({
      kind: 'lapsed',
      cell: 'inactivity',
      count: lapsed.customers,
      money: lapsed.revenue,
      share: lapsed.revenue_share,
      param: inactivity.window_months,
    });
  }
  if (inactivity && inactivity.overdue.customers > 0) {
    items.push({
      kind: 'overdue',
      cell: 'inactivity',
      count: inactivity.overdue.customers,
      money: null,
      share: null,
      param: inactivity.overdue.factor,
    });
  }
  if (inWindow && inWindow.customers > 0) {
    items.push({
      kind: 'inWindow',
      cell: 'repeat',
      count: inWindow.customers,
      money: null,
      share: null,
      param: inWindow.days,
    });
  }
  if (pareto && pareto.top20_customers > 0 && pareto.top20_revenue_share !== null) {
    items.push({
      kind: 'top20',
      cell: 'pareto',
      count: pareto.top20_customers,
      // The share is of the total, so this is the top customers' own revenue.
      money: pareto.revenue * pareto.top20_revenue_share,
      share: pareto.top20_revenue_share,
      param: null,
    });
  }
  return items;
}

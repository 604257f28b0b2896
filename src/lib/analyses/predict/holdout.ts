// The forecast-versus-actual check: fit on the history up to a calibration date, forecast each
// of those customers' purchases after it, and compare with what they actually bought.
import { expectedPurchases } from './bgnbd';
import { fitModels } from './fit';
import type { Problem } from './guard';
import type { BgNbdFit, PurchaseHistory } from './types';

/** Calibration histories grouped by (x, t_x, T); `actual` = their holdout purchase days. */
export interface HoldoutHistory extends PurchaseHistory {
  customers: number;
  actual: number;
}

/** The paper's chart groups customers by repeat purchases in calibration: 0, 1, ..., 7+. */
export const TOP_GROUP = 7;

export interface HoldoutGroup {
  /** Repeat purchases in the calibration period; the last group is this many or more. */
  x: number;
  or_more: boolean;
  customers: number;
  /** Mean purchase days per customer in the holdout period. */
  actual: number;
  /** Mean forecast per customer; null when the calibration fit is not usable. */
  predicted: number | null;
}

export interface HoldoutResult {
  calibration_end: string;
  holdout_end: string;
  holdout_days: number;
  /** Customers whose first purchase is on or before the calibration end. */
  customers: number;
  repeat_customers: number;
  bgnbd: BgNbdFit | null;
  problem: Problem | null;
  /** Purchase days of those customers in the holdout period. */
  actual: number;
  /** Their forecast total; null when the calibration fit is not usable. */
  predicted: number | null;
  by_frequency: HoldoutGroup[];
}

export interface HoldoutOptions {
  calibrationEnd: string;
  asOf: string;
  /** Days from the calibration end to the as-of date. */
  days: number;
}

export function holdoutCheck(
  rows: readonly HoldoutHistory[],
  { calibrationEnd, asOf, days }: HoldoutOptions,
): HoldoutResult {
  const histories = rows.map((r) => ({ x: r.x, t_x: r.t_x, T: r.T, count: r.customers }));
  const fitted = fitModels(histories, []);
  const { bgnbd } = fitted;
  const usable = bgnbd !== null && fitted.problem === null;
  const groups: HoldoutGroup[] = Array.from({ length: TOP_GROUP + 1 }, (_, x) => ({
    x,
    or_more: x === TOP_GROUP,
    customers: 0,
    actual: 0,
    predicted: usable ? 0 : null,
  }));
  let predicted = 0;
  let actual = 0;
  for (const r of rows) {
    const g = groups[Math.min(r.x, TOP_GROUP)];
    g.customers += r.customers;
    g.actual += r.actual;
    actual += r.actual;
    if (usable) {
      const forecast = r.customers * expectedPurchases(bgnbd, r, days);
      g.predicted = (g.predicted ?? 0) + forecast;
      predicted += forecast;
    }
  }
  // A forecast the maths could not carry is said, not shown as NaN (see checkForecasts).
  const shown = usable && groups.every((g) => Number.isFinite(g.predicted));
  const problem: Problem | null = usable && !shown ? { kind: 'implausible' } : fitted.problem;
  const by_frequency = groups
    .filter((g) => g.customers > 0)
    .map((g) => ({
      ...g,
      actual: g.actual / g.customers,
      predicted: shown && g.predicted !== null ? g.predicted / g.customers : null,
    }));
  return {
    calibration_end: calibrationEnd,
    holdout_end: asOf,
    holdout_days: days,
    customers: rows.reduce((n, r) => n + r.customers, 0),
    repeat_customers: rows.reduce((n, r) => n + (r.x > 0 ? r.customers : 0), 0),
    bgnbd,
    problem,
    actual,
    predicted: shown ? predicted : null,
    by_frequency,
  };
}

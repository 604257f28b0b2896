import type { Period } from '../period';

export interface CohortRow {
  /** Label of the cohort's period, e.g. `2010-12`. */
  cohort: string;
  /** Integer index of the cohort's period (see period.ts). */
  index: number;
  /** active[k]: distinct cohort customers with a purchase in period cohort + k. */
  active: number[];
  /** activeOrLater[k]: distinct cohort customers with a purchase in period cohort + k or later. */
  activeOrLater: number[];
  /** revenue[k]: purchase revenue of the cohort in period cohort + k (returns excluded). */
  revenue: number[];
}

export interface CohortResult {
  period: Period;
  rows: CohortRow[];
  /** Label of the latest period with a purchase. */
  latest: string | null;
  /** True when the as-of date falls before the end of the latest period. */
  latestIncomplete: boolean;
}

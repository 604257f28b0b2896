// Second-purchase rates per first-purchase month: the flat rows of withinByCohortSql grouped
// into one entry per month, with shares computed where anyone is eligible.
import { periodLabel, periodStart } from '../period';
import type { CohortWithin } from './types';

export interface CohortWithinRow {
  cohort: number;
  days: number;
  customers: number;
  eligible: number;
  returned: number;
}

export function groupByCohort(rows: readonly CohortWithinRow[]): CohortWithin[] {
  const byCohort = new Map<number, CohortWithin>();
  for (const r of rows) {
    let entry = byCohort.get(r.cohort);
    if (!entry) {
      entry = {
        cohort: periodLabel('month', r.cohort),
        start: periodStart('month', r.cohort),
        customers: r.customers,
        within: [],
      };
      byCohort.set(r.cohort, entry);
    }
    entry.within.push({
      days: r.days,
      eligible: r.eligible,
      returned: r.returned,
      share: r.eligible > 0 ? r.returned / r.eligible : null,
    });
  }
  return [...byCohort.values()];
}

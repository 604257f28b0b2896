// The JSON report of DESIGN.md "The command line": the same numbers the notebook shows.
import { defaultAsOf } from '../analyses/asof';
import { runCohorts } from '../analyses/cohorts/run';
import type { Period } from '../analyses/period';
import { runSummary } from '../analyses/summary/run';
import type { Executor } from '../sql/executor';
import { ImportError } from '../import/prepare';
import type { Mapping } from '../import/roles';

export interface ReportOptions {
  period: Period;
  asOf?: string;
  mapping: Mapping;
}

export async function buildReport(db: Executor, options: ReportOptions) {
  const asOf = options.asOf ?? (await defaultAsOf(db));
  if (!asOf) throw new ImportError('no purchases: no order has a total above zero');
  const summary = await runSummary(db, asOf);
  const cohorts = await runCohorts(db, options.period, asOf);
  return {
    summary: { ...summary, mapping: options.mapping },
    cohorts: {
      period: cohorts.period,
      latest: cohorts.latest,
      latest_incomplete: cohorts.latestIncomplete,
      rows: cohorts.rows.map((r) => ({
        cohort: r.cohort,
        active: r.active,
        active_or_later: r.activeOrLater,
        revenue: r.revenue,
      })),
    },
  };
}

export type Report = Awaited<ReturnType<typeof buildReport>>;

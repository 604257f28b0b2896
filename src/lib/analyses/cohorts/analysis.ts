import type { Analysis } from '../analysis';
import { runCohorts } from './run';

export const cohorts = {
  kind: 'cohorts',
  inDefaultNotebook: true,
  title: 'cell.kind.cohorts',
  question: 'landing.cohorts',
  report: {
    key: 'cohorts' as const,
    async build(db, { period, asOf }) {
      const cohorts = await runCohorts(db, period, asOf);
      return {
        period: cohorts.period,
        latest: cohorts.latest,
        latest_incomplete: cohorts.latestIncomplete,
        rows: cohorts.rows.map((r) => ({
          cohort: r.cohort,
          active: r.active,
          active_or_later: r.activeOrLater,
          revenue: r.revenue,
        })),
      };
    },
  },
} satisfies Analysis<'cohorts'>;

import type { Analysis } from '../analysis';
import { runInWindow, runRepeat, runRepeatByCohort } from './run';

export const repeat = {
  kind: 'repeat',
  inDefaultNotebook: true,
  title: 'cell.kind.repeat',
  question: 'landing.repeat',
  report: {
    key: 'repeat' as const,
    async build(db, { asOf }) {
      const repeat = await runRepeat(db, { asOf });
      const byCohort = await runRepeatByCohort(db, { asOf });
      const inWindow = await runInWindow(db, { asOf, limit: 0 });
      return {
        within: repeat.within,
        returned_customers: repeat.returned_customers,
        median_days_to_second: repeat.median_days_to_second,
        gap_bins: repeat.gap_bins,
        by_cohort: byCohort.map((c) => ({
          cohort: c.cohort,
          customers: c.customers,
          within: c.within,
        })),
        in_window: { days: inWindow.days, customers: inWindow.customers },
      };
    },
  },
  contents: ({ repeat }, f) => {
    const first = repeat?.within.find((w) => w.share !== null);
    return first && first.share !== null
      ? f.t('contents.repeat', { share: f.share(first.share), days: first.days })
      : null;
  },
} satisfies Analysis<'repeat'>;

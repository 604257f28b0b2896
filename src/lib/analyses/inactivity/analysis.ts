import type { Analysis } from '../analysis';
import { runInactivity, runLapsedByMonth } from './run';

export const inactivity = {
  kind: 'inactivity',
  inDefaultNotebook: true,
  title: 'cell.kind.inactivity',
  question: 'landing.inactivity',
  report: {
    key: 'inactivity' as const,
    async build(db, { asOf, windowMonths, overdueFactor }) {
      const inactivity = await runInactivity(db, { asOf, windowMonths, overdueFactor });
      const byMonth = await runLapsedByMonth(db, { asOf, windowMonths });
      return { ...inactivity, lapsed_by_month: byMonth };
    },
  },
  contents: ({ inactivity }, f) =>
    inactivity
      ? f.t('contents.inactivity', { count: f.integer(inactivity.lapsed.customers) })
      : null,
} satisfies Analysis<'inactivity'>;

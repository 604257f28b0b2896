import { firstOrderReport } from '../../report/first-order';
import type { Analysis } from '../analysis';

export const firstOrder = {
  kind: 'first-order',
  inDefaultNotebook: true,
  title: 'cell.kind.first-order',
  question: 'landing.first-order',
  report: {
    key: 'by_first_order' as const,
    // With --predict the forecasts are fitted first (see REPORT_ORDER): add each group's value.
    build: async (db, { asOf, by, mapping, windowMonths, predict }) =>
      by
        ? await firstOrderReport(db, { asOf, by, mapping, windowMonths, predicted: !!predict })
        : undefined,
  },
} satisfies Analysis<'first-order'>;

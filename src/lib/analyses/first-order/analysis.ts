import type { Analysis } from '../analysis';

export const firstOrder = {
  kind: 'first-order',
  inDefaultNotebook: true,
  title: 'cell.kind.first-order',
  question: 'landing.first-order',
  report: {
    key: 'by_first_order' as const,
    // With --predict the forecasts are fitted first (see REPORT_ORDER): add each group's value.
    // Imported when run: the page, which loads the registry, never builds a report.
    async build(db, { asOf, by, mapping, windowMonths, predict }) {
      if (!by) return undefined;
      const { firstOrderReport } = await import('../../report/first-order');
      return firstOrderReport(db, { asOf, by, mapping, windowMonths, predicted: !!predict });
    },
  },
} satisfies Analysis<'first-order'>;

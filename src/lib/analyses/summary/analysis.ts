import type { Analysis } from '../analysis';
import { runSummary } from './run';

export const summary = {
  kind: 'summary',
  inDefaultNotebook: true,
  title: 'cell.kind.summary',
  question: 'landing.summary',
  report: {
    key: 'summary' as const,
    async build(db, { asOf, mapping }) {
      // The currency is for display only: the contract's report has no such key.
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { currencies, currency, ...summary } = await runSummary(db, asOf);
      return { ...summary, mapping };
    },
  },
  contents: ({ summary }, f) =>
    summary ? f.t('contents.summary', { customers: f.integer(summary.customers) }) : null,
} satisfies Analysis<'summary'>;

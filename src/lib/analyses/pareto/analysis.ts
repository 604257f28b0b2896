import type { Analysis } from '../analysis';
import { runPareto } from './run';

export const pareto = {
  kind: 'pareto',
  inDefaultNotebook: true,
  title: 'cell.kind.pareto',
  question: 'landing.pareto',
  report: {
    key: 'pareto' as const,
    async build(db, { asOf }) {
      const pareto = await runPareto(db, { asOf });
      return {
        customers: pareto.customers,
        revenue: pareto.revenue,
        top20_customers: pareto.top20_customers,
        top20_revenue_share: pareto.top20_revenue_share,
        customers_for_80pct: pareto.customers_for_80pct,
        customer_share_for_80pct: pareto.customer_share_for_80pct,
      };
    },
  },
  contents: ({ pareto }, f) =>
    pareto?.top20_revenue_share != null
      ? f.t('contents.pareto', { share: f.share(pareto.top20_revenue_share) })
      : null,
} satisfies Analysis<'pareto'>;

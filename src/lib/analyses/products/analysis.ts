import type { Analysis } from '../analysis';
import { runProducts } from './run';

export const products = {
  kind: 'products',
  inDefaultNotebook: true,
  title: 'cell.kind.products',
  question: 'landing.products',
  report: {
    key: 'products' as const,
    // Only with a product column: "what regulars buy" has nothing to say without one.
    build: async (db, { asOf, windowMonths, mapping, lineAmounts }) =>
      mapping.product
        ? await runProducts(db, { asOf, windowMonths, lineAmounts: lineAmounts ?? true })
        : undefined,
  },
} satisfies Analysis<'products'>;

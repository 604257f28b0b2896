import type { Analysis } from '../analysis';
import { runRfm } from './run';

export const rfm = {
  kind: 'rfm',
  inDefaultNotebook: true,
  title: 'cell.kind.rfm',
  question: 'landing.rfm',
  report: {
    key: 'rfm' as const,
    async build(db, { asOf }) {
      const rfm = await runRfm(db, { asOf });
      return { customers: rfm.customers, segments: rfm.segments, scores: rfm.scores };
    },
  },
  contents: ({ rfm }, f) => {
    const champions = rfm?.segments.find((s) => s.key === 'champions');
    return champions ? f.t('contents.rfm', { count: f.integer(champions.customers) }) : null;
  },
} satisfies Analysis<'rfm'>;

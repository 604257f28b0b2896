import type { Analysis } from '../analysis';
import { runFollowUp } from './measure';

export const followUps = {
  kind: 'follow-ups',
  // Not in a new notebook (its link stays short): the page adds it with the first follow-up.
  inDefaultNotebook: false,
  title: 'cell.kind.follow-ups',
  question: 'landing.follow-ups',
  report: {
    key: 'follow_ups' as const,
    async build(db, { asOf, followUps }) {
      if (!followUps) return undefined;
      const measured = [];
      for (const f of followUps) measured.push(await runFollowUp(db, f, asOf));
      return measured;
    },
  },
} satisfies Analysis<'follow-ups'>;

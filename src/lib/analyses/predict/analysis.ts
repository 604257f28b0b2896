import type { Analysis } from '../analysis';
import { runPredictions } from './run';

export const predict = {
  kind: 'predict',
  inDefaultNotebook: true,
  title: 'cell.kind.predict',
  question: 'landing.predict',
  report: {
    key: 'predictions' as const,
    async build(db, { asOf, predict, onNote }) {
      if (!predict) return undefined;
      // Imported when run: the page, which loads the registry, never builds a report.
      const { predictionNotes, predictionsReport } = await import('../../report/predictions');
      const predicted = await runPredictions(db, { asOf, calibrationEnd: predict.calibrationEnd });
      for (const line of predictionNotes(predicted)) onNote?.(line);
      return predictionsReport(predicted);
    },
  },
} satisfies Analysis<'predict'>;

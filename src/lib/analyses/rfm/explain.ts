// What each score means in this shop's data, as message keys and values for the UI:
// "R 5 = bought in the last 23 days", "F 4 = 2 orders", "M 5 = 1,234 or more".
import type { RfmDimension, RfmScoreRange } from './types';

export interface ScoreMeaning {
  dimension: RfmDimension;
  score: number;
  /** Which sentence: a single value, or a range. */
  kind: 'one' | 'range';
  min: number;
  max: number;
}

export function scoreMeanings(dimension: RfmDimension, ranges: RfmScoreRange[]): ScoreMeaning[] {
  return [...ranges]
    .sort((a, b) => b.score - a.score)
    .map(({ score, min, max }) => ({
      dimension,
      score,
      kind: min === max ? 'one' : 'range',
      min,
      max,
    }));
}

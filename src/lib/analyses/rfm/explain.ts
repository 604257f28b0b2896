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

/** Scores nobody has, and the tied group below them that took their place. */
export interface TiedScores {
  /** The scores left empty, ascending ("F 2", "F 3"). */
  empty: number[];
  /** The score the tied customers share ("F 1 = 1 purchase"), with its customers. */
  tied: RfmScoreRange;
}

/**
 * Why a score is empty. Equal values share a score (DESIGN.md "RFM"), so when many customers
 * tie (most bought once), their rank jumps past the scores above theirs: with 60% of customers
 * at 1 purchase, the next customer's rank gives F 4, and F 2 and F 3 stay empty.
 */
export function tiedScores(ranges: RfmScoreRange[]): TiedScores[] {
  const present = [...ranges].filter((r) => r.customers > 0).sort((a, b) => a.score - b.score);
  const out: TiedScores[] = [];
  for (let score = 1; score <= 5; score++) {
    if (present.some((r) => r.score === score)) continue;
    const tied = present.filter((r) => r.score < score).at(-1);
    if (!tied) continue;
    const group = out.find((g) => g.tied === tied);
    if (group) group.empty.push(score);
    else out.push({ empty: [score], tied });
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import { tiedScores } from '../../../src/lib/analyses/rfm/explain';

const held = (score: number, customers: number, min: number, max = min) => ({
  score,
  customers,
  min,
  max,
});

describe('why a score is empty', () => {
  it('names every empty score above a tie, once per tie', () => {
    // 60 one-time buyers of 100 take F 1; 2 purchases start at F 4; F 5 holds the rest.
    expect(tiedScores([held(1, 60, 1), held(4, 25, 2), held(5, 15, 3, 40)])).toEqual([
      { empty: [2, 3], tied: held(1, 60, 1) },
    ]);
  });

  it('keeps two ties apart', () => {
    // F 2 empty because of F 1; F 4 and F 5 empty because of F 3.
    expect(tiedScores([held(1, 30, 1), held(3, 70, 2)])).toEqual([
      { empty: [2], tied: held(1, 30, 1) },
      { empty: [4, 5], tied: held(3, 70, 2) },
    ]);
  });

  it('says nothing when every score is held', () => {
    expect(tiedScores([1, 2, 3, 4, 5].map((s) => held(s, 20, s)))).toEqual([]);
  });
});

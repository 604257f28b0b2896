import { describe, expect, it } from 'vitest';
import { detectableDifference, keptAsideNeeded } from '../../../../src/lib/analyses/follow-up/size';

describe('how many customers a follow-up needs', () => {
  // (1.95996 + 0.84162) × sqrt(0.25 × (1/100 + 1/100)) = 2.80158 × 0.070711 = 0.19810
  it('can see a 19.8-point difference with 100 in each group', () => {
    expect(detectableDifference(100, 100)).toBeCloseTo(0.1981, 4);
  });

  // 160 contacted, 40 aside: 2.80158 × sqrt(0.25 × (1/160 + 1/40)) = 2.80158 × 0.088388 = 0.24763
  it('can see a 24.8-point difference with 160 contacted and 40 aside', () => {
    expect(detectableDifference(160, 40)).toBeCloseTo(0.2476, 4);
  });

  it('cannot say anything without one of the groups', () => {
    expect(detectableDifference(100, 0)).toBeNull();
  });

  // 20 points: 1/k + 1/(n − k) <= 0.2² / (2.80158² × 0.25) = 0.020385.
  //   a very long list: 1/k <= 0.020385 -> k >= 49.06 -> 50
  //   200 customers: k = 87 gives 1/87 + 1/113 = 0.011494 + 0.008850 = 0.020344 (fits);
  //                  k = 86 gives 1/86 + 1/114 = 0.011628 + 0.008772 = 0.020400 (does not)
  it('says how many to keep aside to see 20 points', () => {
    expect(keptAsideNeeded(1_000_000)).toBe(50);
    expect(keptAsideNeeded(200)).toBe(87);
  });

  // An even split of 196: 4/196 = 0.020408 > 0.020385, so no split of 196 can see 20 points;
  // 198 can: k = 90 gives 1/90 + 1/108 = 0.020370 (89: 1/89 + 1/109 = 0.020410 does not).
  it('says when a list is too short for any split', () => {
    expect(keptAsideNeeded(196)).toBeNull();
    expect(keptAsideNeeded(197)).toBe(93); // 1/93 + 1/104 = 0.020368; 1/92 + 1/105 = 0.020394
    expect(keptAsideNeeded(198)).toBe(90);
  });
});

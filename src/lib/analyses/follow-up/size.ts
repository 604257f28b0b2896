// How many customers a follow-up needs before it can say anything. The rule, from the usual
// power calculation for two proportions: with nC contacted and nK kept aside, the smallest
// difference in "came back" a two-sided 5% test finds 80% of the time is
//   (z(0.975) + z(0.80)) × sqrt(p(1 − p) × (1/nC + 1/nK)),
// taken at p = 0.5, where it is largest (nothing is known of the shop's rate beforehand).
// A list is worth a follow-up when enough can be kept aside to see a 20-point difference.

const Z_975 = 1.959963984540054;
const Z_80 = 0.8416212335729143;

/** The difference in "came back" (a share, 0.2 = 20 points) a follow-up should be able to see. */
export const TARGET_DIFFERENCE = 0.2;

/**
 * Fewer customers than this in a group found in the file: too few to tell, no number shown
 * (with 9, whatever happened, the came-back interval is at least 30 points wide).
 */
export const MIN_GROUP = 10;

/** The smallest difference in shares the two groups can show (80% power, 5% two-sided). */
export function detectableDifference(contacted: number, keptAside: number): number | null {
  if (contacted < 1 || keptAside < 1) return null;
  return (Z_975 + Z_80) * Math.sqrt(0.25 * (1 / contacted + 1 / keptAside));
}

/**
 * The fewest customers of a list of `listSize` to keep aside so that a difference of `target`
 * can be seen; null when even an even split cannot (the list is too short).
 */
export function keptAsideNeeded(listSize: number, target = TARGET_DIFFERENCE): number | null {
  for (let kept = MIN_GROUP; kept <= listSize / 2; kept++) {
    const d = detectableDifference(listSize - kept, kept);
    if (d !== null && d <= target) return kept;
  }
  return null;
}

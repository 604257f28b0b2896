// The special functions the BG/NBD and Gamma-Gamma models need: log-gamma and the Gaussian
// hypergeometric function 2F1. Plain doubles, no dependencies.

// Lanczos approximation, g = 7, n = 9 (the coefficients of Numerical Recipes / Boost's
// lanczos13 family); relative error about 1e-15 for positive arguments.
const G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (NaN otherwise: the models never need a negative argument). */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x < 0.5) {
    // Reflection: Γ(x) Γ(1 - x) = π / sin(πx), for accuracy near 0.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < G + 2; i++) sum += LANCZOS[i] / (z + i);
  const t = z + G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const MAX_TERMS = 1_000_000;

/**
 * 2F1(a, b; c; z) for 0 <= z < 1 by its power series, summed until a term no longer changes
 * the sum. NaN when c is 0 or a negative whole number, or when the series has not settled
 * after a million terms (z very close to 1): callers treat NaN as "cannot say".
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z >= 0 && z < 1)) return Number.NaN;
  if (c <= 0 && Number.isInteger(c)) return Number.NaN;
  let term = 1;
  let sum = 1;
  // Once the ratio of successive terms is below 1 they keep shrinking, about as fast as z^n:
  // the rest of the series is then below term / (1 - z).
  const tail = 1 / (1 - z);
  for (let n = 0; n < MAX_TERMS; n++) {
    const ratio = ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    term *= ratio;
    sum += term;
    if (term === 0) return sum;
    if (!Number.isFinite(sum)) return Number.NaN;
    if (Math.abs(ratio) < 1 && Math.abs(term) * tail <= 1e-16 * Math.abs(sum)) return sum;
  }
  return Number.NaN;
}

// Powers of two rescale without rounding; 2^-900 keeps the running sum far from overflow.
const RESCALE = Math.pow(2, -900);
const LOG_RESCALE = 900 * Math.LN2;

/**
 * ln 2F1(a, b; c; z) for a, b, c > 0 and 0 <= z < 1: the same series as `hyp2f1`, its terms
 * all positive, with the running sum scaled down whenever it grows large, so that a value
 * beyond the doubles (e.g. (1 − z)^−2000) still comes out as its logarithm. NaN outside
 * that domain or when the series has not settled after a million terms.
 */
export function logHyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1)) return Number.NaN;
  let term = 1;
  let sum = 1;
  let logScale = 0;
  const tail = 1 / (1 - z);
  for (let n = 0; n < MAX_TERMS; n++) {
    const ratio = ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    term *= ratio;
    sum += term;
    if (sum > 1e280) {
      sum *= RESCALE;
      term *= RESCALE;
      logScale += LOG_RESCALE;
    }
    if (term === 0) break;
    if (ratio < 1 && term * tail <= 1e-16 * sum) break;
    if (n === MAX_TERMS - 1) return Number.NaN;
  }
  return logScale + Math.log(sum);
}

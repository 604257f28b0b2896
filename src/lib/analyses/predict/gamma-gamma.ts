// The Gamma-Gamma model of spend (Fader, Hardie and Lee 2005, "RFM and CLV: using iso-value
// curves"; Fader and Hardie's note "The Gamma-Gamma model of monetary value"): a customer's
// purchase values are Gamma(p, ν) around their own mean, with ν ~ Gamma(q, γ) across
// customers. Fitted on repeat customers only (x > 0, zbar = their average repeat purchase).
import { minimize, penalty } from './nelder-mead';
import { logGamma } from './special';
import type { GammaGammaFit, GammaGammaParams, SpendHistory } from './types';

/**
 * Per customer: ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln zbar + px ln x
 * − (px+q) ln(γ + x·zbar).
 */
export function gammaGammaLogLikelihood(
  { p, q, gamma }: GammaGammaParams,
  histories: readonly SpendHistory[],
): number {
  let total = 0;
  const common = -logGamma(q) + q * Math.log(gamma);
  for (const { x, zbar, count = 1 } of histories) {
    const px = p * x;
    total +=
      count *
      (logGamma(px + q) -
        logGamma(px) +
        common +
        (px - 1) * Math.log(zbar) +
        px * Math.log(x) -
        (px + q) * Math.log(gamma + x * zbar));
  }
  return total;
}

/**
 * Starting values by the method of moments on the averages: with p = 1, a spend of mean m
 * and spread s across customers gives q = 2 + m²/s² and γ = m(q−1) (ν's mean p/ν = m).
 */
export function gammaGammaStart(histories: readonly SpendHistory[]): GammaGammaParams {
  let n = 0;
  let sum = 0;
  let squares = 0;
  for (const { zbar, count = 1 } of histories) {
    n += count;
    sum += count * zbar;
    squares += count * zbar * zbar;
  }
  const mean = n > 0 ? sum / n : 1;
  const variance = n > 1 ? Math.max((squares - n * mean * mean) / (n - 1), 1e-9) : 1;
  const q = 2 + (mean * mean) / variance;
  return { p: 1, q, gamma: mean * (q - 1) };
}

const toParams = ([lp, lq, lg]: number[]): GammaGammaParams => ({
  p: Math.exp(lp),
  q: Math.exp(lq),
  gamma: Math.exp(lg),
});

export function fitGammaGamma(histories: readonly SpendHistory[]): GammaGammaFit {
  const s = gammaGammaStart(histories);
  const start = [s.p, s.q, s.gamma].map(Math.log);
  const found = minimize(
    (v) => -gammaGammaLogLikelihood(toParams(v), histories) + penalty(v),
    start,
  );
  const params = toParams(found.x);
  const log_likelihood = gammaGammaLogLikelihood(params, histories);
  return { ...params, log_likelihood, converged: found.converged };
}

/**
 * The expected average purchase value of a customer with x repeat purchases averaging zbar:
 * a weighted mean of the population mean pγ/(q−1) and their own average,
 * (pγ + p·x·zbar) / (px + q − 1). For x = 0 it is the population mean. Needs q > 1.
 */
export function expectedAverageValue(
  { p, q, gamma }: GammaGammaParams,
  x: number,
  zbar: number,
): number {
  return (p * (gamma + x * zbar)) / (p * x + q - 1);
}

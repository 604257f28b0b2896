// The BG/NBD model of repeat purchasing (Fader, Hardie and Lee 2005, "Counting your customers
// the easy way"): while alive a customer buys at a Poisson rate λ ~ Gamma(r, α); after each
// purchase they drop out with probability p ~ Beta(a, b). Equation numbers are the paper's.
import { minimize, penalty } from './nelder-mead';
import { hyp2f1, logGamma, logHyp2f1 } from './special';
import type { BgNbdFit, BgNbdParams, PurchaseHistory } from './types';

/**
 * The log-likelihood of the histories (eq. 6, in the log form of the authors' note on
 * implementing it in Excel): for each customer
 *   ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *   + ln[ (α+T)^−(r+x) + 1{x>0} · a/(b+x−1) · (α+t_x)^−(r+x) ]   (summed as log-sum-exp).
 */
export function bgnbdLogLikelihood(
  { r, alpha, a, b }: BgNbdParams,
  histories: readonly PurchaseHistory[],
): number {
  // Terms that depend only on x are computed once per distinct x.
  const byX = new Map<number, number>();
  const constant = (x: number) => {
    let c = byX.get(x);
    if (c === undefined) {
      c =
        logGamma(r + x) -
        logGamma(r) +
        r * Math.log(alpha) +
        logGamma(a + b) +
        logGamma(b + x) -
        logGamma(b) -
        logGamma(a + b + x);
      byX.set(x, c);
    }
    return c;
  };
  let total = 0;
  for (const { x, t_x, T, count = 1 } of histories) {
    const a3 = -(r + x) * Math.log(alpha + T);
    let tail = a3;
    if (x > 0) {
      const a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + t_x);
      const top = Math.max(a3, a4);
      tail = top + Math.log(Math.exp(a3 - top) + Math.exp(a4 - top));
    }
    total += count * (constant(x) + tail);
  }
  return total;
}

/**
 * Starting values: r = 1 and α so that r/α, the mean purchase rate, is repeat purchases per
 * unit of time over all customers; a = 1, b = 3, a 25% chance of leaving after a purchase.
 */
export function bgnbdStart(histories: readonly PurchaseHistory[]): BgNbdParams {
  let purchases = 0;
  let time = 0;
  for (const { x, T, count = 1 } of histories) {
    purchases += count * x;
    time += count * T;
  }
  const rate = purchases > 0 && time > 0 ? purchases / time : 1;
  return { r: 1, alpha: 1 / rate, a: 1, b: 3 };
}

const toParams = ([lr, la, lA, lB]: number[]): BgNbdParams => ({
  r: Math.exp(lr),
  alpha: Math.exp(la),
  a: Math.exp(lA),
  b: Math.exp(lB),
});

/**
 * The maximum-likelihood parameters, searched over their logarithms by Nelder-Mead, with a
 * very weak pull towards 1 (see `penalty`) so that a history with no sign of a feature (e.g.
 * everybody equally likely to leave: a, b → ∞) ends at a finite, equivalent answer.
 */
export function fitBgNbd(histories: readonly PurchaseHistory[]): BgNbdFit {
  const s = bgnbdStart(histories);
  const start = [s.r, s.alpha, s.a, s.b].map(Math.log);
  const found = minimize((p) => -bgnbdLogLikelihood(toParams(p), histories) + penalty(p), start);
  const params = toParams(found.x);
  const log_likelihood = bgnbdLogLikelihood(params, histories);
  return { ...params, log_likelihood, converged: found.converged };
}

/** ln of the second term's weight against the first: a/(b+x−1) · ((α+T)/(α+t_x))^(r+x). */
function logOddsDead({ r, alpha, a, b }: BgNbdParams, { x, t_x, T }: PurchaseHistory): number {
  return (
    Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + t_x))
  );
}

/** P(alive | x, t_x, T) (eq. 11); 1 for a customer with no repeat purchase. */
export function probabilityAlive(params: BgNbdParams, history: PurchaseHistory): number {
  if (history.x === 0) return 1;
  return 1 / (1 + Math.exp(logOddsDead(params, history)));
}

/**
 * Expected purchases in the next t for a customer known to be alive now: eq. 10 without its
 * denominator (which is 1 / P(alive)), i.e. (a+b+x−1)/(a−1) · (1 − F) with
 *   F = ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; z) = (1−z)^(r+x) · 2F1(…),
 * z = t/(α+T+t). By Euler's transformation F = (1−z)^(a−1) · 2F1(a+b−1−r, a−1; a+b+x−1; z):
 * the same value, but its series neither overflows nor needs thousands of terms for frequent
 * buyers, so it is used wherever its factor (1−z)^(a−1) is an ordinary double. With a large
 * (customers who all leave with about the same probability: a shop of very regular buyers
 * fits a of 2000 to 5000, b about 3.5 a) that factor underflows to 0 while the series
 * overflows, and 0 · ∞ is NaN; F is then taken from the paper's own form, summed in
 * logarithms (`logHyp2f1`): its terms are all positive and, with b/(a+b) < 1, shrink after
 * about (r+x)/(1 − z·b/(a+b)) of them. F lies in (0, 1] (it is E[((α+T)/(α+T+pt))^(r+x)]
 * over the dropout probability p ~ Beta(a, b+x)), so nothing is lost in taking it out of the
 * logarithm. As a, b → ∞ with p = a/(a+b) fixed the result tends to
 * (1/p) · (1 − ((α+T)/(α+T+pt))^(r+x)): a fixed chance p of leaving after each purchase, a
 * geometric dropout (derived, and checked, in bgnbd.test.ts).
 */
export function expectedPurchasesIfAlive(
  { r, alpha, a, b }: BgNbdParams,
  { x, T }: PurchaseHistory,
  t: number,
): number {
  if (t <= 0) return 0;
  // (1 − F)/(a − 1) tends to a finite limit at a = 1; keep away from the 0/0.
  const a1 = Math.abs(a - 1) < 1e-7 ? (a >= 1 ? 1e-7 : -1e-7) : a - 1;
  const z = t / (alpha + T + t);
  const logOneMinusZ = Math.log1p(-z);
  let f = Number.NaN;
  // e^±690 leaves room for the series' own size before a double overflows or goes subnormal.
  if (Math.abs(a1 * logOneMinusZ) <= 690) {
    f = Math.pow(1 - z, a1) * hyp2f1(a + b - 1 - r, a1, a + b + x - 1, z);
  }
  if (!Number.isFinite(f)) {
    f = Math.exp((r + x) * logOneMinusZ + logHyp2f1(r + x, b + x, a1 + b + x, z));
  }
  return ((a + b + x - 1) / a1) * (1 - f);
}

/** E[purchases in the next t | x, t_x, T] (eq. 10). */
export function expectedPurchases(
  params: BgNbdParams,
  history: PurchaseHistory,
  t: number,
): number {
  return probabilityAlive(params, history) * expectedPurchasesIfAlive(params, history, t);
}

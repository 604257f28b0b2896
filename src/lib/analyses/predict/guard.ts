// When not to show predictions: with too few customers who came back the model has nothing to
// learn from, and a fit that did not settle or ran off to an extreme would show nonsense.
import type { PredictionRow } from './sql';
import type { BgNbdFit, GammaGammaFit } from './types';

/** Customers with a repeat purchase needed before the purchase model is fitted. */
export const MIN_REPEAT_CUSTOMERS = 30;

// Parameters outside this range mean the likelihood ran off to infinity: the numbers would
// look precise and mean nothing. (A small a with a large b, "hardly anybody leaves", is a
// real answer on young data: the model then tends to the plain NBD and still forecasts.)
const PLAUSIBLE = [1e-8, 1e8] as const;
const plausible = (v: number) => Number.isFinite(v) && v >= PLAUSIBLE[0] && v <= PLAUSIBLE[1];

/** Why predictions are hidden, in a form the page and the CLI turn into plain words. */
export type Problem =
  | { kind: 'too-few-repeat'; repeat: number; needed: number }
  | { kind: 'not-converged' }
  | { kind: 'implausible' };

/** Why spend (and so lifetime value) is hidden while purchase predictions are shown. */
export type SpendProblem =
  | { kind: 'too-few-repeat'; repeat: number; needed: number }
  | { kind: 'not-converged' }
  /** q ≤ 1: the fitted spread of spend has no finite mean. */
  | { kind: 'no-mean' }
  | { kind: 'implausible' };

export function enoughRepeat(repeat: number): Problem | null {
  return repeat >= MIN_REPEAT_CUSTOMERS
    ? null
    : { kind: 'too-few-repeat', repeat, needed: MIN_REPEAT_CUSTOMERS };
}

export function checkBgNbd(fit: BgNbdFit): Problem | null {
  if (!fit.converged || !Number.isFinite(fit.log_likelihood)) return { kind: 'not-converged' };
  if (![fit.r, fit.alpha, fit.a, fit.b].every(plausible)) return { kind: 'implausible' };
  return null;
}

export function checkGammaGamma(fit: GammaGammaFit): SpendProblem | null {
  if (!fit.converged || !Number.isFinite(fit.log_likelihood)) return { kind: 'not-converged' };
  if (![fit.p, fit.q, fit.gamma].every(plausible)) return { kind: 'implausible' };
  if (fit.q <= 1) return { kind: 'no-mean' };
  return null;
}

const finite = (v: number | null) => v === null || Number.isFinite(v);

/**
 * The forecasts of a usable fit, checked before anybody sees them: a figure that is not a
 * finite number (the maths could not carry these parameters) hides the purchase forecasts, or
 * only the money when just the money is affected, as "implausible" rather than reaching a page,
 * a table or the JSON report as NaN, null or Infinity.
 */
export function checkForecasts(rows: readonly PredictionRow[]): {
  problem: Problem | null;
  spend_problem: SpendProblem | null;
} {
  const purchases = rows.every(
    (r) =>
      finite(r.p_alive) &&
      Number.isFinite(r.expected_30) &&
      Number.isFinite(r.expected_90) &&
      Number.isFinite(r.expected_365),
  );
  const money = rows.every(
    (r) => finite(r.expected_value) && finite(r.clv) && finite(r.lost_value),
  );
  return {
    problem: purchases ? null : { kind: 'implausible' },
    spend_problem: money ? null : { kind: 'implausible' },
  };
}

// The `predictions` section of the JSON report, with the keys of issue 9:
// {"bgnbd": {r, alpha, a, b, log_likelihood, converged}, "gamma_gamma": {p, q, gamma},
//  "holdout": {...}}. A model that was not fitted has null values (and converged false).
import type { Problem, SpendProblem } from '../analyses/predict/guard';
import type { HoldoutResult } from '../analyses/predict/holdout';
import type { PredictResult } from '../analyses/predict/result';
import type { BgNbdFit, GammaGammaFit } from '../analyses/predict/types';

export function bgnbdReport(fit: BgNbdFit | null) {
  return {
    r: fit?.r ?? null,
    alpha: fit?.alpha ?? null,
    a: fit?.a ?? null,
    b: fit?.b ?? null,
    log_likelihood: fit?.log_likelihood ?? null,
    converged: fit?.converged ?? false,
  };
}

export function gammaGammaReport(fit: GammaGammaFit | null) {
  return { p: fit?.p ?? null, q: fit?.q ?? null, gamma: fit?.gamma ?? null };
}

export function holdoutReport(holdout: HoldoutResult | null) {
  if (!holdout) return null;
  return {
    calibration_end: holdout.calibration_end,
    holdout_end: holdout.holdout_end,
    holdout_days: holdout.holdout_days,
    customers: holdout.customers,
    repeat_customers: holdout.repeat_customers,
    bgnbd: bgnbdReport(holdout.bgnbd),
    actual: holdout.actual,
    predicted: holdout.predicted,
    by_frequency: holdout.by_frequency,
  };
}

export interface FittedForReport {
  bgnbd: BgNbdFit | null;
  gamma_gamma: GammaGammaFit | null;
  holdout?: HoldoutResult | null;
}

export function predictionsReport(result: FittedForReport) {
  return {
    bgnbd: bgnbdReport(result.bgnbd),
    gamma_gamma: gammaGammaReport(result.gamma_gamma),
    holdout: holdoutReport(result.holdout ?? null),
  };
}

/** Plain English for the command line's stderr, when predictions should not be trusted. */
export function problemWords(problem: Problem | SpendProblem, what: string): string {
  switch (problem.kind) {
    case 'too-few-repeat':
      return `${what}: not fitted: only ${problem.repeat} customers bought on more than one day (at least ${problem.needed} are needed)`;
    case 'not-converged':
      return `${what}: the fit did not settle on an answer; do not use these parameters`;
    case 'implausible':
      return `${what}: the fit ran off to extreme parameters; do not use them`;
    case 'no-mean':
      return `${what}: the spend model has no finite average (q <= 1); lifetime values are not shown`;
  }
}

/** Why the predictions should not be trusted, one line each (none when they can be). */
export function predictionNotes(result: PredictResult): string[] {
  const notes: string[] = [];
  if (result.problem) notes.push(problemWords(result.problem, 'BG/NBD'));
  else if (result.spend_problem) notes.push(problemWords(result.spend_problem, 'Gamma-Gamma'));
  const holdout = result.holdout?.problem;
  if (holdout) notes.push(problemWords(holdout, 'holdout check'));
  return notes;
}

// Fit both models with their guard rails: the one step the app, the worker and the CLI share.
import { fitBgNbd } from './bgnbd';
import { fitGammaGamma } from './gamma-gamma';
import {
  checkBgNbd,
  checkGammaGamma,
  enoughRepeat,
  type Problem,
  type SpendProblem,
} from './guard';
import type { BgNbdFit, GammaGammaFit, PurchaseHistory, SpendHistory } from './types';

export interface FittedModels {
  /** null when there was too little to fit at all. */
  bgnbd: BgNbdFit | null;
  gamma_gamma: GammaGammaFit | null;
  /** Why purchase predictions are hidden; null when they are shown. */
  problem: Problem | null;
  /** Why spend and lifetime value are hidden; null when they are shown. */
  spend_problem: SpendProblem | null;
}

const count = (rows: readonly { count?: number }[]) => rows.reduce((n, r) => n + (r.count ?? 1), 0);

/**
 * `spend`: repeat customers only (x > 0) with their average repeat purchase zbar > 0; rows
 * with zbar <= 0 cannot be fitted and are left out.
 */
export function fitModels(
  histories: readonly PurchaseHistory[],
  spend: readonly SpendHistory[],
): FittedModels {
  const repeat = count(histories.filter((h) => h.x > 0));
  const tooFew = enoughRepeat(repeat);
  if (tooFew) {
    return { bgnbd: null, gamma_gamma: null, problem: tooFew, spend_problem: tooFew };
  }
  const bgnbd = fitBgNbd(histories);
  const problem = checkBgNbd(bgnbd);
  const usable = spend.filter((s) => s.x > 0 && s.zbar > 0);
  const spendTooFew = enoughRepeat(count(usable));
  if (spendTooFew) return { bgnbd, gamma_gamma: null, problem, spend_problem: spendTooFew };
  const gamma_gamma = fitGammaGamma(usable);
  return { bgnbd, gamma_gamma, problem, spend_problem: checkGammaGamma(gamma_gamma) };
}

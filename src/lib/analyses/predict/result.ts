// What the prediction step returns to the page and the CLI: small, plain JSON.
import type { ForecastTotals } from './forecast';
import type { Problem, SpendProblem } from './guard';
import type { HoldoutResult } from './holdout';
import type { BgNbdFit, GammaGammaFit } from './types';

export interface PredictResult {
  as_of: string;
  customers: number;
  /** Customers with a purchase on at least two days. */
  repeat_customers: number;
  /** Monthly discount rate of the lifetime values. */
  discount_rate: number;
  /** Fitted on the whole history up to the as-of date, time in days. */
  bgnbd: BgNbdFit | null;
  gamma_gamma: GammaGammaFit | null;
  /** Why purchase predictions are hidden; null when they are shown. */
  problem: Problem | null;
  /** Why spend and lifetime values are hidden; null when they are shown. */
  spend_problem: SpendProblem | null;
  /** The median T (days since the first purchase) of repeat customers, for the P(alive) chart. */
  typical_days: number | null;
  /** Sums over all customers; null while predictions are hidden. */
  totals: ForecastTotals | null;
  holdout: HoldoutResult | null;
}

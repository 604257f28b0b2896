// The prediction step over the database: read the per-customer inputs, fit, store the
// per-customer forecasts in `customer_predictions` (for the customer lists), and run the
// holdout check. The database does the counting; `models` does the maths (in the browser, in
// its own worker: see models.ts).
import { rowsOf, type Executor } from '../../sql/executor';
import { ensureCustomerSummary } from '../customers/ensure';
import { checkCalibrationEnd, daysBetween, defaultCalibrationEnd } from './calibration';
import {
  checkDiscountRate,
  DEFAULT_DISCOUNT_RATE,
  forecastTotals,
  type CustomerInput,
} from './forecast';
import type { HoldoutHistory, HoldoutResult } from './holdout';
import { localModels, type PredictionModels } from './models';
import type { PredictResult } from './result';
import {
  createPredictionsSql,
  firstDaySql,
  holdoutSql,
  inputsSql,
  insertPredictionsSql,
} from './sql';
import type { PurchaseHistory, SpendHistory } from './types';

export interface PredictParams {
  asOf: string;
  /** Last day of the calibration period of the holdout check; default: mid-history. */
  calibrationEnd?: string | null;
  /** Monthly discount rate of the lifetime value; default 1%. */
  discountRate?: number;
}

/** Identical (x, t_x, T) histories counted once: the likelihood then costs less per step. */
export function groupHistories(inputs: readonly CustomerInput[]): PurchaseHistory[] {
  const groups = new Map<string, PurchaseHistory & { count: number }>();
  for (const { x, t_x, T } of inputs) {
    const key = `${x}|${t_x}|${T}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { x, t_x, T, count: 1 });
  }
  return [...groups.values()];
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = values.slice().sort((p, q) => p - q);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export async function runPredictions(
  db: Executor,
  { asOf, calibrationEnd = null, discountRate = DEFAULT_DISCOUNT_RATE }: PredictParams,
  models: PredictionModels = localModels,
): Promise<PredictResult> {
  checkDiscountRate(discountRate);
  // A wrong calibration end is said at once, not after a fit of many seconds.
  if (calibrationEnd !== null) {
    const [{ first }] = rowsOf<{ first: string | null }>(await db.query(firstDaySql(asOf)));
    checkCalibrationEnd(calibrationEnd, first ?? asOf, asOf);
  }
  await ensureCustomerSummary(db, asOf);
  // Emptied first: lists must never show an earlier file's or date's forecasts.
  await db.exec(createPredictionsSql);
  const inputs = rowsOf<CustomerInput>(await db.query(inputsSql(asOf)));
  // Every repeat customer has a zbar: their repeat purchase days are purchases (total > 0).
  const spend: SpendHistory[] = inputs
    .filter((c) => c.x > 0 && c.zbar !== null)
    .map((c) => ({ x: c.x, zbar: c.zbar as number }));
  const fitted = await models.fit(groupHistories(inputs), spend);
  let totals = null;
  if (fitted.bgnbd && fitted.problem === null) {
    const gammaGamma = fitted.spend_problem === null ? fitted.gamma_gamma : null;
    const rows = await models.forecast(inputs, { bgnbd: fitted.bgnbd, gammaGamma, discountRate });
    for (const sql of insertPredictionsSql(rows)) await db.exec(sql);
    totals = forecastTotals(rows);
  }
  return {
    as_of: asOf,
    customers: inputs.length,
    repeat_customers: spend.length,
    discount_rate: discountRate,
    ...fitted,
    typical_days: median(inputs.filter((c) => c.x > 0).map((c) => c.T)),
    totals,
    // With too few repeat customers overall, the calibration part has even fewer.
    holdout:
      fitted.problem?.kind === 'too-few-repeat'
        ? null
        : await runHoldout(db, { asOf, calibrationEnd }, models),
  };
}

/** The holdout check; null when the history is a single day (nothing to split). */
export async function runHoldout(
  db: Executor,
  { asOf, calibrationEnd = null }: Omit<PredictParams, 'discountRate'>,
  models: PredictionModels = localModels,
): Promise<HoldoutResult | null> {
  const [{ first }] = rowsOf<{ first: string | null }>(await db.query(firstDaySql(asOf)));
  if (!first || daysBetween(first, asOf) < 2) return null;
  const end = checkCalibrationEnd(
    calibrationEnd ?? defaultCalibrationEnd(first, asOf),
    first,
    asOf,
  );
  const rows = rowsOf<HoldoutHistory>(await db.query(holdoutSql(end, asOf)));
  return models.holdout(rows, { calibrationEnd: end, asOf, days: daysBetween(end, asOf) });
}

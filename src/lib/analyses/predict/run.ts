// The prediction step over the database: read the per-customer inputs, fit, store the
// per-customer forecasts in `customer_predictions` (for the customer lists), and run the
// holdout check. The database does the counting; `models` does the maths (in the browser, in
// its own worker, the columns handed over as Arrow: see models.ts and columnar.ts).
import { rowsOf, type Executor } from '../../sql/executor';
import { ensureCustomerSummary } from '../customers/ensure';
import { checkCalibrationEnd, daysBetween, defaultCalibrationEnd } from './calibration';
import { checkDiscountRate, DEFAULT_DISCOUNT_RATE } from './forecast';
import type { HoldoutHistory, HoldoutResult } from './holdout';
import { localModels, type PredictionModels } from './models';
import type { PredictResult } from './result';
import { createPredictionsSql, firstDaySql, holdoutSql, inputsSql } from './sql';

export interface PredictParams {
  asOf: string;
  /** Last day of the calibration period of the holdout check; default: mid-history. */
  calibrationEnd?: string | null;
  /** Monthly discount rate of the lifetime value; default 1%. */
  discountRate?: number;
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
  const { customers, repeat_customers, typical_days, totals, ...fitted } = await models.forecast(
    db,
    { inputsSql: inputsSql(asOf), discountRate },
  );
  return {
    as_of: asOf,
    customers,
    repeat_customers,
    discount_rate: discountRate,
    ...fitted,
    typical_days,
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

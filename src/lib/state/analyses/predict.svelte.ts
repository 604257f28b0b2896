// The forecasts (BG/NBD purchases, Gamma-Gamma spend; see analyses/predict/): fitted after the
// other analyses, in the background. Runs never overlap: each one rewrites the
// `customer_predictions` table the customer lists join, so they go one after the other, and a
// request superseded before its turn is skipped.
import { DEFAULT_DISCOUNT_RATE } from '../../analyses/predict/forecast';
import type { ListOrder, ListView } from '../../analyses/predict/list';
import { localModels, type PredictionModels } from '../../analyses/predict/models';
import type { PredictResult } from '../../analyses/predict/result';
import { runPredictions } from '../../analyses/predict/run';
import type { Executor } from '../../sql/executor';
import type { AnalysisState } from './context';

export class Predictions implements AnalysisState {
  result = $state.raw<PredictResult | null>(null);
  /** A fit is running. */
  busy = $state(false);
  error = $state<string | null>(null);
  /** Monthly discount rate of the 12-month lifetime value. */
  discountRate = $state(DEFAULT_DISCOUNT_RATE);
  /** Last day of the holdout check's calibration period; null: the middle of the history. */
  calibrationEnd = $state<string | null>(null);
  /** Order of the lapsed and overdue lists; 'lost_value' once forecasts are shown. */
  listOrder = $state<ListOrder>('revenue');

  #db: () => Executor;
  #models: PredictionModels;
  #asOf: () => string;
  /** Called after a fit that changes what the customer lists show. */
  #refreshLists: () => Promise<void>;
  #runs: Promise<void> = Promise.resolve();
  #request = 0;

  constructor(
    db: () => Executor,
    asOf: () => string,
    refreshLists: () => Promise<void>,
    models: PredictionModels = localModels,
  ) {
    this.#db = db;
    this.#asOf = asOf;
    this.#refreshLists = refreshLists;
    this.#models = models;
  }

  /** The forecasts shown, for the current as-of date (null while hidden or being fitted). */
  get usable(): PredictResult | null {
    const p = this.result;
    return p && p.as_of === this.#asOf() && p.problem === null ? p : null;
  }

  /** How the customer lists read the forecasts. */
  get view(): ListView {
    const predicted = this.usable !== null;
    return { predicted, order: predicted ? this.listOrder : 'revenue' };
  }

  /** A new file: the holdout check's default calibration end again. */
  reset(): void {
    this.calibrationEnd = null;
  }

  /** A new date: forget the fit for another, and a calibration end not before it. */
  newDate(): void {
    const asOf = this.#asOf();
    this.result = null;
    if (this.calibrationEnd !== null && this.calibrationEnd >= asOf) this.calibrationEnd = null;
  }

  /** Fitted after the other analyses: it takes seconds, and they are on screen already. */
  runLater(): Promise<void> {
    return this.fit();
  }

  /** Fit again with the current as-of date, calibration end and discount rate. */
  fit(): Promise<void> {
    const request = ++this.#request;
    this.busy = true;
    const run = async () => {
      if (request !== this.#request) return;
      const params = {
        asOf: this.#asOf(),
        calibrationEnd: this.calibrationEnd,
        discountRate: this.discountRate,
      };
      try {
        const result = await runPredictions(this.#db(), params, this.#models);
        if (request !== this.#request) return;
        const listed = this.view.predicted;
        this.result = result;
        this.error = null;
        // The lists change only if they gain (or lose) the forecasts, or the forecasts changed.
        if (listed || this.view.predicted) await this.#refreshLists();
      } catch (e) {
        if (request !== this.#request) return;
        this.result = null;
        this.error = String(e instanceof Error ? e.message : e).split('\n')[0];
      } finally {
        if (request === this.#request) this.busy = false;
      }
    };
    this.#runs = this.#runs.then(run);
    return this.#runs;
  }

  setDiscountRate(rate: number): Promise<void> {
    this.discountRate = rate;
    return this.fit();
  }

  setCalibrationEnd(end: string | null): Promise<void> {
    this.calibrationEnd = end;
    return this.fit();
  }

  setListOrder(order: ListOrder): Promise<void> {
    this.listOrder = order;
    return this.#refreshLists();
  }
}

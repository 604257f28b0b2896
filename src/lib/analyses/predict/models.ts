// The number-crunching steps of the prediction, behind one small async interface: run here
// (the CLI, tests) or in a worker of their own in the browser (columnar.ts), so that a fit of
// many seconds neither blocks the page nor holds up the database worker's other queries.
import { rowsOf, type Executor } from '../../sql/executor';
import type { CustomerInput } from './forecast';
import { forecastInputs, type InputsForecast } from './forecast-inputs';
import {
  holdoutCheck,
  type HoldoutHistory,
  type HoldoutOptions,
  type HoldoutResult,
} from './holdout';
import { insertPredictionsSql } from './sql';

export interface ForecastRequest {
  /** The query of the per-customer inputs (inputsSql). */
  inputsSql: string;
  discountRate: number;
}

export interface PredictionModels {
  /**
   * Read the per-customer inputs from `db`, fit, and append every customer's forecast to
   * `customer_predictions` (created empty beforehand) when the fit is usable.
   */
  forecast(db: Executor, request: ForecastRequest): Promise<InputsForecast>;
  holdout(rows: HoldoutHistory[], options: HoldoutOptions): Promise<HoldoutResult>;
}

/** In this thread, through plain rows and INSERT statements (any engine). */
export const localModels: PredictionModels = {
  async forecast(db, { inputsSql, discountRate }) {
    const inputs = rowsOf<CustomerInput>(await db.query(inputsSql));
    const { forecast, rows } = forecastInputs(inputs, discountRate);
    if (rows) for (const sql of insertPredictionsSql(rows)) await db.exec(sql);
    return forecast;
  },
  holdout: async (rows, options) => holdoutCheck(rows, options),
};

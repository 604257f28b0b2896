// The prediction with its columns kept as Arrow: the database hands the inputs over as IPC
// bytes, the maths (the browser's prediction worker) decodes them, fits, and hands back the
// forecasts as bytes, which the database appends to `customer_predictions`. Whoever carries the
// bytes between the two (the page) never turns them into rows.
import { movesArrow, type Executor } from '../../sql/executor';
import { inputsFromArrow, predictionsToArrow } from './arrow';
import { forecastInputs, type InputsForecast } from './forecast-inputs';
import type { HoldoutHistory, HoldoutOptions, HoldoutResult } from './holdout';
import type { PredictionModels } from './models';
import { CUSTOMER_PREDICTIONS } from './sql';

export interface ArrowForecast {
  forecast: InputsForecast;
  /** The forecasts as `customer_predictions` columns; null while they are hidden. */
  predictions: Uint8Array | null;
}

/** What the maths side offers: the prediction worker's interface. */
export interface ColumnarMaths {
  forecastArrow(inputs: Uint8Array, discountRate: number): Promise<ArrowForecast>;
  holdout(rows: HoldoutHistory[], options: HoldoutOptions): Promise<HoldoutResult>;
}

/** The maths side's work on the bytes. */
export function forecastArrow(inputs: Uint8Array, discountRate: number): ArrowForecast {
  const { forecast, rows } = forecastInputs(inputsFromArrow(inputs), discountRate);
  return { forecast, predictions: rows && predictionsToArrow(rows) };
}

export function columnarModels(maths: ColumnarMaths): PredictionModels {
  return {
    async forecast(db: Executor, { inputsSql, discountRate }) {
      if (!movesArrow(db)) throw new Error('this database cannot hand over Arrow columns');
      const { forecast, predictions } = await maths.forecastArrow(
        await db.queryArrow(inputsSql),
        discountRate,
      );
      if (predictions) await db.insertArrow(CUSTOMER_PREDICTIONS, predictions);
      return forecast;
    },
    holdout: (rows, options) => maths.holdout(rows, options),
  };
}

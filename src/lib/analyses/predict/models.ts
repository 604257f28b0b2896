// The number-crunching steps of the prediction, behind one small async interface: run here
// (the CLI, tests) or in a worker of their own in the browser, so that a fit of many seconds
// neither blocks the page nor holds up the database worker's other queries.
import { fitModels, type FittedModels } from './fit';
import { forecastCustomers, type CustomerInput, type ForecastOptions } from './forecast';
import {
  holdoutCheck,
  type HoldoutHistory,
  type HoldoutOptions,
  type HoldoutResult,
} from './holdout';
import type { PredictionRow } from './sql';
import type { PurchaseHistory, SpendHistory } from './types';

export interface PredictionModels {
  fit(histories: PurchaseHistory[], spend: SpendHistory[]): Promise<FittedModels>;
  forecast(inputs: CustomerInput[], options: ForecastOptions): Promise<PredictionRow[]>;
  holdout(rows: HoldoutHistory[], options: HoldoutOptions): Promise<HoldoutResult>;
}

export const localModels: PredictionModels = {
  fit: async (histories, spend) => fitModels(histories, spend),
  forecast: async (inputs, options) => forecastCustomers(inputs, options),
  holdout: async (rows, options) => holdoutCheck(rows, options),
};

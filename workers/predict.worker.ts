// The prediction worker: fits the BG/NBD and Gamma-Gamma models and computes per-customer
// forecasts, off the page's thread and off the database worker (a fit over many customers
// takes seconds; queries should not wait for it). Pure maths: no DuckDB here. The inputs come
// in and the forecasts go out as Arrow bytes, handed over (transferred), never copied as rows.
import * as Comlink from 'comlink';
import { forecastArrow, type ColumnarMaths } from '../src/lib/analyses/predict/columnar';
import { holdoutCheck } from '../src/lib/analyses/predict/holdout';

const api = {
  forecastArrow: async (inputs, discountRate) => {
    const answer = forecastArrow(inputs, discountRate);
    return Comlink.transfer(answer, answer.predictions ? [answer.predictions.buffer] : []);
  },
  holdout: async (rows, options) => holdoutCheck(rows, options),
} satisfies ColumnarMaths;

export type PredictionWorkerApi = typeof api;

Comlink.expose(api);

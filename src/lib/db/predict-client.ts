// The page's handle on the prediction worker, started on first use.
import * as Comlink from 'comlink';
import type { PredictionModels } from '../analyses/predict/models';

export interface PredictionClient extends PredictionModels {
  terminate(): void;
}

export function createPredictionClient(): PredictionClient {
  let worker: Worker | null = null;
  let api: Comlink.Remote<PredictionModels> | null = null;
  const remote = () => {
    if (!api) {
      worker = new Worker(new URL('../../../workers/predict.worker.ts', import.meta.url), {
        type: 'module',
      });
      api = Comlink.wrap<PredictionModels>(worker);
    }
    return api;
  };
  return {
    fit: (histories, spend) => remote().fit(histories, spend),
    forecast: (inputs, options) => remote().forecast(inputs, options),
    holdout: (rows, options) => remote().holdout(rows, options),
    terminate: () => {
      api?.[Comlink.releaseProxy]();
      worker?.terminate();
      worker = null;
      api = null;
    },
  };
}

// The page's handle on the prediction worker, started on first use. The per-customer columns
// it is handed (Arrow bytes from the database worker) and hands back are transferred, not
// copied: the page only carries them from one worker to the other.
import * as Comlink from 'comlink';
import { columnarModels } from '../analyses/predict/columnar';
import type { PredictionModels } from '../analyses/predict/models';
import type { PredictionWorkerApi } from '../../../workers/predict.worker';

export interface PredictionClient extends PredictionModels {
  terminate(): void;
}

export function createPredictionClient(): PredictionClient {
  let worker: Worker | null = null;
  let api: Comlink.Remote<PredictionWorkerApi> | null = null;
  const remote = () => {
    if (!api) {
      worker = new Worker(new URL('../../../workers/predict.worker.ts', import.meta.url), {
        type: 'module',
      });
      api = Comlink.wrap<PredictionWorkerApi>(worker);
    }
    return api;
  };
  const models = columnarModels({
    forecastArrow: (inputs, discountRate) =>
      remote().forecastArrow(Comlink.transfer(inputs, [inputs.buffer]), discountRate),
    holdout: (rows, options) => remote().holdout(rows, options),
  });
  return {
    ...models,
    terminate: () => {
      api?.[Comlink.releaseProxy]();
      worker?.terminate();
      worker = null;
      api = null;
    },
  };
}

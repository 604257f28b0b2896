// Everything the prediction does with the per-customer inputs, wherever they are: fit both
// models, forecast every customer, and the small figures the page and the CLI show. The CLI
// runs it on rows it queried; the browser's prediction worker on the columns it was handed.
import { fitModels, type FittedModels } from './fit';
import {
  forecastCustomers,
  forecastTotals,
  type CustomerInput,
  type ForecastTotals,
} from './forecast';
import { checkForecasts } from './guard';
import type { PredictionRow } from './sql';
import type { PurchaseHistory, SpendHistory } from './types';

/** What the prediction step keeps of the inputs once the forecasts are stored. */
export interface InputsForecast extends FittedModels {
  customers: number;
  /** Customers with a purchase on at least two days. */
  repeat_customers: number;
  /** The median T of repeat customers. */
  typical_days: number | null;
  /** null while the forecasts are hidden. */
  totals: ForecastTotals | null;
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

/** Fit, and forecast every customer when the fit is usable (`rows` null otherwise). */
export function forecastInputs(
  inputs: readonly CustomerInput[],
  discountRate: number,
): { forecast: InputsForecast; rows: PredictionRow[] | null } {
  // Every repeat customer has a zbar: their repeat purchase days are purchases (total > 0).
  const spend: SpendHistory[] = inputs
    .filter((c) => c.x > 0 && c.zbar !== null)
    .map((c) => ({ x: c.x, zbar: c.zbar as number }));
  const fitted = fitModels(groupHistories(inputs), spend);
  let rows: PredictionRow[] | null = null;
  if (fitted.bgnbd && fitted.problem === null) {
    const gammaGamma = fitted.spend_problem === null ? fitted.gamma_gamma : null;
    rows = forecastCustomers(inputs, { bgnbd: fitted.bgnbd, gammaGamma, discountRate });
    const { problem, spend_problem } = checkForecasts(rows);
    if (problem) {
      fitted.problem = problem;
      rows = null;
    } else if (spend_problem) {
      fitted.spend_problem = spend_problem;
      rows = rows.map((r) => ({ ...r, expected_value: null, clv: null, lost_value: null }));
    }
  }
  const forecast: InputsForecast = {
    customers: inputs.length,
    repeat_customers: spend.length,
    ...fitted,
    typical_days: median(inputs.filter((c) => c.x > 0).map((c) => c.T)),
    totals: rows && forecastTotals(rows),
  };
  return { forecast, rows };
}

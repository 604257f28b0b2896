// Per-customer forecasts from fitted models: probability alive, expected purchases, expected
// spend, 12-month lifetime value and the value expected to be lost.
import { expectedPurchasesIfAlive, probabilityAlive } from './bgnbd';
import { expectedAverageValue } from './gamma-gamma';
import type { PredictionRow } from './sql';
import type { BgNbdParams, GammaGammaParams, PurchaseHistory } from './types';

/** Monthly discount rate of the lifetime value (1% a month). */
export const DEFAULT_DISCOUNT_RATE = 0.01;
/** Months of the lifetime value. */
export const CLV_MONTHS = 12;
/** A month is a twelfth of a year, so that 12 months are the same 365.25 days as a year. */
export const DAYS_PER_MONTH = 365.25 / 12;
/** The horizons of the expected purchases, in days. */
export const HORIZONS = [30, 90, 365] as const;

export function checkDiscountRate(rate: number): number {
  if (!Number.isFinite(rate) || rate < 0 || rate >= 1) {
    throw new Error(`invalid discount rate: ${rate} (a monthly rate from 0 to below 1, e.g. 0.01)`);
  }
  return rate;
}

/**
 * Expected purchases over the next `months` months for a customer alive now, each month's
 * purchases discounted to today: Σ_m [E(m·M) − E((m−1)·M)] / (1 + d)^m, M = days per month,
 * E(t) = expected purchases in the next t days if alive. Times its expected purchase value
 * this is the lifetime value if alive (the discounted-cash-flow sum lifetimes uses too).
 */
export function discountedPurchasesIfAlive(
  params: BgNbdParams,
  history: PurchaseHistory,
  discountRate: number,
  months = CLV_MONTHS,
  daysPerMonth = DAYS_PER_MONTH,
): number {
  let total = 0;
  let before = 0;
  for (let m = 1; m <= months; m++) {
    const upTo = expectedPurchasesIfAlive(params, history, m * daysPerMonth);
    total += (upTo - before) / Math.pow(1 + discountRate, m);
    before = upTo;
  }
  return total;
}

export interface CustomerInput {
  customer: string;
  x: number;
  t_x: number;
  T: number;
  /** Average repeat purchase value; null without a repeat purchase. */
  zbar: number | null;
}

export interface ForecastOptions {
  bgnbd: BgNbdParams;
  /** null: spend is not modelled, so no value, lifetime value or lost value. */
  gammaGamma: GammaGammaParams | null;
  discountRate: number;
}

/**
 * One row per customer. For a customer with one purchase day the BG/NBD cannot say whether
 * they left (it only lets customers leave after a repeat purchase, so its P(alive) is 1), so
 * p_alive and lost_value are null for them; their expected purchases and lifetime value stand.
 */
export function forecastCustomers(
  inputs: readonly CustomerInput[],
  { bgnbd, gammaGamma, discountRate }: ForecastOptions,
): PredictionRow[] {
  // What a living customer will do depends only on (x, T): compute it once per pair.
  const ifAlive = new Map<string, number[]>();
  const aliveFor = (h: PurchaseHistory) => {
    const key = `${h.x}|${h.T}`;
    let v = ifAlive.get(key);
    if (!v) {
      v = [
        ...HORIZONS.map((t) => expectedPurchasesIfAlive(bgnbd, h, t)),
        discountedPurchasesIfAlive(bgnbd, h, discountRate),
      ];
      ifAlive.set(key, v);
    }
    return v;
  };
  return inputs.map((c) => {
    const p = probabilityAlive(bgnbd, c);
    const [e30, e90, e365, discounted] = aliveFor(c);
    const value = gammaGamma ? expectedAverageValue(gammaGamma, c.x, c.zbar ?? 0) : null;
    const judged = c.x > 0;
    return {
      customer: c.customer,
      p_alive: judged ? p : null,
      expected_30: p * e30,
      expected_90: p * e90,
      expected_365: p * e365,
      expected_value: value,
      clv: value === null ? null : p * value * discounted,
      lost_value: value === null || !judged ? null : (1 - p) * value * discounted,
    };
  });
}

export interface ForecastTotals {
  /** Expected purchases of all current customers in the next 30, 90 and 365 days. */
  expected_30: number;
  expected_90: number;
  expected_365: number;
  /** Sum of 12-month lifetime values; null when spend is not modelled. */
  clv: number | null;
  /** Customers with a repeat purchase whose P(alive) is 0.5 or more. */
  probably_active: number;
  /** Customers with a repeat purchase (those the model can judge). */
  judged: number;
}

export function forecastTotals(rows: readonly PredictionRow[]): ForecastTotals {
  const totals: ForecastTotals = {
    expected_30: 0,
    expected_90: 0,
    expected_365: 0,
    clv: rows.length > 0 && rows.every((r) => r.clv !== null) ? 0 : null,
    probably_active: 0,
    judged: 0,
  };
  for (const r of rows) {
    totals.expected_30 += r.expected_30;
    totals.expected_90 += r.expected_90;
    totals.expected_365 += r.expected_365;
    if (totals.clv !== null) totals.clv += r.clv ?? 0;
    if (r.p_alive !== null) {
      totals.judged++;
      if (r.p_alive >= 0.5) totals.probably_active++;
    }
  }
  return totals;
}

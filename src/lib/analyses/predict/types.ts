// Types of the prediction models (BG/NBD for purchases, Gamma-Gamma for spend).

/** One customer (or several identical ones) as the BG/NBD model sees them. */
export interface PurchaseHistory {
  /** Repeat purchases: purchase days after the first one. */
  x: number;
  /** Time from the first to the last purchase (0 when x = 0). */
  t_x: number;
  /** Time from the first purchase to the end of the observation (the as-of date). */
  T: number;
  /** How many customers share this history (default 1). */
  count?: number;
}

/** BG/NBD parameters (Fader, Hardie and Lee 2005), in the time unit of the data. */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface BgNbdFit extends BgNbdParams {
  log_likelihood: number;
  converged: boolean;
}

/** One repeat customer as the Gamma-Gamma model sees them. */
export interface SpendHistory {
  /** Repeat purchases (> 0). */
  x: number;
  /** Their average value (> 0). */
  zbar: number;
  count?: number;
}

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export interface GammaGammaFit extends GammaGammaParams {
  log_likelihood: number;
  converged: boolean;
}

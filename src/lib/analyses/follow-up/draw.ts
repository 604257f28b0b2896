// The random draw of the customers kept aside: reproducible from the list and the seed alone,
// so anyone can re-check it. The ids are sorted by their UTF-16 code units (not by locale, which
// differs between machines), then a partial Fisher–Yates shuffle driven by mulberry32(seed)
// puts the first round(share × n) of them aside.
import { mulberry32 } from '../../sample/random';

/** The default share of a list kept aside as the comparison group. */
export const DEFAULT_KEPT_ASIDE_SHARE = 0.2;

export interface Draw {
  /** Sorted by id. */
  contacted: string[];
  /** Sorted by id. */
  kept_aside: string[];
}

/** The customers of a list, distinct, in code-unit order (the order the draw starts from). */
export function drawOrder(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function checkShare(share: number): number {
  if (!(Number.isFinite(share) && share > 0 && share < 1)) {
    throw new Error(`invalid share kept aside: ${share} (between 0 and 1, both excluded)`);
  }
  return share;
}

export function checkSeed(seed: number): number {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`invalid seed: ${seed} (a whole number from 0 to 4294967295)`);
  }
  return seed;
}

export function drawKeptAside(ids: readonly string[], share: number, seed: number): Draw {
  const order = drawOrder(ids);
  const kept = Math.round(checkShare(share) * order.length);
  const next = mulberry32(checkSeed(seed));
  for (let i = 0; i < kept; i++) {
    const j = i + Math.floor(next() * (order.length - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return {
    contacted: drawOrder(order.slice(kept)),
    kept_aside: drawOrder(order.slice(0, kept)),
  };
}

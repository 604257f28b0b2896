/** A seeded pseudo-random source (mulberry32): the same seed always yields the same sequence. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element chosen uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One element chosen with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** Exponential with the given mean. */
  exponential(mean: number): number;
  /** Gamma with integer shape k and the given mean (sum of k exponentials). */
  gamma(shape: number, mean: number): number;
  /** Log-normal with median 1 and the given sigma. */
  logNormal(sigma: number): number;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const exponential = (mean: number): number => -mean * Math.log(1 - next());
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (items, weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i];
        if (r < 0) return items[i];
      }
      return items[items.length - 1];
    },
    exponential,
    gamma: (shape, mean) => {
      let sum = 0;
      for (let i = 0; i < shape; i++) sum += exponential(mean / shape);
      return sum;
    },
    logNormal: (sigma) => {
      const u = 1 - next();
      const v = next();
      return Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
    },
  };
}

// Nelder-Mead minimisation with restarts. Derivative-free, so the likelihoods need no
// gradients (their gradients involve digamma and are easy to get subtly wrong), and robust to
// the flat ridges these likelihoods have. The models minimise over log-parameters, so every
// point of the search is a valid (positive) parameter set.

export interface MinimizeOptions {
  /** Initial simplex: each coordinate moved by this much from the start (default 0.5). */
  step?: number;
  /** Stop when the simplex's values differ by less than this (default 1e-10, relative)... */
  tolerance?: number;
  /** ...and its points by less than this in every coordinate (default 1e-6). */
  xTolerance?: number;
  /** Function evaluations in all, over every restart (default 5 000). */
  maxEvaluations?: number;
  /** Restarts from the best point after a converged run (default up to 10). */
  maxRestarts?: number;
}

export interface Minimum {
  x: number[];
  value: number;
  evaluations: number;
  /** The simplex shrank to the tolerance and a fresh simplex there found nothing better. */
  converged: boolean;
}

/** A value to minimise; NaN and infinities count as "worse than anything finite". */
export type Objective = (x: number[]) => number;

export function minimize(f: Objective, start: number[], options: MinimizeOptions = {}): Minimum {
  const {
    step = 0.5,
    tolerance = 1e-10,
    xTolerance = 1e-6,
    maxEvaluations = 5_000,
    maxRestarts = 10,
  } = options;
  let evaluations = 0;
  const value = (x: number[]) => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  let best = { x: start.slice(), value: value(start) };
  let converged = false;
  // A run can stop on a false minimum when the simplex collapses onto a ridge; a fresh
  // simplex at its answer either confirms it (converged) or moves on.
  for (let run = 0; run <= maxRestarts && evaluations < maxEvaluations; run++) {
    const result = simplexRun(value, best.x, step, { tolerance, xTolerance }, () => {
      return evaluations < maxEvaluations;
    });
    const improved = best.value - result.value > tolerance * (1 + Math.abs(best.value));
    if (result.value <= best.value) best = result;
    if (result.settled && !improved && run > 0) {
      converged = true;
      break;
    }
  }
  return { x: best.x, value: best.value, evaluations, converged };
}

interface Vertex {
  x: number[];
  value: number;
}

// The standard coefficients: reflection 1, expansion 2, contraction 1/2, shrink 1/2.
function simplexRun(
  f: (x: number[]) => number,
  start: number[],
  step: number,
  { tolerance, xTolerance }: { tolerance: number; xTolerance: number },
  budget: () => boolean,
): Vertex & { settled: boolean } {
  const n = start.length;
  const simplex: Vertex[] = [{ x: start.slice(), value: f(start) }];
  for (let i = 0; i < n; i++) {
    const x = start.slice();
    x[i] += step;
    simplex.push({ x, value: f(x) });
  }
  const along = (from: number[], to: number[], t: number) =>
    from.map((v, i) => v + t * (to[i] - v));

  while (budget()) {
    simplex.sort((p, q) => p.value - q.value);
    const bestValue = simplex[0].value;
    const worst = simplex[n];
    const spread = Math.abs(worst.value - bestValue);
    const size = Math.max(
      ...simplex.slice(1).map((v) => Math.max(...v.x.map((c, i) => Math.abs(c - simplex[0].x[i])))),
    );
    if (spread <= tolerance * (1 + Math.abs(bestValue)) && size <= xTolerance) {
      return { ...simplex[0], settled: true };
    }
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += simplex[i].x[j] / n;

    const reflected = along(centroid, worst.x, -1);
    const fr = f(reflected);
    if (fr < bestValue) {
      const expanded = along(centroid, worst.x, -2);
      const fe = f(expanded);
      simplex[n] = fe < fr ? { x: expanded, value: fe } : { x: reflected, value: fr };
      continue;
    }
    if (fr < simplex[n - 1].value) {
      simplex[n] = { x: reflected, value: fr };
      continue;
    }
    // Contract towards the better of the worst point and its reflection.
    const outside = fr < worst.value;
    const contracted = along(centroid, outside ? reflected : worst.x, 0.5);
    const fc = f(contracted);
    if (fc < (outside ? fr : worst.value)) {
      simplex[n] = { x: contracted, value: fc };
      continue;
    }
    for (let i = 1; i <= n; i++) {
      const x = along(simplex[0].x, simplex[i].x, 0.5);
      simplex[i] = { x, value: f(x) };
    }
  }
  simplex.sort((p, q) => p.value - q.value);
  return { ...simplex[0], settled: false };
}

/**
 * A very weak penalty on log-parameters, 1e-4 · Σ (ln θ)², added to a negative
 * log-likelihood. Where the data pin the parameters down it moves them by far less than the
 * precision anyone reads (the CDNOW fits move in the fourth digit or less); where the
 * likelihood only creeps upwards towards an infinite parameter, it stops the search at a
 * finite point that forecasts the same. (lifetimes offers the same as `penalizer_coef`.)
 */
export const PENALTY = 1e-4;
export const penalty = (logs: readonly number[]) =>
  PENALTY * logs.reduce((sum, v) => sum + v * v, 0);

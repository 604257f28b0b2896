import { describe, expect, it } from 'vitest';
import { minimize } from '../../../../src/lib/analyses/predict/nelder-mead';

describe('Nelder-Mead', () => {
  it('finds the minimum of a bowl', () => {
    // (x − 3)² + 2(y + 1)² + 5 is smallest, 5, at (3, −1).
    const found = minimize(([x, y]) => (x - 3) ** 2 + 2 * (y + 1) ** 2 + 5, [0, 0]);
    expect(found.converged).toBe(true);
    expect(found.value).toBeCloseTo(5, 10);
    expect(found.x[0]).toBeCloseTo(3, 5);
    expect(found.x[1]).toBeCloseTo(-1, 5);
  });

  it('follows the curved valley of Rosenbrock to (1, 1)', () => {
    const rosenbrock = ([x, y]: number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    const found = minimize(rosenbrock, [-1.2, 1]);
    expect(found.converged).toBe(true);
    expect(found.x[0]).toBeCloseTo(1, 4);
    expect(found.x[1]).toBeCloseTo(1, 4);
  });

  it('treats NaN as worse than anything and steps back from it', () => {
    // Undefined for x < 0 (like a likelihood outside its parameters): the minimum is at x = 2.
    const found = minimize(([x]) => (x < 0 ? Number.NaN : (x - 2) ** 2), [0.1]);
    expect(found.x[0]).toBeCloseTo(2, 5);
  });

  it('says it did not converge when the budget runs out', () => {
    const found = minimize(([x, y]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2, [-1.2, 1], {
      maxEvaluations: 20,
    });
    expect(found.converged).toBe(false);
    expect(found.evaluations).toBeLessThanOrEqual(25);
  });
});

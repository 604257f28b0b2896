import { describe, expect, it } from 'vitest';
import { aliveCurves, holdoutOptions } from '../../../../src/lib/analyses/predict/chart';

describe('the P(alive) chart', () => {
  const params = { r: 1, alpha: 2, a: 2, b: 3 };
  const points = aliveCurves(params, 4);

  it('draws 2, 4 and 8 purchases, from just bought to silent since the first purchase', () => {
    expect([...new Set(points.map((p) => p.x))]).toEqual([1, 3, 7]);
    // x = 1 at 0 days since (t_x = T = 4): odds 2/3 · 1, P = 0.6 (bgnbd.test.ts)
    expect(points[0]).toEqual({ x: 1, days: 0, alive: expect.closeTo(0.6, 14) });
    // x = 1 silent 2 days (t_x = 2, T = 4): P = 0.4
    expect(points.find((p) => p.x === 1 && p.days === 2)?.alive).toBeCloseTo(0.4, 14);
  });

  it('falls the longer the silence, and faster for frequent buyers', () => {
    for (const x of [1, 3, 7]) {
      const curve = points.filter((p) => p.x === x).map((p) => p.alive);
      expect(curve).toEqual([...curve].sort((p, q) => q - p));
    }
    const at = (x: number) => points.find((p) => p.x === x && p.days === 4)?.alive ?? 1;
    expect(at(7)).toBeLessThan(at(3));
    expect(at(3)).toBeLessThan(at(1));
  });
});

describe('the holdout chart', () => {
  it('names the last group "7+" and leaves out forecasts it does not have', () => {
    const options = holdoutOptions(
      [
        { x: 0, or_more: false, customers: 3, actual: 1, predicted: null },
        { x: 7, or_more: true, customers: 2, actual: 5, predicted: null },
      ],
      { x: 'x', y: 'y', actual: 'Actual', forecast: 'Forecast', format: String },
    );
    expect(options.x?.domain).toEqual(['0', '7+']);
  });
});

import { describe, expect, it } from 'vitest';
import { fitModels } from '../../../../src/lib/analyses/predict/fit';
import {
  checkBgNbd,
  checkForecasts,
  checkGammaGamma,
  MIN_REPEAT_CUSTOMERS,
} from '../../../../src/lib/analyses/predict/guard';
import { cdnowHistories } from './cdnow';

describe('the guard rails', () => {
  it('does not fit with fewer repeat customers than needed, and says how many there are', () => {
    const few = Array.from({ length: MIN_REPEAT_CUSTOMERS - 1 }, () => ({ x: 2, t_x: 5, T: 9 }));
    const fitted = fitModels([...few, { x: 0, t_x: 0, T: 9, count: 500 }], []);
    expect(fitted.bgnbd).toBeNull();
    expect(fitted.problem).toEqual({ kind: 'too-few-repeat', repeat: 29, needed: 30 });
  });

  it('settles a history with no sign of anybody leaving at a tiny dropout, not at infinity', () => {
    // Everyone bought on their last day: the likelihood keeps creeping up as the dropout
    // probability a/(a+b) goes to 0; the weak penalty stops it at a finite, equivalent answer.
    const loyal = Array.from({ length: 40 }, (_, i) => ({ x: 5 + (i % 3), t_x: 50, T: 50 }));
    const fitted = fitModels(loyal, []);
    expect(fitted.problem).toBeNull();
    const { a = 1, b = 1 } = fitted.bgnbd ?? {};
    expect(a / (a + b)).toBeLessThan(1e-4);
  });

  it('does not trust a fit that did not settle or ran off to extremes', () => {
    const fit = { r: 0.5, alpha: 10, a: 0.5, b: 2, log_likelihood: -10, converged: true };
    expect(checkBgNbd(fit)).toBeNull();
    expect(checkBgNbd({ ...fit, converged: false })).toEqual({ kind: 'not-converged' });
    expect(checkBgNbd({ ...fit, r: 1e9, alpha: 1e10 })).toEqual({ kind: 'implausible' });
    const spend = { p: 2, q: 3, gamma: 3, log_likelihood: -1, converged: true };
    expect(checkGammaGamma(spend)).toBeNull();
    // q <= 1: the spread of spend has no finite mean, so no expected value.
    expect(checkGammaGamma({ ...spend, q: 0.9 })).toEqual({ kind: 'no-mean' });
  });

  it('hides spend when there are too few repeat customers with a spend', () => {
    const fitted = fitModels(cdnowHistories(), [{ x: 1, zbar: 10 }]);
    expect(fitted.problem).toBeNull();
    expect(fitted.gamma_gamma).toBeNull();
    expect(fitted.spend_problem).toEqual({ kind: 'too-few-repeat', repeat: 1, needed: 30 });
  });
});

describe('forecasts that are not finite numbers', () => {
  const row = {
    customer: 'ann',
    p_alive: 0.5,
    expected_30: 1,
    expected_90: 3,
    expected_365: 12,
    expected_value: 20,
    clv: 240,
    lost_value: 240,
  };
  const oneTimer = { ...row, customer: 'ben', p_alive: null, lost_value: null };

  it('lets finite forecasts through, with nulls where the model says nothing', () => {
    expect(checkForecasts([row, oneTimer])).toEqual({ problem: null, spend_problem: null });
    expect(checkForecasts([{ ...row, expected_value: null, clv: null, lost_value: null }])).toEqual(
      { problem: null, spend_problem: null },
    );
  });

  it('hides the purchase forecasts when one of them is NaN or infinite', () => {
    for (const bad of [
      { p_alive: Number.NaN },
      { expected_30: Number.NaN },
      { expected_90: Number.POSITIVE_INFINITY },
      { expected_365: Number.NaN },
    ]) {
      expect(checkForecasts([oneTimer, { ...row, ...bad }]).problem).toEqual({
        kind: 'implausible',
      });
    }
  });

  it('hides only the money when only the money is not finite', () => {
    for (const bad of [
      { expected_value: Number.NaN },
      { clv: Number.POSITIVE_INFINITY },
      { lost_value: Number.NaN },
    ]) {
      expect(checkForecasts([{ ...row, ...bad }, oneTimer])).toEqual({
        problem: null,
        spend_problem: { kind: 'implausible' },
      });
    }
  });
});

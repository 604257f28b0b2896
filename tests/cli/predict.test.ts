// `npm run analyze -- FILE --predict`: the predictions section, on purchases and on published
// per-customer summaries.
import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers/cli';
import { parseArgs } from '../../src/cli/args';
import { fixture, sharedData } from '../helpers/db';

const within = (actual: number, expected: number, share: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * share);

describe('npm run analyze -- FILE --predict', () => {
  it('adds the predictions section with the keys of the issue', () => {
    const file = sharedData('cdnow/CDNOW_master.txt');
    const { code, stdout, stderr } = analyze(file, '--predict', '--calibration-end', '1997-09-30');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { predictions } = JSON.parse(stdout);
    expect(Object.keys(predictions)).toEqual(['bgnbd', 'gamma_gamma', 'holdout']);
    expect(Object.keys(predictions.bgnbd)).toEqual([
      'r',
      'alpha',
      'a',
      'b',
      'log_likelihood',
      'converged',
    ]);
    expect(Object.keys(predictions.gamma_gamma)).toEqual(['p', 'q', 'gamma']);
    expect(predictions.bgnbd.converged).toBe(true);
    expect(predictions.holdout).toMatchObject({
      calibration_end: '1997-09-30',
      holdout_end: '1998-07-01',
      holdout_days: 274,
      bgnbd: { converged: true },
    });
    expect(predictions.holdout.by_frequency[0]).toMatchObject({ x: 0, or_more: false });
  });

  it('says in words why predictions are missing, and still prints the report', () => {
    const { code, stdout, stderr } = analyze(fixture('predict-inputs.csv'), '--predict');
    expect(code).toBe(0);
    const { predictions } = JSON.parse(stdout);
    expect(predictions.bgnbd).toEqual({
      r: null,
      alpha: null,
      a: null,
      b: null,
      log_likelihood: null,
      converged: false,
    });
    expect(stderr).toMatch(/BG\/NBD: not fitted: only 2 customers bought on more than one day/);
  });

  it.each([
    [['--calibration-end', '2024-01-01'], /--calibration-end needs --predict/],
    [['--predict', '--calibration-end', '2024-13-01'], /invalid --calibration-end date/],
    [['--predict', '--summary', 'x,t_x'], /invalid --summary x,t_x/],
    [['--predict', '--summary', 'x,t_x,T', '--calibration-end', '2024-01-01'], /not a --summary/],
  ])('refuses %j', (args, message) => {
    expect(() => parseArgs(['file.csv', ...args])).toThrow(message);
  });

  it('reads --summary as the column names of x, t_x, T and zbar', () => {
    const options = parseArgs(['s.csv', '--predict', '--summary', 'frequency,recency,T']);
    expect(options.summary).toEqual({ x: 'frequency', t_x: 'recency', T: 'T' });
  });
});

describe('npm run analyze -- SUMMARY.csv --predict --summary x,t_x,T[,zbar]', () => {
  it('reproduces the BG/NBD paper on the published CDNOW summary', () => {
    const file = sharedData('cdnow/cdnow_customers_summary.csv');
    const { code, stdout } = analyze(file, '--predict', '--summary', 'frequency,recency,T');
    expect(code).toBe(0);
    const { predictions } = JSON.parse(stdout);
    within(predictions.bgnbd.r, 0.243, 0.01);
    within(predictions.bgnbd.alpha, 4.414, 0.01);
    within(predictions.bgnbd.a, 0.793, 0.01);
    within(predictions.bgnbd.b, 2.426, 0.01);
    within(predictions.bgnbd.log_likelihood, -9582.4, 0.01);
    expect(predictions.gamma_gamma).toEqual({ p: null, q: null, gamma: null });
    expect(predictions.holdout).toBeNull();
  });

  it('fits the spend model too when given zbar', () => {
    const file = sharedData('cdnow/cdnow_customers_summary_with_transactions.csv');
    const { code, stdout } = analyze(file, '--predict', '--summary', 'x,t_x,T,zbar');
    expect(code).toBe(0);
    const { predictions } = JSON.parse(stdout);
    within(predictions.gamma_gamma.p, 6.25, 0.01);
    within(predictions.gamma_gamma.q, 3.74, 0.01);
    within(predictions.gamma_gamma.gamma, 15.44, 0.01);
  });

  it('names a missing column and a bad value with its row', () => {
    const file = sharedData('cdnow/cdnow_customers_summary.csv');
    const missing = analyze(file, '--predict', '--summary', 'x,t_x,T');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /no column named "x" \(the columns are ID, frequency, recency, T\)/,
    );
    const bad = analyze(
      fixture('predict-inputs.csv'),
      '--predict',
      '--summary',
      'customer,order,amount',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/row 2, column "customer": "ann" is not a number of 0 or more/);
  });
});

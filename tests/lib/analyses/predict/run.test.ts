import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCustomerSummary } from '../../../../src/lib/analyses/customers/ensure';
import { runLapsedCustomers } from '../../../../src/lib/analyses/inactivity/run';
import { runHoldout, runPredictions } from '../../../../src/lib/analyses/predict/run';
import {
  createPredictionsSql,
  holdoutSql,
  inputsSql,
  insertPredictionsSql,
} from '../../../../src/lib/analyses/predict/sql';
import { rowsOf } from '../../../../src/lib/sql/executor';
import { ENGINES, fixture, load, type Loaded } from '../../../helpers/db';

// predict-inputs.csv; the latest purchase is 2024-03-21, so the as-of date is 2024-03-22.
//   ann  2024-01-01 (10 + 5, one day), 01-11 (20), 02-10 (30 + 10, one day), 03-01 (a return)
//        x = 2 repeat days, t_x = 01-01..02-10 = 40 days, T = 01-01..03-22 = 81 days,
//        zbar = mean of the repeat days' totals = (20 + 40) / 2 = 30 (the first day left out)
//   ben  2024-02-01 only: x = 0, t_x = 0, T = 02-01..03-22 = 50, no zbar
//   cid  2024-01-21, 03-21: x = 1, t_x = 60, T = 61, zbar = 12
//   dee  2024-03-10 only: x = 0, t_x = 0, T = 12
describe.each(ENGINES)('prediction inputs from predict-inputs.csv (%s DuckDB)', (engine) => {
  let t: Loaded;
  const asOf = '2024-03-22';
  beforeAll(async () => {
    t = await load(fixture('predict-inputs.csv'), {}, engine);
    await ensureCustomerSummary(t.db, asOf);
  });
  afterAll(() => t.db.close());

  it('counts repeat purchase days, days first-to-last and first-to-as-of, and repeat spend', async () => {
    const rows = rowsOf(await t.db.query(inputsSql(asOf)));
    expect(rows).toEqual([
      { customer: 'ann', x: 2, t_x: 40, T: 81, zbar: 30 },
      { customer: 'ben', x: 0, t_x: 0, T: 50, zbar: null },
      { customer: 'cid', x: 1, t_x: 60, T: 61, zbar: 12 },
      { customer: 'dee', x: 0, t_x: 0, T: 12, zbar: null },
    ]);
  });

  it('splits the history at the calibration end for the holdout check', async () => {
    // Calibration end 2024-02-15: dee first bought after it and is left out.
    //   ann: x = 2, t_x = 40, T = 01-01..02-15 = 45; after it only a return: actual 0
    //   ben: x = 0, T = 02-01..02-15 = 14, actual 0
    //   cid: x = 0, T = 01-21..02-15 = 25, actual 1 (03-21)
    const rows = rowsOf(await t.db.query(holdoutSql('2024-02-15', asOf)));
    expect(rows).toEqual([
      { x: 0, t_x: 0, T: 14, customers: 1, actual: 0 },
      { x: 0, t_x: 0, T: 25, customers: 1, actual: 1 },
      { x: 2, t_x: 40, T: 45, customers: 1, actual: 0 },
    ]);
    // 02-15 to 03-22 is 36 days; the default calibration end is mid-history, 2024-02-10.
    const holdout = await runHoldout(t.db, { asOf, calibrationEnd: '2024-02-15' });
    expect(holdout).toMatchObject({ holdout_days: 36, customers: 3, actual: 1 });
    expect((await runHoldout(t.db, { asOf }))?.calibration_end).toBe('2024-02-10');
  });

  it('hides the predictions with two repeat customers, and says so', async () => {
    const result = await runPredictions(t.db, { asOf });
    expect(result).toMatchObject({
      customers: 4,
      repeat_customers: 2,
      bgnbd: null,
      problem: { kind: 'too-few-repeat', repeat: 2, needed: 30 },
      totals: null,
    });
    const stored = rowsOf(
      await t.db.query('SELECT count(*)::INTEGER AS n FROM customer_predictions'),
    );
    expect(stored).toEqual([{ n: 0 }]);
  });

  it('refuses a calibration end outside the history', async () => {
    await expect(runPredictions(t.db, { asOf, calibrationEnd: '2024-03-22' })).rejects.toThrow(
      /invalid calibration end: 2024-03-22/,
    );
  });

  it('lists lapsed customers with the forecasts beside them, most value lost first', async () => {
    // A one-month window: lapsed = last purchase on or before 2024-02-22: ann (02-10), ben.
    await t.db.exec(createPredictionsSql);
    const row = (customer: string, p_alive: number | null, lost_value: number | null) => ({
      customer,
      p_alive,
      expected_30: 0,
      expected_90: 0,
      expected_365: 0,
      expected_value: 0,
      clv: 0,
      lost_value,
    });
    // Made-up forecasts (this test is about the SQL): ben stands to lose more than ann.
    for (const sql of insertPredictionsSql([row('ann', 0.25, 5), row('ben', 0.1, 8)])) {
      await t.db.exec(sql);
    }
    const list = (order: 'revenue' | 'lost_value') =>
      runLapsedCustomers(t.db, { asOf, windowMonths: 1, view: { predicted: true, order } });
    // By revenue: ann 15 + 20 + 40 − 25 = 50 and ben 50 tie, so by customer id: ann first.
    expect((await list('revenue')).map((r) => [r.customer, r.p_alive, r.lost_value])).toEqual([
      ['ann', 0.25, 5],
      ['ben', 0.1, 8],
    ]);
    // By value lost: ben (8) before ann (5).
    expect((await list('lost_value')).map((r) => r.customer)).toEqual(['ben', 'ann']);
    // Without predictions the rows carry no forecast columns at all.
    const plain = await runLapsedCustomers(t.db, { asOf, windowMonths: 1 });
    expect(plain[0]).not.toHaveProperty('p_alive');
  });
});

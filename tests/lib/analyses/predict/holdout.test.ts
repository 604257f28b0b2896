import { describe, expect, it } from 'vitest';
import { holdoutCheck } from '../../../../src/lib/analyses/predict/holdout';
import {
  checkCalibrationEnd,
  daysBetween,
  defaultCalibrationEnd,
} from '../../../../src/lib/analyses/predict/calibration';
import { cdnowHistories } from './cdnow';

describe('the calibration end', () => {
  it('defaults to the middle of the history', () => {
    // 2024-01-01 .. 2024-03-22 is 81 days; 40 days on is 2024-02-10.
    expect(daysBetween('2024-01-01', '2024-03-22')).toBe(81);
    expect(defaultCalibrationEnd('2024-01-01', '2024-03-22')).toBe('2024-02-10');
  });

  it('must leave some history on both sides', () => {
    expect(checkCalibrationEnd('2024-01-01', '2024-01-01', '2024-03-22')).toBe('2024-01-01');
    expect(() => checkCalibrationEnd('2024-03-22', '2024-01-01', '2024-03-22')).toThrow(
      /calibration end: 2024-03-22 \(it must be from the first purchase, 2024-01-01, to the day before the as-of date, 2024-03-22\)/,
    );
    expect(() => checkCalibrationEnd('2023-12-31', '2024-01-01', '2024-03-22')).toThrow();
    expect(() => checkCalibrationEnd('31/12/2023', '2024-01-01', '2024-03-22')).toThrow(
      /expected YYYY-MM-DD/,
    );
  });
});

describe('the forecast-versus-actual check', () => {
  it('groups by repeat purchases in calibration and compares means', () => {
    // Too few to fit (2 repeat customers): actual means only.
    //   x = 0: 3 customers, 1 + 0 + 2 holdout purchases -> mean 1
    //   x = 9: 1 customer with 4, in the "7 or more" group with the x = 7 customer's 6 -> 5
    const result = holdoutCheck(
      [
        { x: 0, t_x: 0, T: 10, customers: 2, actual: 1 },
        { x: 0, t_x: 0, T: 20, customers: 1, actual: 2 },
        { x: 7, t_x: 8, T: 20, customers: 1, actual: 6 },
        { x: 9, t_x: 10, T: 20, customers: 1, actual: 4 },
      ],
      { calibrationEnd: '2024-01-20', asOf: '2024-02-19', days: 30 },
    );
    expect(result.problem).toMatchObject({ kind: 'too-few-repeat', repeat: 2 });
    expect(result.predicted).toBeNull();
    expect(result).toMatchObject({ customers: 5, repeat_customers: 2, actual: 13 });
    expect(result.by_frequency).toEqual([
      { x: 0, or_more: false, customers: 3, actual: 1, predicted: null },
      { x: 7, or_more: true, customers: 2, actual: 5, predicted: null },
    ]);
  });

  it('forecasts every calibration customer with the calibration fit', () => {
    // CDNOW's 39-week calibration with no holdout purchases recorded: the forecast is the sum
    // of everyone's conditional expectation for 39 weeks, grouped and averaged.
    const rows = cdnowHistories().map((h) => ({ ...h, customers: 1, actual: 0 }));
    const result = holdoutCheck(rows, {
      calibrationEnd: '1997-09-30',
      asOf: '1998-06-30',
      days: 39,
    });
    expect(result.problem).toBeNull();
    const groups = result.by_frequency;
    const total = groups.reduce((s, g) => s + g.customers * (g.predicted ?? 0), 0);
    expect(total).toBeCloseTo(result.predicted ?? 0, 6);
    // Customers who bought more before are expected to buy more after.
    for (let i = 1; i < groups.length; i++) {
      expect(groups[i].predicted ?? 0).toBeGreaterThan(groups[i - 1].predicted ?? 0);
    }
  });
});

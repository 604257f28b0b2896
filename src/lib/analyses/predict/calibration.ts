// The calibration end of the holdout check: by default the middle of the history, as in the
// paper (39 of 78 weeks), so the model is judged on as long a period as it learnt from.

const DAY_MS = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string) => Math.round((utc(to) - utc(from)) / DAY_MS);

/** The middle day between the first purchase day and the as-of date (rounded down). */
export function defaultCalibrationEnd(first: string, asOf: string): string {
  return isoOf(utc(first) + Math.floor(daysBetween(first, asOf) / 2) * DAY_MS);
}

/** A calibration end must leave a calibration period and a holdout period: first <= end < as-of. */
export function checkCalibrationEnd(end: string, first: string, asOf: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(end) || Number.isNaN(utc(end))) {
    throw new Error(`invalid calibration end: ${end} (expected YYYY-MM-DD)`);
  }
  if (end < first || end >= asOf) {
    throw new Error(
      `invalid calibration end: ${end} (it must be from the first purchase, ${first}, to the day before the as-of date, ${asOf})`,
    );
  }
  return end;
}

// Jalali (Solar Hijri) dates to Gregorian, as SQL integer arithmetic: the conversion runs for
// every row inside DuckDB, so no JavaScript library can do it. This is jalaali-js's
// `jalCal` + `j2d` (Borkowski's leap-break table) specialised to the break interval
// 1210..1634 AP (1831..2256 AD), where it has a closed form; tested against jalaali-js.

/** First and last Jalali year this conversion is exact for. */
export const JALALI_YEARS = { first: 1210, last: 1634 } as const;

// leapJ accumulated over the breaks before 1210 (-14 + 308), the start of the interval.
const LEAP_J_AT_1210 = 294;

const div = (a: string, b: number) => `(${a}) // ${b}`;

/**
 * A DATE from integer SQL expressions for the Jalali year, month and day; NULL outside the
 * supported years or for an impossible month/day.
 */
export function jalaliToDateSql(jy: string, jm: string, jd: string): string {
  const n = `(${jy} - ${JALALI_YEARS.first})`;
  const leapJ = `(${LEAP_J_AT_1210} + ${div(n, 33)} * 8 + ${div(`${n} % 33 + 3`, 4)})`;
  const gy = `(${jy} + 621)`;
  const leapG = `(${div(gy, 4)} - ${div(`(${div(gy, 100)} + 1) * 3`, 4)} - 150)`;
  const march = `(20 + ${leapJ} - ${leapG})`;
  const dayOfYear = `((${jm} - 1) * 31 - ${div(jm, 7)} * (${jm} - 7) + ${jd} - 1)`;
  const valid = `${jy} BETWEEN ${JALALI_YEARS.first} AND ${JALALI_YEARS.last}
    AND ${jm} BETWEEN 1 AND 12 AND ${jd} BETWEEN 1 AND CASE WHEN ${jm} <= 6 THEN 31 ELSE 30 END`;
  return `CASE WHEN ${valid} THEN CAST(make_date(CAST(${gy} AS BIGINT), 3, CAST(${march} AS BIGINT)) + CAST(${dayOfYear} AS INTEGER) AS DATE) END`;
}

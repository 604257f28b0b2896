// Calendar periods for cohorts: month, ISO week (Monday first) and quarter, as integer indexes
// so that "offset k" is a subtraction. Labels: `2010-12`, `2010-W48`, `2010-Q4`.

export const PERIODS = ['month', 'week', 'quarter'] as const;
export type Period = (typeof PERIODS)[number];

export const isPeriod = (v: string): v is Period => (PERIODS as readonly string[]).includes(v);

// Monday 1969-12-29 starts week 0, so every ISO week maps to one integer.
const WEEK_ZERO = '1969-12-29';
const DAY_MS = 86_400_000;

/** SQL for the integer index of the period containing the DATE expression `d`. */
export function periodIndexSql(period: Period, d: string): string {
  switch (period) {
    case 'month':
      return `(year(${d}) * 12 + month(${d}) - 1)`;
    case 'quarter':
      return `(year(${d}) * 4 + quarter(${d}) - 1)`;
    case 'week':
      return `CAST(floor(date_diff('day', DATE '${WEEK_ZERO}', ${d}) / 7) AS INTEGER)`;
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** First day (YYYY-MM-DD) of the period with this index. */
export function periodStart(period: Period, index: number): string {
  switch (period) {
    case 'month':
      return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}-01`;
    case 'quarter':
      return `${pad(Math.floor(index / 4), 4)}-${pad((index % 4) * 3 + 1)}-01`;
    case 'week':
      return isoOf(utc(WEEK_ZERO) + index * 7 * DAY_MS);
  }
}

/** Last day (YYYY-MM-DD) of the period with this index. */
export function periodEnd(period: Period, index: number): string {
  return isoOf(utc(periodStart(period, index + 1)) - DAY_MS);
}

export function periodLabel(period: Period, index: number): string {
  switch (period) {
    case 'month':
      return periodStart(period, index).slice(0, 7);
    case 'quarter':
      return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
    case 'week': {
      // The ISO year is the year of the week's Thursday.
      const thursday = new Date(utc(periodStart(period, index)) + 3 * DAY_MS);
      const year = thursday.getUTCFullYear();
      const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
      return `${pad(year, 4)}-W${pad(week)}`;
    }
  }
}

/** The period and index of a label written by periodLabel, or null for any other text. */
export function parsePeriodLabel(label: string): { period: Period; index: number } | null {
  let m = /^(\d{4})-(\d{2})$/.exec(label);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { period: 'month', index: +m[1] * 12 + +m[2] - 1 };
  m = /^(\d{4})-Q([1-4])$/.exec(label);
  if (m) return { period: 'quarter', index: +m[1] * 4 + +m[2] - 1 };
  m = /^(\d{4})-W(\d{2})$/.exec(label);
  if (m && +m[2] >= 1 && +m[2] <= 53) {
    // ISO week 1 is the week holding 4 January; count weeks from its Monday.
    const jan4 = utc(`${m[1]}-01-04`);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
    const index = Math.round((monday - utc(WEEK_ZERO)) / (7 * DAY_MS)) + +m[2] - 1;
    return periodLabel('week', index) === label ? { period: 'week', index } : null;
  }
  return null;
}

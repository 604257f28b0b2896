// Two years of trading, 2022-12-01 to 2024-12-09 like Online Retail II's span: closed on
// Saturdays and over Christmas, busiest in the autumn gift season.
export const START_MS = Date.UTC(2022, 11, 1);
export const DAYS = 740;
const DAY_MS = 86_400_000;

// Jan..Dec, and Sunday..Saturday.
const MONTH = [0.75, 0.75, 0.9, 0.85, 0.9, 0.9, 0.9, 0.95, 1.2, 1.35, 1.6, 1.1];
const WEEKDAY = [0.6, 1, 1.05, 1.05, 1.1, 0.9, 0];
export const MAX_SEASON = 1.6 * 1.1;

/** How busy a day is (0: closed). */
export function season(day: number): number {
  const d = new Date(START_MS + day * DAY_MS);
  const month = d.getUTCMonth();
  const date = d.getUTCDate();
  if ((month === 11 && date >= 23) || (month === 0 && date <= 3)) return 0;
  return MONTH[month] * WEEKDAY[d.getUTCDay()];
}

/** Every day's season, computed once. */
export const SEASONS: Float64Array = Float64Array.from({ length: DAYS }, (_, day) => season(day));

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD ` for a day index (time appended by the writer). */
export function dayText(day: number): string {
  const d = new Date(START_MS + day * DAY_MS);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} `;
}

/** `HH:MM:00` for minutes since midnight. */
export function timeText(minutes: number): string {
  return `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}:00`;
}

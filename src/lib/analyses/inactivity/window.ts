// The inactivity window of DESIGN.md "Inactivity": active = a purchase in
// (as-of - N months, as-of]; lapsed = last purchase on or before as-of - N months.
import { literal, sqlDate } from '../../sql/quote';

export const DEFAULT_WINDOW_MONTHS = 6;
export const DEFAULT_OVERDUE_FACTOR = 2;

export function checkWindowMonths(months: number): number {
  if (!Number.isInteger(months) || months < 1) {
    throw new Error(`invalid window months: ${months} (a whole number of months, 1 or more)`);
  }
  return months;
}

export function checkOverdueFactor(factor: number): number {
  if (!Number.isFinite(factor) || factor <= 0) {
    throw new Error(`invalid overdue factor: ${factor} (a number above 0)`);
  }
  return factor;
}

/**
 * SQL for the last day that is NOT in the window ending on the DATE expression `d`. DuckDB
 * subtracts calendar months and clamps to the month's end (2024-08-31 - 6 months = 2024-02-29),
 * and DATE - INTERVAL is a TIMESTAMP, hence the cast. Both engines (1.4, 1.5) agree on this.
 */
export function cutoffSql(d: string, months: number): string {
  return `CAST(${d} - INTERVAL (${checkWindowMonths(months)}) MONTH AS DATE)`;
}

export const asOfDateSql = (asOf: string) => literal(sqlDate(asOf));

// The dates at which "how the lapsed share moves month by month" is measured.
import { periodEnd } from '../period';

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/**
 * The last day of every calendar month from the month of `first` on, while it is before the
 * as-of date, then the as-of date itself: 2024-01-15 .. 2024-03-10 gives 2024-01-31,
 * 2024-02-29, 2024-03-10. The last point is the headline lapsed share.
 */
export function evaluationDates(first: string, asOf: string): string[] {
  const dates: string[] = [];
  for (let i = monthIndex(first); ; i++) {
    const end = periodEnd('month', i);
    if (end >= asOf) break;
    dates.push(end);
  }
  dates.push(asOf);
  return dates;
}

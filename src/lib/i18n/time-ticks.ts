// Ticks for a time axis of monthly data, at the starts of months of the user's calendar: a
// Solar Hijri reader sees "آذر ۱۳۸۹" at 1 Azar (22 November), not at 1 December, so every
// tick says exactly where it stands.
import { solarHijri } from './format';

const DAY_MS = 86_400_000;
const STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

// Day and month of a day in the Solar Hijri calendar, with Latin digits for reading back.
const jalali = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  day: 'numeric',
  month: 'numeric',
  timeZone: 'UTC',
});

/** The first day of each month (0-based month of year) between `first` and `last`, inclusive. */
function monthStarts(first: Date, last: Date, persian: boolean): { day: Date; month: number }[] {
  const starts: { day: Date; month: number }[] = [];
  if (!persian) {
    let y = first.getUTCFullYear();
    let m = first.getUTCMonth() + (first.getUTCDate() === 1 ? 0 : 1);
    for (;;) {
      const day = new Date(Date.UTC(y, m, 1));
      if (day > last) break;
      starts.push({ day, month: day.getUTCMonth() });
      y = day.getUTCFullYear();
      m = day.getUTCMonth() + 1;
    }
    return starts;
  }
  for (let ms = first.getTime(); ms <= last.getTime(); ms += DAY_MS) {
    const parts = jalali.formatToParts(new Date(ms));
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    if (part('day') === 1) {
      starts.push({ day: new Date(ms), month: part('month') - 1 });
      ms += 27 * DAY_MS; // no month is shorter than 29 days
    }
  }
  return starts;
}

/**
 * Month-start ticks between two days, at most `max`: every month, or every 2, 3, 6 or 12
 * months (keeping months whose number in the year is a multiple of the step, so a yearly tick
 * is January or Farvardin).
 */
export function monthTicks(first: Date, last: Date, max = 8): Date[] {
  const starts = monthStarts(first, last, solarHijri());
  const step = STEPS.find((s) => starts.length / s <= max) ?? STEPS[STEPS.length - 1];
  if (step === 1) return starts.map((s) => s.day);
  const kept = starts.filter((s) => (step < 12 ? s.month % step === 0 : s.month === 0));
  const yearly = step > 12 ? kept.filter((_, i) => i % (step / 12) === 0) : kept;
  return (yearly.length > 0 ? yearly : starts.slice(0, 1)).map((s) => s.day);
}

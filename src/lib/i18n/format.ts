// Numbers, money, shares and dates in the user's locale, through Intl.
import { parsePeriodLabel, periodEnd, periodStart } from '../analyses/period';
import { currency } from './currency.svelte';
import { LANGUAGE_INFO } from './languages';
import { calendar, intlLocale, language } from './locale.svelte';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numbers(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n ${intlLocale()} ${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(intlLocale(), options)));
  return f;
}

function dates(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d ${intlLocale()} ${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(intlLocale(), options)));
  return f;
}

export const formatInteger = (n: number) => numbers({}).format(n);

export const formatNumber = (n: number, digits = 2) =>
  numbers({ maximumFractionDigits: digits }).format(n);

export const formatShare = (share: number, digits = 0) =>
  numbers({ style: 'percent', maximumFractionDigits: digits }).format(share);

/**
 * Money in the currency of the data (or the one the user picked); a plain number when no
 * currency is known. `digits` caps the decimals (0 for tables of totals).
 */
export function formatMoney(n: number, digits?: number): string {
  const code = currency();
  if (!code) return formatNumber(n, digits ?? 2);
  const style = { style: 'currency', currency: code } as const;
  if (digits === undefined) return numbers(style).format(n);
  return numbers({ ...style, minimumFractionDigits: 0, maximumFractionDigits: digits }).format(n);
}

/** Money in a figure card or a headline: whole units ("€395,296", "395,296"). */
export const formatMoneyRounded = (n: number) => formatMoney(n, 0);

/**
 * Money in a list of customers: two decimals ("1,633.60"), or as many as the currency has
 * (forints and rials have none), so the column's figures line up.
 */
export function formatMoneyCents(n: number): string {
  if (currency()) return formatMoney(n);
  return numbers({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
}

/** The currency's sign or code as the locale writes it ("€", "RON", "ریال"), or null. */
export function currencySign(): string | null {
  const code = currency();
  if (!code) return null;
  const parts = numbers({ style: 'currency', currency: code }).formatToParts(1);
  return parts.find((p) => p.type === 'currency')?.value ?? code;
}

/** A currency's name in the user's language ("Euro", "ریال ایران"), its code when unknown. */
export function currencyName(code: string): string {
  try {
    return new Intl.DisplayNames(intlLocale(), { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Text with its 0–9 written in the locale's digits (Persian ۰–۹ unless Latin was chosen). */
export function formatDigits(text: string): string {
  const zero = numbers({ useGrouping: false }).format(0);
  if (zero === '0') return text;
  const base = zero.codePointAt(0) ?? 0x30;
  return text.replace(/[0-9]/g, (d) => String.fromCodePoint(base + Number(d)));
}

/**
 * Text set apart from its surroundings' direction (FSI … PDI): a Persian label inside a chart,
 * which is always left to right, keeps its own word order ("۱۰ آذر تا ۱۰ دی ۱۳۸۹" would
 * otherwise lose its leading "۱۰" to the far side). Left-to-right languages need no marks, and
 * their labels stay plain text (for copying, SVG downloads and screen readers).
 */
export const isolate = (text: string) =>
  LANGUAGE_INFO[language()].dir === 'rtl' ? `\u2068${text}\u2069` : text;

/** Dates are shown in the Solar Hijri calendar: Persian, unless Gregorian was chosen. */
export const solarHijri = () => language() === 'fa' && calendar() === 'native';

/**
 * A calendar date given as YYYY-MM-DD, shown without shifting through a time zone (in the
 * Solar Hijri calendar for Persian, unless the user asked for Gregorian dates).
 */
export const formatDate = (iso: string) =>
  dates({ dateStyle: 'medium', timeZone: 'UTC' }).format(utcDay(iso));

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A month of a time axis ("Dec 2010", "آذر ۱۳۸۹"): the month the given day falls in. */
export const formatMonth = (day: Date) =>
  dates({ year: 'numeric', month: 'short', timeZone: 'UTC' }).format(day);

/**
 * A day on a time axis: a month start as "Dec 2010" in the Gregorian calendar; otherwise, and
 * always in the Solar Hijri calendar (where 1 December is 10 Azar, not a month start), the day.
 */
export function formatTickDate(day: Date): string {
  const monthStart = day.getUTCDate() === 1 && day.getTime() % 86_400_000 === 0;
  return monthStart && !solarHijri()
    ? formatMonth(day)
    : formatDate(day.toISOString().slice(0, 10));
}

/** Two calendar days as one range ("Dec 1 – 31, 2010", "۱۰ آذر تا ۱۰ دی ۱۳۸۹"). */
export const formatDateRange = (first: string, last: string) =>
  dates({ year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).formatRange(
    utcDay(first),
    utcDay(last),
  );

/**
 * A cohort period label (`2010-12`, `2010-W48`, `2010-Q4`) as the user reads it. Cohorts are
 * Gregorian months, ISO weeks and quarters (the contract), so in the Solar Hijri calendar a
 * period is not one Jalali month: it is shown as the Jalali dates of its first and last day
 * ("۱۰ آذر تا ۱۰ دی ۱۳۸۹" for December 2010), which says exactly which days it holds. In
 * every other case the label stays as the contract writes it, in the locale's digits.
 */
export function formatPeriod(label: string): string {
  const period = parsePeriodLabel(label);
  if (!period || !solarHijri()) return formatDigits(label);
  return formatDateRange(
    periodStart(period.period, period.index),
    periodEnd(period.period, period.index),
  );
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${formatNumber(value, value < 10 && unit > 0 ? 1 : 0)} ${units[unit]}`;
}

/** Items as the language joins alternatives: "F 2 or F 3", "F 2 ή F 3", "F 2 یا F 3". */
export const formatOr = (items: string[]) =>
  new Intl.ListFormat(intlLocale(), { type: 'disjunction' }).format(items);

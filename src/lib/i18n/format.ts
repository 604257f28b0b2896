// Numbers, money, shares and dates in the user's locale, through Intl.
import { intlLocale } from './locale.svelte';

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
 * A calendar date given as YYYY-MM-DD, shown without shifting through a time zone (in the
 * Solar Hijri calendar for Persian, unless the user asked for Gregorian dates).
 */
export const formatDate = (iso: string) =>
  dates({ dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

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

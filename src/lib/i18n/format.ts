// Numbers, money, shares and dates in the user's locale, through Intl.
import { locale } from './translate';

export const formatInteger = (n: number) => new Intl.NumberFormat(locale()).format(n);

export const formatNumber = (n: number, digits = 2) =>
  new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(n);

export const formatShare = (share: number, digits = 0) =>
  new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: digits }).format(
    share,
  );

/** A calendar date given as YYYY-MM-DD, shown without shifting through a time zone. */
export const formatDate = (iso: string) =>
  new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

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

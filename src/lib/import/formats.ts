// How the values of a column are written: which date format, which decimal separator.
// Decided from the column's own values, never from the machine's locale.

/** strptime formats tried on a date column, most specific first. */
export const DATE_FORMATS = [
  '%Y-%m-%d %H:%M:%S',
  '%Y-%m-%dT%H:%M:%S',
  '%Y-%m-%d %H:%M',
  '%Y-%m-%d',
  '%Y/%m/%d %H:%M:%S',
  '%Y/%m/%d',
  '%d/%m/%Y %H:%M:%S',
  '%d/%m/%Y %H:%M',
  '%d/%m/%Y',
  '%m/%d/%Y %H:%M:%S',
  '%m/%d/%Y %H:%M',
  '%m/%d/%Y',
  '%m/%d/%y %H:%M',
  '%d/%m/%y %H:%M',
  '%m/%d/%y',
  '%d/%m/%y',
  '%d.%m.%Y %H:%M:%S',
  '%d.%m.%Y %H:%M',
  '%d.%m.%Y',
  '%Y.%m.%d. %H:%M:%S',
  '%Y.%m.%d.',
  '%Y.%m.%d',
  '%d-%m-%Y',
  '%Y%m%d',
] as const;

export interface DateFormatCount {
  format: string;
  parsed: number;
}

export interface DateChoice {
  /** Formats to try in order; empty when nothing fits. */
  formats: string[];
  /** Other formats that read every sample too, with different days (e.g. d/m versus m/d). */
  ambiguousWith: string[];
}

const dayFirst = (f: string) => /%d.%m/.test(f);
const monthFirst = (f: string) => /%m.%d/.test(f);

/**
 * Choose from per-format counts of parsed sample values. Formats that read the most samples
 * win; when a day-first and a month-first family both read every value, the choice is ambiguous.
 */
export function chooseDateFormats(counts: DateFormatCount[], present: number): DateChoice {
  if (present === 0) return { formats: [], ambiguousWith: [] };
  const useful = counts.filter((c) => c.parsed > 0).sort((a, b) => b.parsed - a.parsed);
  if (useful.length === 0) return { formats: [], ambiguousWith: [] };
  const best = useful[0];
  const family = (f: string) => (dayFirst(f) ? 'dmy' : monthFirst(f) ? 'mdy' : 'other');
  const bestFamily = family(best.format);
  const formats = useful.filter((c) => family(c.format) === bestFamily).map((c) => c.format);
  const rival = bestFamily === 'dmy' ? 'mdy' : bestFamily === 'mdy' ? 'dmy' : null;
  const ambiguousWith = rival
    ? useful
        .filter((c) => family(c.format) === rival && c.parsed >= best.parsed)
        .map((c) => c.format)
    : [];
  return { formats, ambiguousWith };
}

export type DecimalSeparator = '.' | ',';

/**
 * The decimal separator of a number column. A separator followed by exactly three digits at
 * the end is a thousands separator in most writings (`1,234`), so it only counts when the
 * other separator also appears (`1.234,567`) or when no value contradicts it.
 */
export function detectDecimal(values: (string | null)[]): DecimalSeparator {
  let dot = 0;
  let comma = 0;
  for (const raw of values) {
    if (!raw) continue;
    const v = raw.replace(/[^\d.,]/g, '');
    const lastDot = v.lastIndexOf('.');
    const lastComma = v.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
      if (lastDot > lastComma) dot++;
      else comma++;
    } else if (lastComma >= 0) {
      const decimals = v.length - lastComma - 1;
      if (decimals !== 3 || (v.match(/,/g) ?? []).length === 1) comma += decimals === 3 ? 0.5 : 1;
    } else if (lastDot >= 0) {
      const decimals = v.length - lastDot - 1;
      if (decimals !== 3 || (v.match(/\./g) ?? []).length === 1) dot += decimals === 3 ? 0.5 : 1;
    }
  }
  return comma > dot ? ',' : '.';
}

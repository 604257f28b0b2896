// How the values of a column are written: which date format, which decimal separator.
// Decided from the column's own values, never from the machine's locale.

/** Date readings that are not strptime patterns; values.ts turns each into SQL. */
export const SPECIAL_DATE_FORMATS = [
  'unix-seconds',
  'unix-milliseconds',
  'excel-serial',
  'jalali',
] as const;

/** strptime formats and special readings tried on a date column, most specific first. */
export const DATE_FORMATS = [
  '%Y-%m-%d %H:%M:%S',
  '%Y-%m-%dT%H:%M:%S',
  '%Y-%m-%d %H:%M:%S.%f',
  '%Y-%m-%dT%H:%M:%S.%f',
  '%Y-%m-%d %H:%M',
  '%Y-%m-%dT%H:%M',
  '%Y-%m-%d',
  '%Y/%m/%d %H:%M:%S',
  '%Y/%m/%d %H:%M',
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
  '%d.%m.%y',
  '%Y.%m.%d. %H:%M:%S',
  '%Y.%m.%d. %H:%M',
  '%Y.%m.%d.',
  '%Y. %m. %d. %H:%M:%S',
  '%Y. %m. %d.',
  '%Y.%m.%d',
  '%d-%m-%Y %H:%M:%S',
  '%d-%m-%Y',
  '%m-%d-%Y',
  '%d %b %Y',
  '%b %d, %Y',
  '%Y%m%d',
  ...SPECIAL_DATE_FORMATS,
] as const;

export interface DateFormatCount {
  format: string;
  parsed: number;
}

export interface DateChoice {
  /** Formats to try in order; empty when nothing fits. */
  formats: string[];
  /**
   * Day-first and month-first read every value alike (no day above 12): the formats of the
   * reading not chosen, so the UI can ask. Empty when the column says which it is.
   */
  ambiguousWith: string[];
  /** A few sample values, to show rendered both ways when the choice is ambiguous. */
  examples?: string[];
}

export type DateFamily = 'dmy' | 'mdy' | 'other';

/** Day before month (`%d/%m`), month before day (`%m/%d`, `%b %d`), or neither (ISO, epochs). */
export function dateFamily(format: string): DateFamily {
  if (/%d.%m|%d %b/.test(format)) return 'dmy';
  if (/%m.%d|%b %d/.test(format)) return 'mdy';
  return 'other';
}

/**
 * Choose from per-format counts of parsed sample values and, per family, how many values any
 * of its formats reads. The family reading more values wins; a tie between day-first and
 * month-first (every day <= 12) defaults to day-first and is reported in `ambiguousWith`.
 * Formats of neither family (ISO, epochs, Jalali) are kept after the winner: columns mix them.
 */
export function chooseDateFormats(
  counts: DateFormatCount[],
  present: number,
  families?: { dmy: number; mdy: number },
): DateChoice {
  const none: DateChoice = { formats: [], ambiguousWith: [] };
  if (present === 0) return none;
  const useful = counts.filter((c) => c.parsed > 0).sort((a, b) => b.parsed - a.parsed);
  if (useful.length === 0) return none;
  const maxOf = (f: DateFamily) =>
    Math.max(0, ...useful.filter((c) => dateFamily(c.format) === f).map((c) => c.parsed));
  const dmy = families?.dmy ?? maxOf('dmy');
  const mdy = families?.mdy ?? maxOf('mdy');
  const of = (f: DateFamily) => useful.filter((c) => dateFamily(c.format) === f);
  const others = of('other').map((c) => c.format);
  if (dmy === 0 && mdy === 0) return { formats: others, ambiguousWith: [] };
  const best: DateFamily = mdy > dmy ? 'mdy' : 'dmy';
  const rival: DateFamily = best === 'dmy' ? 'mdy' : 'dmy';
  const tie = dmy === mdy;
  return {
    formats: [...of(best).map((c) => c.format), ...others],
    ambiguousWith: tie ? of(rival).map((c) => c.format) : [],
  };
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
    // Persian/Arabic separators say what they are: ٬ groups thousands, ٫ is the decimal.
    const v = raw
      .replace(/٬/g, '')
      .replace(/٫/g, '.')
      .replace(/[^\d.,۰-۹٠-٩]/g, '');
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

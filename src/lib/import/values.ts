// SQL expressions that read text cells into typed values. Unreadable text becomes NULL,
// which the canonical step reports as a skipped row with its column and reason.
import { literal } from '../sql/quote';
import { DATE_FORMATS, dateFamily, type DecimalSeparator } from './formats';
import { jalaliToDateSql } from './jalali';

// Persian and Arabic-Indic digits mapped to ASCII before parsing; the Arabic decimal
// separator ٫ becomes `.`, and the thousands separator ٬ (last, with no counterpart) is dropped.
const FROM_DIGITS = '۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬';
const TO_DIGITS = '01234567890123456789.';

export function asciiDigits(expr: string): string {
  return `translate(${expr}, ${literal(FROM_DIGITS)}, ${literal(TO_DIGITS)})`;
}

/** Cell texts that mean "no value" (R writes NA, pandas nan, spreadsheets #N/A). */
export const MISSING_TEXTS = ['', 'na', 'n/a', '#n/a', 'null', 'none', 'nan', '-', '—'];

/** A trimmed cell, NULL when empty or a "no value" marker. */
export function cellSql(expr: string): string {
  return trimmedCellSql(`trim(${expr})`);
}

/**
 * The same for a cell trimmed already: DuckDB would trim twice in cellSql(), and on a million
 * rows of text each trim costs a few hundred milliseconds in the browser.
 */
export function trimmedCellSql(trimmed: string): string {
  const list = MISSING_TEXTS.map((t) => literal(t)).join(', ');
  return `CASE WHEN lower(${trimmed}) IN (${list}) THEN NULL ELSE ${trimmed} END`;
}

/** Text without a trailing time zone (`Z`, `+02:00`, `-0400`, `UTC`): the shop's wall-clock time. */
export function withoutZone(expr: string): string {
  return `regexp_replace(trim(${expr}), '\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})$', '')`;
}

// Dates outside these years are misreadings (`%Y` reads `11` as the year 11; a Jalali 1402
// read as Gregorian), not data.
const plausible = (ts: string) => firstPlausible([ts]);

const number = (text: string, pattern: string) =>
  `CASE WHEN regexp_full_match(${text}, ${literal(pattern)}) THEN TRY_CAST(${text} AS DOUBLE) END`;

const JALALI = String.raw`^(1[2-6]\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$`;

/** One format applied to (already ASCII, zone-less) text: a TIMESTAMP or NULL. */
export function parseDateSql(text: string, format: string): string {
  switch (format) {
    case 'unix-seconds': {
      const n = number(text, String.raw`\d{9,10}(\.\d+)?`);
      return plausible(`epoch_ms(CAST(round(${n} * 1000) AS BIGINT))`);
    }
    case 'unix-milliseconds': {
      const n = number(text, String.raw`\d{12,13}`);
      return plausible(`epoch_ms(CAST(${n} AS BIGINT))`);
    }
    case 'excel-serial': {
      // Day 25569 is 1970-01-01 in Excel's 1900 date system; the fraction is the time of day.
      const n = number(text, String.raw`\d{5}(\.\d+)?`);
      return `CASE WHEN ${n} BETWEEN 20000 AND 80000
        THEN epoch_ms(CAST(round((${n} - 25569) * 86400000) AS BIGINT)) END`;
    }
    case 'jalali': {
      const part = (i: number) =>
        `TRY_CAST(regexp_extract(${text}, ${literal(JALALI)}, ${i}) AS INTEGER)`;
      return `CAST(${jalaliToDateSql(part(1), part(2), part(3))} AS TIMESTAMP)`;
    }
    default:
      return plausible(`try_strptime(${text}, ${literal(format)})`);
  }
}

/** The earliest and latest plausible timestamps, as SQL literals. */
export const PLAUSIBLE = ["TIMESTAMP '1900-01-01'", "TIMESTAMP '2200-01-01'"] as const;

/**
 * Per format, the reading of the text exactly as it is (no digit mapping, no time zone): the
 * cheap first try. Each is a column of its own so that the plausibility check below does not
 * parse the text again.
 */
export function directDateReadings(expr: string, formats: readonly string[]): string[] {
  return [
    ...formats.map((f) =>
      f.startsWith('%') ? `try_strptime(${expr}, ${literal(f)})` : parseDateSql(expr, f),
    ),
    `TRY_CAST(${expr} AS TIMESTAMP)`,
  ];
}

/** The first plausible one of the reading columns. */
export function firstPlausible(columns: readonly string[]): string {
  const [lo, hi] = PLAUSIBLE;
  return `CASE ${columns.map((c) => `WHEN ${c} >= ${lo} AND ${c} < ${hi} THEN ${c}`).join(' ')} END`;
}

/** Date text with ASCII digits and without a time zone: the input of timestampFromCleanSql. */
export const cleanDateTextSql = (expr: string) => withoutZone(asciiDigits(expr));

/** A TIMESTAMP from cleaned text, trying the formats in order, then DuckDB's ISO reading. */
export function timestampFromCleanSql(clean: string, formats: readonly string[]): string {
  const tries = formats.map((f) => parseDateSql(clean, f));
  return `coalesce(${[...tries, plausible(`TRY_CAST(${clean} AS TIMESTAMP)`)].join(', ')})`;
}

/** A TIMESTAMP from text, trying the formats in order, then DuckDB's own ISO reading. */
export function timestampSql(expr: string, formats: readonly string[]): string {
  return timestampFromCleanSql(cleanDateTextSql(expr), formats);
}

/**
 * One query that counts, per candidate format, how many of `limit` distinct values it reads
 * (`f0`, `f1`, ...), and per family how many any day-first (`dmy`) or month-first (`mdy`)
 * format reads: columns mix `12/06/2010` and `2/20/11`. Distinct values from the whole
 * column, not the first rows: a file sorted by date may show a day above 12 only at the end.
 * Drawn from a sample of rows spread over the whole file: a distinct over every row of a
 * million-row file costs seconds in the browser.
 */
const SAMPLE_ROWS = 50_000;

export function dateFormatCountsSql(table: string, column: string, limit = 2000): string {
  // The text is cleaned once per distinct value (`t`), not once per format tried on it.
  const parses = DATE_FORMATS.map((f) => parseDateSql('t', f));
  const counts = parses.map((p, i) => `count(${p})::INTEGER AS f${i}`);
  const family = (name: 'dmy' | 'mdy') => {
    const members = parses.filter((_, i) => dateFamily(DATE_FORMATS[i]) === name);
    return `count(coalesce(${members.join(', ')}))::INTEGER AS ${name}`;
  };
  return `SELECT count(v)::INTEGER AS present, ${counts.join(', ')}, ${family('dmy')}, ${family('mdy')}
FROM (SELECT v, ${withoutZone(asciiDigits('v'))} AS t FROM (SELECT DISTINCT v FROM (
  SELECT ${cellSql('v')} AS v
  FROM (SELECT ${column} AS v FROM ${table} USING SAMPLE reservoir(${SAMPLE_ROWS} ROWS) REPEATABLE (1))
) LIMIT ${limit}))`;
}

// An amount: optional sign or parentheses, up to four currency characters before or after
// (`€`, `lei`, `Ft`, `USD`), digits with separators.
const AMOUNT_PATTERN = String.raw`^\(?[-+]?\s*[^\d\s()+-]{0,4}\s*[-+]?\d[\d.,\s'’]*\s*[^\d\s()]{0,4}\)?-?$`;

// Reading a column happens in two steps so that the costly readings (digit mapping, time
// zones, currency patterns) only touch the few rows the plain reading cannot: the plain one
// runs on every row; the careful one runs on a "cleaned" column that is NULL wherever the
// plain reading worked. (DuckDB evaluates repeated expressions once for every row, so an
// expensive expression inside a CASE is not enough to keep it off the common rows.)

/** A plain number cast: most amount cells of most files. */
export function directAmountSql(expr: string, decimal: DecimalSeparator): string {
  return decimal === ','
    ? `CASE WHEN NOT contains(${expr}, '.') THEN TRY_CAST(replace(${expr}, ',', '.') AS DECIMAL(18,4)) END`
    : `TRY_CAST(${expr} AS DECIMAL(18,4))`;
}

/** Amount text with ASCII digits, trimmed: the input of patternAmountSql. */
export const cleanAmountTextSql = (expr: string) => `trim(${asciiDigits(expr)})`;

/** Money text with currency signs, thousands separators or a sign in parentheses. */
export function patternAmountSql(clean: string, decimal: DecimalSeparator): string {
  const digits = `regexp_replace(${clean}, ${literal(decimal === ',' ? '[^0-9,]' : '[^0-9.]')}, '', 'g')`;
  const value = decimal === ',' ? `replace(${digits}, ',', '.')` : digits;
  const negative = `(starts_with(${clean}, '(') OR ${clean} LIKE '%-%')`;
  return `CASE WHEN regexp_full_match(${clean}, ${literal(AMOUNT_PATTERN)})
  THEN TRY_CAST(${value} AS DECIMAL(18,4)) * CASE WHEN ${negative} THEN -1 ELSE 1 END END`;
}

/** A DECIMAL(18,4) from money text written with the given decimal separator (small tables). */
export function amountSql(expr: string, decimal: DecimalSeparator): string {
  return `coalesce(${directAmountSql(expr, decimal)}, ${patternAmountSql(cleanAmountTextSql(expr), decimal)})`;
}

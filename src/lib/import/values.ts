// SQL expressions that read text cells into typed values. Unreadable text becomes NULL,
// which the canonical step reports as a skipped row with its column and reason.
import { literal } from '../sql/quote';
import { DATE_FORMATS, type DecimalSeparator } from './formats';

// Persian and Arabic-Indic digits and separators, mapped to ASCII before parsing.
const FROM_DIGITS = '۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٬٫';
const TO_DIGITS = '01234567890123456789,.';

export function asciiDigits(expr: string): string {
  return `translate(${expr}, ${literal(FROM_DIGITS)}, ${literal(TO_DIGITS)})`;
}

/** Text without a trailing time zone (`Z`, `+02:00`, `-0400`, `UTC`): the shop's wall-clock time. */
export function withoutZone(expr: string): string {
  return `regexp_replace(trim(${expr}), '\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})$', '')`;
}

/** A TIMESTAMP from text, trying the formats in order, then DuckDB's own ISO reading. */
export function timestampSql(expr: string, formats: readonly string[]): string {
  const text = withoutZone(asciiDigits(expr));
  const tries = formats.map((f) => `try_strptime(${text}, ${literal(f)})`);
  return `coalesce(${[...tries, `TRY_CAST(${text} AS TIMESTAMP)`].join(', ')})`;
}

/** One query that counts, per candidate format, how many of the first `limit` values it reads. */
export function dateFormatCountsSql(table: string, column: string, limit = 2000): string {
  const text = withoutZone(asciiDigits('v'));
  const counts = DATE_FORMATS.map(
    (f, i) => `count(try_strptime(${text}, ${literal(f)}))::INTEGER AS f${i}`,
  );
  return `SELECT count(v)::INTEGER AS present, ${counts.join(', ')}
FROM (SELECT nullif(trim(${column}), '') AS v FROM ${table} LIMIT ${limit})`;
}

// An amount: optional sign or parentheses, up to four currency characters before or after
// (`€`, `lei`, `Ft`, `USD`), digits with separators.
const AMOUNT_PATTERN = String.raw`^\(?[-+]?\s*[^\d\s()+-]{0,4}\s*[-+]?\d[\d.,\s'’]*\s*[^\d\s()]{0,4}\)?-?$`;

/** A DECIMAL(18,4) from money text written with the given decimal separator. */
export function amountSql(expr: string, decimal: DecimalSeparator): string {
  const text = `trim(${asciiDigits(expr)})`;
  const digits = `regexp_replace(${text}, ${literal(decimal === ',' ? '[^0-9,]' : '[^0-9.]')}, '', 'g')`;
  const number = decimal === ',' ? `replace(${digits}, ',', '.')` : digits;
  const negative = `(starts_with(${text}, '(') OR ${text} LIKE '%-%')`;
  return `CASE WHEN regexp_full_match(${text}, ${literal(AMOUNT_PATTERN)})
  THEN TRY_CAST(${number} AS DECIMAL(18,4)) * CASE WHEN ${negative} THEN -1 ELSE 1 END END`;
}

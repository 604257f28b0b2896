// CSV downloads: RFC 4180 quoting by papaparse, plus a guard papaparse lacks. A text cell that
// a spreadsheet could run as a formula gets a leading apostrophe (OWASP, "CSV injection"): one
// that starts with = + - @ (or their full-width forms ＝ ＋ － ＠, which some spreadsheets read as
// the ASCII ones), with a control character (tab, CR, LF, BEL, …: a spreadsheet may drop it and
// read what follows), or with spaces or invisible characters before a formula sign. Numbers
// stay numbers.
import Papa from 'papaparse';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A cell to neutralise: starts with a control character, or, after any spaces and invisible
 * format characters (zero-width space, BOM, direction marks), with a formula sign in its ASCII,
 * full-width or small form.
 */
const FORMULA_START =
  /^(?:\p{Cc}|[\p{Zs}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B])/u;

export function safeCell(value: CsvValue): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const data = rows.map((row) => columns.map((c) => safeCell(c.value(row))));
  return Papa.unparse(
    { fields: columns.map((c) => String(safeCell(c.header))), data },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
}

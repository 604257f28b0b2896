// CSV downloads: RFC 4180 quoting by papaparse, plus a guard papaparse lacks. A text cell that
// a spreadsheet would run as a formula (starting with = + - @, tab, CR or LF, also after
// leading line breaks) gets a leading apostrophe. Numbers stay numbers.
import Papa from 'papaparse';

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r\n]/;

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

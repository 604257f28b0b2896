// A spreadsheet (.xlsx) becomes CSV text for the same import path as any other file. The
// reading itself (read-excel-file) happens in the worker or the CLI; this part is pure.

/**
 * A cell as read-excel-file gives it: text, a number kept as its exact text (parseNumber),
 * a boolean, a Date, or null. Typed loosely: the library's own type says `typeof Date`.
 */
export type SheetCell = unknown;

/** Whether a file is a spreadsheet to convert: by its name, or a zip signature with `.xlsx`. */
export const isSpreadsheetName = (name: string) => /\.xlsx$/i.test(name);

/** A zip archive starts with `PK\x03\x04` (an .xlsx is one). */
export const looksZip = (head: Uint8Array) =>
  head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date cell as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`. Spreadsheet dates have no time zone:
 * read-excel-file gives them as that wall-clock time in UTC, so the UTC fields are the date.
 */
export function sheetDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? day : `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return sheetDate(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(cell: SheetCell): string {
  const text = cellText(cell);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The sheet as CSV lines, a batch of rows at a time so that a large sheet is not one string.
 * Rows are padded to the widest row; leading empty rows (a title block's blank lines) and
 * trailing empty rows are dropped, and an empty row inside the data stays (it is counted).
 */
export function* sheetToCsv(
  rows: readonly (readonly SheetCell[])[],
  batch = 5000,
): Generator<string> {
  const empty = (row: readonly SheetCell[]) => row.every((c) => cellText(c) === '');
  let first = 0;
  while (first < rows.length && empty(rows[first])) first++;
  let last = rows.length - 1;
  while (last >= first && empty(rows[last])) last--;
  let width = 0;
  for (let i = first; i <= last; i++) width = Math.max(width, rows[i].length);
  let lines: string[] = [];
  for (let i = first; i <= last; i++) {
    const row = rows[i];
    const fields = Array.from({ length: width }, (_, k) => csvField(row[k]));
    lines.push(fields.join(','));
    if (lines.length >= batch) {
      yield lines.join('\n') + '\n';
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('\n') + '\n';
}

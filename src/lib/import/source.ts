// How a file becomes text DuckDB can read: a spreadsheet is converted to CSV, text in an
// encoding other than UTF-8 is transcoded, and UTF-8 text is read as it is. Decided here from
// the file's name and first bytes; the worker (browser) and src/cli/input.ts (Node) do the I/O.
import { detectEncoding, readsAsIs, type TextEncoding } from './encoding';
import { GOOD_FILE, ImportError } from './errors';
import { binaryBytes, binaryError } from './first-bytes';
import { isSpreadsheetName, looksZip, sheetToCsv, type SheetCell } from './spreadsheet';

/** What the user may choose in the mapping form (and with the CLI's --encoding / --sheet). */
export interface SourceOptions {
  encoding?: TextEncoding;
  sheet?: string;
}

/** How the file was read, shown in the mapping form so that the user can change it. */
export type SourceInfo =
  | { kind: 'text'; encoding: TextEncoding; detected: TextEncoding }
  | { kind: 'spreadsheet'; sheets: string[]; sheet: string };

export type SourcePlan =
  | { kind: 'spreadsheet' }
  | { kind: 'text'; encoding: TextEncoding; detected: TextEncoding; transcode: boolean };

/** What to do with a file, from its name and its first bytes (decompressed when gzipped). */
export function planSource(
  name: string,
  head: Uint8Array,
  options: SourceOptions = {},
): SourcePlan {
  // An old binary Excel workbook (.xls) starts with the OLE2 signature D0 CF 11 E0.
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new ImportError(
      `this is an old Excel workbook (.xls), which cannot be read here: save it as .xlsx or CSV; ${GOOD_FILE}`,
      { key: 'error.import.xls', goodFile: true },
    );
  }
  if (isSpreadsheetName(name) || (looksZip(head) && !/\.gz$/i.test(name))) {
    return { kind: 'spreadsheet' };
  }
  const detected = detectEncoding(head).encoding;
  const encoding = options.encoding ?? detected;
  // Random bytes, an image, a PDF: said before the CSV reader tries (its message names a line).
  if (binaryBytes(head, encoding)) throw binaryError();
  return { kind: 'text', encoding, detected, transcode: !readsAsIs(encoding) };
}

/** The sheet to read: the one asked for if the workbook has it, else the first. */
export function chooseSheet(sheets: string[], wanted?: string): string | undefined {
  return wanted && sheets.includes(wanted) ? wanted : sheets[0];
}

/** A workbook as read-excel-file gives it: each sheet's name and rows. */
export type Workbook = { sheet: string; data: SheetCell[][] }[];

/**
 * The sheet to read, as CSV text a batch of rows at a time, and how the workbook was read.
 * `read` is the adapter's reader (read-excel-file's web-worker or Node entry), asked for
 * numbers as their exact text: 0.1 + 0.2 stays "0.3" as written in the cell.
 */
export async function workbookCsv(
  read: (options: { parseNumber: (text: string) => string }) => Promise<Workbook>,
  wanted?: string,
): Promise<{ csv: AsyncGenerator<string>; info: SourceInfo }> {
  let sheets: Workbook;
  try {
    sheets = await read({ parseNumber: (text) => text });
  } catch (e) {
    const reason = String(e instanceof Error ? e.message : e).split('\n')[0];
    throw new ImportError(
      `this file cannot be read as an Excel workbook (${reason}): open it and save it ` +
        `again as .xlsx or CSV; ${GOOD_FILE}`,
      { key: 'error.import.xlsx', goodFile: true },
    );
  }
  const names = sheets.map((s) => s.sheet);
  const sheet = chooseSheet(names, wanted);
  const rows = sheets.find((s) => s.sheet === sheet)?.data ?? [];
  async function* csv() {
    yield* sheetToCsv(rows);
  }
  return { csv: csv(), info: { kind: 'spreadsheet', sheets: names, sheet: sheet ?? '' } };
}

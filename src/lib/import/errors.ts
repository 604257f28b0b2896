// Whole-file problems, worded for the person who chose the file.

/**
 * The catalogue keys of whole-file problems. Named here, not taken from the catalogue, so that
 * import/ does not depend on i18n/ (which reads these errors); i18n/errors.ts passes them to
 * `t`, so a key the catalogue lacks fails the type check there.
 */
export type ImportErrorKey =
  | 'error.import.badLine'
  | 'error.import.binary'
  | 'error.import.blank'
  | 'error.import.csv'
  | 'error.import.empty'
  | 'error.import.headerless'
  | 'error.import.longLine'
  | 'error.import.longLineAny'
  | 'error.import.missing'
  | 'error.import.noColumn'
  | 'error.import.noCustomer'
  | 'error.import.noRows'
  | 'error.import.notGzip'
  | 'error.import.unreadable'
  | 'error.import.unusable'
  | 'error.import.xls'
  | 'error.import.xlsx';

/**
 * The same sentence for the page to translate: a catalogue key and its parameters. A `roles`
 * parameter lists role names (`customer,date`), translated one by one; `goodFile` appends
 * what a usable file looks like.
 */
export interface ErrorText {
  key: ImportErrorKey;
  params?: Record<string, string | number>;
  goodFile?: boolean;
}

/**
 * A problem with the file as a whole: one sentence on what is wrong and what would work. The
 * message is English (the command line prints it); `text` lets the page say it in the user's
 * language.
 */
export class ImportError extends Error {
  override name = 'ImportError';
  readonly text: ErrorText | undefined;

  constructor(message: string, text?: ErrorText) {
    super(message);
    this.text = text;
  }
}

/** What a usable file looks like, appended to every whole-file error. */
export const GOOD_FILE =
  'a good file is a CSV (or .xlsx) with a header line and one row per order or order line, ' +
  'with a customer (id, email or name), a date and an amount';

// Control characters (not tab or line ends): bytes that are not text in any encoding read.
// U+FFFD is text (a character some files carry on purpose); binary bytes are found before
// the reader sees them (first-bytes.ts). A loop over code points, since control characters in
// a regex trip the linter.
function hasControl(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}

// Mostly CJK / private-use code points in the header: binary bytes read as UTF-16.
const FAR = /[\u3000-\uffff]/g;

/**
 * Whether header names and sample values look like the bytes of a binary file rather than
 * words: control characters in a name or in over a tenth of the values, or mostly CJK and
 * private-use code points (binary read as UTF-16).
 */
export function looksBinary(names: string[], values: string[] = []): boolean {
  const text = names.join('');
  if (hasControl(text)) return true;
  if (values.length > 0 && values.filter((v) => hasControl(v)).length > 0.1 * values.length) {
    return true;
  }
  return text.length > 0 && (text.match(FAR)?.length ?? 0) > 0.5 * text.length;
}

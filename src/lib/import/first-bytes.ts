// What a file's first bytes say before any reader sees them: whether they are text at all,
// whether a `.gz` file is gzip, and whether a line is too long to be a row. Each is a sentence
// for the user (ImportError) instead of the CSV reader's own message.
import type { TextEncoding } from './encoding';
import { GOOD_FILE, ImportError } from './errors';

/** The longest line DuckDB's CSV reader takes (its `max_line_size` default), in bytes. */
export const MAX_LINE_BYTES = 2_000_000;

// Control bytes that no text file has: not tab, line ends, vertical tab, form feed or the
// DOS end-of-file mark (0x1A), which old exports do carry.
const isControl = (c: number) =>
  (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 26) || c === 127;

/**
 * Whether `head` (the first bytes, decompressed) is binary rather than text in `encoding`:
 * at least one control character in a hundred. UTF-16 is decoded first (its ASCII letters
 * come with NUL bytes); every other encoding read here keeps ASCII controls as they are.
 */
export function binaryBytes(head: Uint8Array, encoding: TextEncoding): boolean {
  let controls = 0;
  let total = 0;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    for (const ch of new TextDecoder(encoding).decode(head)) {
      total++;
      if (isControl(ch.codePointAt(0) ?? 0)) controls++;
    }
  } else {
    total = head.length;
    for (const c of head) if (isControl(c)) controls++;
  }
  return controls > 0 && controls >= 0.01 * total;
}

export const binaryError = () =>
  new ImportError(`this does not look like a text (CSV) file; ${GOOD_FILE}`, {
    key: 'error.import.binary',
    goodFile: true,
  });

/** Whether a file starts as gzip does (1F 8B). */
export const isGzip = (first: Uint8Array) => first[0] === 0x1f && first[1] === 0x8b;

export const notGzipError = () =>
  new ImportError(
    'this file is named .gz but is not gzip-compressed: rename it without .gz (orders.csv), ' +
      'or compress it with gzip',
    { key: 'error.import.notGzip' },
  );

/**
 * The number (from 1) of the first line longer than `max` bytes in `bytes`, the first part
 * of a file (or all of it); undefined when every line seen is shorter. A line still open at
 * the end of the part counts once it is too long already.
 */
export function longLine(bytes: Uint8Array, max = MAX_LINE_BYTES): number | undefined {
  let line = 1;
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(0x0a, start);
    if (end < 0) {
      return bytes.length - start > max ? line : undefined;
    }
    if (end - start > max) return line;
    line++;
    start = end + 1;
  }
}

/** A line over 2 MB: `line` when known (DuckDB's own count is not to be trusted there). */
export const longLineError = (line?: number) =>
  line === undefined
    ? new ImportError(
        `a line of this file is longer than 2 MB, which no row of orders is: this is not a ` +
          `table of orders, or its line ends were lost (save it again as CSV); ${GOOD_FILE}`,
        { key: 'error.import.longLineAny', goodFile: true },
      )
    : new ImportError(
        `line ${line} is longer than 2 MB, which no row of orders is: this is not a table of ` +
          `orders, or its line ends were lost (save it again as CSV); ${GOOD_FILE}`,
        { key: 'error.import.longLine', params: { line }, goodFile: true },
      );

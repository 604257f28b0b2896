// The CSV reader's failures, said for the person who chose the file. DuckDB's messages
// ("Parameter Not Allowed Error: CSV Error on Line: 2", "IO Error: Input is not a GZIP
// stream") name its own parameters; the user gets what is wrong and where instead.
import { GOOD_FILE, ImportError } from './errors';
import { longLineError, notGzipError } from './first-bytes';

const messageOf = (e: unknown): string => {
  // ingestFile keeps the reader's first line as the `reason` of its own ImportError.
  if (e instanceof ImportError && typeof e.text?.params?.reason === 'string') {
    return e.text.params.reason;
  }
  return String(e instanceof Error ? e.message : e);
};

/**
 * The ImportError for a failure of the CSV reader, when the message is one of its own; else
 * undefined (another kind of failure, for the caller to pass on).
 */
export function knownReadError(e: unknown): ImportError | undefined {
  if (e instanceof ImportError && e.text && e.text.key !== 'error.import.csv') return e;
  const message = messageOf(e);
  if (/not a GZIP stream/i.test(message)) return notGzipError();
  // The reader's line number for a line too long is off (1 for the 62nd): none is said.
  if (/Maximum line size[^\n]*?exceeded/i.test(message)) return longLineError();
  const at = /CSV Error on Line: (\d+)/i.exec(message);
  const line = at ? Number(at[1]) : undefined;
  if (line !== undefined) {
    return new ImportError(
      `line ${line} of this file cannot be read as CSV (an unclosed quote, or bytes that are ` +
        `not text); ${GOOD_FILE}`,
      { key: 'error.import.badLine', params: { line }, goodFile: true },
    );
  }
  return undefined;
}

/** The ImportError for any failure to read a file as CSV (the reader's words stay out). */
export function readError(e: unknown): ImportError {
  return (
    knownReadError(e) ??
    new ImportError(`this file cannot be read as CSV; ${GOOD_FILE}`, {
      key: 'error.import.unreadable',
      goodFile: true,
    })
  );
}

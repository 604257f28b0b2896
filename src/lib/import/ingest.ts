// Reading a delimited text file for the mapping form. Only a sample is read here: the first
// SAMPLE_LIMIT bytes, cut at a line end, or the whole file when it is that small. Every cell is
// text, so that no row is lost to a type guess; typing and skipping happen in the canonical
// step, which reads the whole file once more, only its mapped columns, straight into `lines`
// (whole-read.ts, canonical.ts).
// Lines the CSV reader itself cannot read (bad encoding, broken quoting) are stored in
// REJECT_ERRORS instead of failing the file; they are counted as skipped rows with a reason.
// Quoting is RFC 4180 (`"`, doubled inside a quoted cell), not sniffed (see ReadOptions.quote).
// The parallel reader is used even on one thread (the browser's): it needs a third less time
// than the serial one for the same rows, in the same order. It refuses null_padding with
// quoted newlines (Shopify notes), and such a file is read again serially.
import type { Executor } from '../sql/executor';
import { literal } from '../sql/quote';
import { GOOD_FILE, ImportError } from './errors';

/** The file as read, for SQL cells: a view over the file once its mapping is confirmed. */
export const RAW = 'raw';
/** The rows the mapping form inspects: the sample, or every row when the file is small. */
export const SAMPLE = 'raw_sample';
/** Where read_csv stores the lines it could not read (temporary tables). */
export const REJECT_ERRORS = 'raw_reject_errors';
export const REJECT_SCANS = 'raw_reject_scans';
/** One row naming the files read (sample and whole input) and how they read (see normalize). */
export const RAW_SOURCE = 'raw_source';
/** Date-format counts per column of the current sample (see inspect.ts). */
export const DATE_COUNTS = 'raw_date_counts';

/** How much of a large file the mapping form reads (about 25,000 lines of a typical export). */
export const SAMPLE_LIMIT = 2 * 1024 * 1024;

/** Encodings DuckDB reads without an extension. */
export type Encoding = 'utf-16' | 'latin-1' | 'utf-8';

export interface ReadOptions {
  encoding?: Encoding;
  /** false: the first line is data (a file without a header); columns get made-up names. */
  header?: boolean;
  /** false: the serial reader, for files the parallel one refuses (default true). */
  parallel?: boolean;
  /**
   * false: the lenient reader, for files whose dialect the strict one cannot detect (a file of
   * blank lines). Strict is the default: the lenient reader lets an unclosed quote swallow
   * every line up to the next quote (10,000 lines of a test file, counted as one skipped row).
   */
  strict?: boolean;
  /** false: lines that cannot be read are passed over, not kept in REJECT_ERRORS. */
  storeRejects?: boolean;
  /**
   * The quote character, escaped by doubling it. RFC 4180's `"` unless the file clearly says
   * otherwise (normalize.ts: a header cell in single quotes). Never left to the sniffer: it
   * takes `'` for the quote in a file of O'Briens (shifting rows into one) and picks no
   * escape for `"Mug ""XL"", blue"` (splitting it in two). '' for none at all.
   */
  quote?: '"' | "'" | '';
}

/** The arguments of read_csv for `fileName`, the same for the sample and the whole file. */
export function readCsvArguments(fileName: string, options: ReadOptions = {}): string {
  const gz = /\.gz$/i.test(fileName);
  const extra = [
    gz ? "compression = 'gzip'" : '',
    options.encoding && options.encoding !== 'utf-8'
      ? `encoding = ${literal(options.encoding)}`
      : '',
  ].filter(Boolean);
  const quote = literal(options.quote ?? '"');
  return `${literal(fileName)},
  header = ${options.header === false ? 'false' : 'true'}, all_varchar = true, null_padding = true, strict_mode = ${options.strict !== false}, parallel = ${options.parallel !== false},
  quote = ${quote}, escape = ${quote}, sample_size = 20480, ${
    options.storeRejects === false
      ? 'ignore_errors = true'
      : `store_rejects = true, rejects_table = ${literal(REJECT_ERRORS)},
  rejects_scan = ${literal(REJECT_SCANS)}`
  }${extra.map((e) => `, ${e}`).join('')}`;
}

export function readCsvSql(fileName: string, options: ReadOptions = {}): string {
  return `CREATE OR REPLACE TABLE ${SAMPLE} AS SELECT * FROM read_csv(${readCsvArguments(fileName, options)})`;
}

/** The parallel reader's refusal of a file (quoted newlines with null padding). */
function isParallelRefusal(e: unknown): boolean {
  return /parallel scanner does not support/i.test(String(e instanceof Error ? e.message : e));
}

/** The strict reader's refusal to guess a file's dialect (the lenient one may read it). */
function isStrictRefusal(e: unknown): boolean {
  return /not possible to automatically detect the CSV parsing dialect/i.test(
    String(e instanceof Error ? e.message : e),
  );
}

/**
 * The options to try again with after `e`: the serial reader when the parallel one refused,
 * the lenient one when the strict one did; undefined when neither helps.
 */
export function fallbackReading(e: unknown, options: ReadOptions): ReadOptions | undefined {
  if (options.parallel !== false && isParallelRefusal(e)) return { ...options, parallel: false };
  if (options.strict !== false && isStrictRefusal(e)) return { ...options, strict: false };
  return undefined;
}

/** Run `sqlOf(options)`, again with a fallback reading (above) while one helps. */
export async function withReader(
  db: Executor,
  sqlOf: (options: ReadOptions) => string,
  options: ReadOptions = {},
): Promise<void> {
  try {
    await db.exec(sqlOf(options));
  } catch (e) {
    const fallback = fallbackReading(e, options);
    if (!fallback) throw e;
    await withReader(db, sqlOf, fallback);
  }
}

/** Read a file into the sample table. */
export const readCsv = (db: Executor, fileName: string, options: ReadOptions = {}) =>
  withReader(db, (o) => readCsvSql(fileName, o), options);

/**
 * What was read: the sample's file, the whole input's file (the same when `whole`), and how
 * they read (normalize.ts fills `reading` in).
 */
export interface RawSource {
  file: string;
  input: string;
  whole: boolean;
}

export const rawSourceSql = ({ file, input, whole }: RawSource) =>
  `CREATE OR REPLACE TABLE ${RAW_SOURCE} AS SELECT ${literal(file)} AS file, ${literal(input)} AS input,
  ${whole} AS whole, NULL::VARCHAR AS reading`;

export const rawCountSql = `SELECT count(*)::INTEGER AS n FROM ${SAMPLE}`;

export const rawSampleSql = (limit: number) =>
  `SELECT * FROM ${SAMPLE} LIMIT ${Math.max(1, Math.floor(limit))}`;

/**
 * Read the sample (or the whole file) for the mapping form, turning the reader's own failures
 * into an ImportError. `source.input` is the whole file, read again once the mapping is known.
 */
export async function ingestFile(db: Executor, source: RawSource | string): Promise<void> {
  const read = typeof source === 'string' ? { file: source, input: source, whole: true } : source;
  try {
    await readCsv(db, read.file);
    await db.exec(rawSourceSql(read));
  } catch (e) {
    const reason = String(e instanceof Error ? e.message : e).split('\n')[0];
    throw new ImportError(`this file cannot be read as CSV (${reason}); ${GOOD_FILE}`, {
      key: 'error.import.csv',
      params: { reason },
      goodFile: true,
    });
  }
}

/**
 * The bytes of a sample: the first `limit` bytes of the text, cut after its last line end
 * (a line cut in two would read as a broken row). Undefined when that leaves no data row.
 */
export function sampleEnd(head: Uint8Array, limit = SAMPLE_LIMIT): number | undefined {
  const part = head.subarray(0, limit);
  const last = part.lastIndexOf(0x0a);
  // A header and at least one whole row, or the sample is the file (a line of megabytes).
  if (last < 0 || part.indexOf(0x0a) === last) return undefined;
  // UTF-16 little-endian (read by DuckDB itself when detection missed it): keep the NUL half.
  return head[last + 1] === 0 ? last + 2 : last + 1;
}

// Reading a delimited text file into the `raw` table: every cell as text, so that no row is
// lost to a type guess; typing and skipping happen in the canonical step, with reasons.
// Lines the CSV reader itself cannot read (bad encoding, broken quoting) are stored in
// REJECT_ERRORS instead of failing the file; normalizeRaw() counts them as skipped rows.
// The parallel reader is used even on one thread (the browser's): it needs a third less time
// than the serial one for the same rows, in the same order. It refuses null_padding with
// quoted newlines (Shopify notes), and such a file is read again serially.
import type { Executor } from '../sql/executor';
import { literal } from '../sql/quote';
import { GOOD_FILE, ImportError } from './errors';

export const RAW = 'raw';
/** Where read_csv stores the lines it could not read (temporary tables). */
export const REJECT_ERRORS = 'raw_reject_errors';
export const REJECT_SCANS = 'raw_reject_scans';
/** One row naming the file `raw` was read from, so later steps can re-read it (encoding). */
export const RAW_SOURCE = 'raw_source';
/** Date-format counts per column of the current `raw` (see inspect.ts). */
export const DATE_COUNTS = 'raw_date_counts';

/** Encodings DuckDB reads without an extension. */
export type Encoding = 'utf-8' | 'utf-16' | 'latin-1';

export interface ReadOptions {
  encoding?: Encoding;
  /** false: the first line is data (a file without a header); columns get made-up names. */
  header?: boolean;
  /** false: the serial reader, for files the parallel one refuses (default true). */
  parallel?: boolean;
}

export function readCsvSql(fileName: string, options: ReadOptions = {}): string {
  const gz = /\.gz$/i.test(fileName);
  const extra = [
    gz ? "compression = 'gzip'" : '',
    options.encoding && options.encoding !== 'utf-8'
      ? `encoding = ${literal(options.encoding)}`
      : '',
  ].filter(Boolean);
  return `CREATE OR REPLACE TABLE ${RAW} AS SELECT * FROM read_csv(${literal(fileName)},
  header = ${options.header === false ? 'false' : 'true'}, all_varchar = true, null_padding = true, strict_mode = false, parallel = ${options.parallel !== false},
  sample_size = 20480, store_rejects = true, rejects_table = ${literal(REJECT_ERRORS)},
  rejects_scan = ${literal(REJECT_SCANS)}${extra.map((e) => `, ${e}`).join('')})`;
}

/** The parallel reader's refusal of a file (quoted newlines with null padding). */
export function isParallelRefusal(e: unknown): boolean {
  return /parallel scanner does not support/i.test(String(e instanceof Error ? e.message : e));
}

/** Read a file into `raw` with the parallel reader, or the serial one when it refuses. */
export async function readCsv(db: Executor, fileName: string, options: ReadOptions = {}) {
  try {
    await db.exec(readCsvSql(fileName, options));
  } catch (e) {
    if (!isParallelRefusal(e)) throw e;
    await db.exec(readCsvSql(fileName, { ...options, parallel: false }));
  }
}

/** Remember which file `raw` was read from. */
export const rawSourceSql = (fileName: string) =>
  `CREATE OR REPLACE TABLE ${RAW_SOURCE} AS SELECT ${literal(fileName)} AS file`;

export const rawCountSql = `SELECT count(*)::INTEGER AS n FROM ${RAW}`;

export const rawSampleSql = (limit: number) =>
  `SELECT * FROM ${RAW} LIMIT ${Math.max(1, Math.floor(limit))}`;

/**
 * Read a file into `raw`, turning the reader's own failures into an ImportError. The UI and
 * the CLI may run readCsvSql themselves; this is the same with a readable message.
 */
export async function ingestFile(db: Executor, fileName: string): Promise<void> {
  try {
    await readCsv(db, fileName);
    await db.exec(rawSourceSql(fileName));
  } catch (e) {
    const reason = String(e instanceof Error ? e.message : e).split('\n')[0];
    throw new ImportError(`this file cannot be read as CSV (${reason}); ${GOOD_FILE}`, {
      key: 'error.import.csv',
      params: { reason },
      goodFile: true,
    });
  }
}

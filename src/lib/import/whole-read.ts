// The whole file, read once its mapping is confirmed: straight from the file into `lines`,
// only the mapped columns, the same way the sample read (encoding, header). The sample's
// table serves instead when it holds the whole file already (a small file), or when the file
// needed a repair the reader cannot do (whitespace-aligned text) or does not read like its
// sample (the reader names its columns otherwise: prepare.ts catches that): then the whole
// file is read into that table first.
import { rowsOf, type Executor } from '../sql/executor';
import { ident } from '../sql/quote';
import {
  RAW,
  readCsv,
  readCsvArguments,
  rawSourceSql,
  REJECT_ERRORS,
  SAMPLE,
  type ReadOptions,
} from './ingest';
import {
  clearRejects,
  columnsOfRaw,
  normalizeRaw,
  readOptionsOf,
  rejectedLinesSql,
  sourceRead,
} from './normalize';

/** Where `lines` is built from. */
export type LineSource =
  | { kind: 'table' }
  | {
      kind: 'file';
      input: string;
      options: ReadOptions;
      /** Each column's name as the form shows it → its name as the reader gives it. */
      columns: Record<string, string>;
    };

/** read_csv(...) of the whole file, for a FROM clause. */
export function readWholeSql(source: LineSource & { kind: 'file' }, rejects = true): string {
  return `read_csv(${readCsvArguments(source.input, { ...source.options, storeRejects: rejects })})`;
}

/** Read the whole input into the sample table, as for a small file. */
export async function readAllIntoSample(db: Executor, input: string): Promise<LineSource> {
  await readCsv(db, input);
  await db.exec(rawSourceSql({ file: input, input, whole: true }));
  await normalizeRaw(db);
  return { kind: 'table' };
}

/** Decide where `lines` comes from, reading the whole file into the sample table if need be. */
export async function wholeSource(db: Executor): Promise<LineSource> {
  const source = await sourceRead(db);
  if (!source || source.whole) return { kind: 'table' };
  const reading = source.reading;
  if (!reading || reading.split) return readAllIntoSample(db, source.input);
  const options = readOptionsOf(reading);
  const shown = await columnsOfRaw(db);
  if (shown.length !== reading.names.length) return readAllIntoSample(db, source.input);
  await clearRejects(db);
  return {
    kind: 'file',
    input: source.input,
    options,
    columns: Object.fromEntries(shown.map((name, i) => [name, reading.names[i]])),
  };
}

/**
 * After `lines` is built from the file: the lines the reader could not read become skipped
 * rows numbered after the rows read, as the sample table numbers them (normalize.ts).
 * Returns how many lines, and how many of them for bad encoding.
 */
export async function appendRejectedLines(
  db: Executor,
): Promise<{ lines: number; encoding: number; rows: number }> {
  const [count] = rowsOf<{ lines: number; encoding: number; rows: number }>(
    await db.query(`SELECT count(DISTINCT line)::INTEGER AS lines,
  count(DISTINCT line) FILTER (WHERE error_type::VARCHAR = 'INVALID ENCODING')::INTEGER AS encoding,
  (SELECT count(*) FROM lines)::INTEGER AS "rows"
FROM ${REJECT_ERRORS}`),
  );
  if (count.lines > 0) {
    await db.exec(`INSERT INTO lines ("row", problem, reason)
SELECT "row", 'unreadable', reason FROM (${rejectedLinesSql(count.rows)})`);
  }
  await clearRejects(db);
  return count;
}

/** `raw` for SQL cells: the whole file as the form shows it, read when a query asks for it. */
export function rawViewSql(source: LineSource): string {
  if (source.kind === 'table') return `CREATE OR REPLACE VIEW ${RAW} AS SELECT * FROM ${SAMPLE}`;
  const columns = Object.entries(source.columns).map(
    ([shown, read]) => `${ident(read)} AS ${ident(shown)}`,
  );
  // Serial: DuckDB 1.4's parallel reader (the browser's), told to pass over bad lines, stops
  // at a quote left open and drops every line after it (tests/lib/import/lost-rows.test.ts).
  const serial = { ...source, options: { ...source.options, parallel: false } };
  return `CREATE OR REPLACE VIEW ${RAW} AS SELECT ${columns.join(', ')} FROM ${readWholeSql(serial, false)}`;
}

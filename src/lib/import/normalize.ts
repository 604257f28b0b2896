// Repairs to the freshly read sample table, done once per read (marked with a table comment,
// which CREATE OR REPLACE clears): re-read in the right encoding, split whitespace-aligned
// text into columns, and append one empty row per line the CSV reader rejected, so that
// count(*) of the table is every data row read and `raw_rejects` says why those rows are
// empty. How it was read in the end is kept (RAW_SOURCE.reading): the whole file is read
// the same way once the mapping is confirmed (whole-read.ts).
import { rowsOf, type Executor } from '../sql/executor';
import { ident, literal } from '../sql/quote';
import {
  DATE_COUNTS,
  RAW_SOURCE,
  readCsv,
  REJECT_ERRORS,
  REJECT_SCANS,
  SAMPLE,
  type RawSource,
  type ReadOptions,
} from './ingest';
import { generatedName, headerLooksLikeData } from './header';
import { splitColumnsOf } from './whitespace';

export const RAW_REJECTS = 'raw_rejects';
const MARK = 'regulars: normalized';

/** How the sample was read in the end, so that the whole file reads the same. */
export interface Reading extends ReadOptions {
  /** The column names as the reader gave them, before they were renamed here. */
  names: string[];
  /** The text was whitespace-aligned and split into columns here (not by the reader). */
  split: boolean;
}

/** The options of read_csv that make the whole file read as its sample did. */
export const readOptionsOf = (reading: Reading): ReadOptions => ({
  ...(reading.encoding ? { encoding: reading.encoding } : {}),
  ...(reading.header === false ? { header: false } : {}),
  ...(reading.quote !== undefined ? { quote: reading.quote } : {}),
});

/**
 * The quote to try instead of RFC 4180's, when the file read that way clearly says it is
 * quoted otherwise: a header cell wrapped in single quotes ('URL') means `'`; one column
 * whose name holds tabs or commas may be a stray `"` hiding every delimiter (a tab-separated
 * `"44.39`): no quote at all. Apostrophes inside names and values (O'Brien) say nothing.
 */
export function quoteToTry(names: string[]): ReadOptions['quote'] | undefined {
  if (names.some((n) => n.length > 2 && n.startsWith("'") && n.endsWith("'"))) return "'";
  // Only when the lone name holds a delimiter: a whitespace-aligned file is not read 3 times.
  if (names.length === 1 && /[,;\t|]/.test(names[0])) return '';
  return undefined;
}

export const createRejectsSql = (replace: boolean) =>
  `CREATE ${replace ? 'OR REPLACE TABLE' : 'TABLE IF NOT EXISTS'} ${RAW_REJECTS}
  ("row" BIGINT, line BIGINT, reason VARCHAR)`;

async function one<T>(db: Executor, sql: string): Promise<T | undefined> {
  return rowsOf<T>(await db.query(sql))[0];
}

/** Column names of the sample, in order (from the catalog: an empty result has no rows). */
export async function columnsOfRaw(db: Executor): Promise<string[]> {
  const r = await db.query(`SELECT column_name AS name FROM duckdb_columns()
WHERE table_name = ${literal(SAMPLE)} AND schema_name = 'main' ORDER BY column_index`);
  return rowsOf<{ name: string }>(r).map((c) => c.name);
}

async function tableExists(db: Executor, name: string): Promise<boolean> {
  const row = await one<{ n: number }>(
    db,
    `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = ${literal(name)}`,
  );
  return (row?.n ?? 0) > 0;
}

/** Lines read_csv rejected in this read, and how many of them for bad encoding. */
async function rejectCounts(db: Executor): Promise<{ lines: number; encoding: number }> {
  if (!(await tableExists(db, REJECT_ERRORS))) return { lines: 0, encoding: 0 };
  const row = await one<{ lines: number; encoding: number }>(
    db,
    `SELECT count(DISTINCT line)::INTEGER AS lines,
  count(DISTINCT line) FILTER (WHERE error_type::VARCHAR = 'INVALID ENCODING')::INTEGER AS encoding
FROM ${REJECT_ERRORS}`,
  );
  return row ?? { lines: 0, encoding: 0 };
}

export async function clearRejects(db: Executor): Promise<void> {
  if (await tableExists(db, REJECT_ERRORS)) await db.exec(`DELETE FROM ${REJECT_ERRORS}`);
  if (await tableExists(db, REJECT_SCANS)) await db.exec(`DELETE FROM ${REJECT_SCANS}`);
}

/** One empty raw row per rejected line, numbered after the rows read, with its reason. */
async function appendRejects(db: Executor, lines: number): Promise<void> {
  const n = await rawCount(db);
  const [first] = await columnsOfRaw(db);
  await db.exec(`INSERT INTO ${SAMPLE} (${ident(first)}) SELECT NULL FROM range(${lines})`);
  await db.exec(`INSERT INTO ${RAW_REJECTS} ${rejectedLinesSql(n)}`);
}

/**
 * The lines the reader rejected, one row each, numbered after the `after` rows it read:
 * `"row"`, `line` and `reason` (the reader's own first line of the message).
 */
export const rejectedLinesSql = (
  after: number,
) => `SELECT ${after} + row_number() OVER (ORDER BY line) AS "row", line,
  CASE WHEN more > 0 THEN 'lines ' || line || '-' || (line + more) ELSE 'line ' || line END
  || ' of the file cannot be read: ' || left(split_part(message, chr(10), 1), 200) AS reason
FROM (SELECT line::BIGINT AS line, min(error_message) AS message,
        -- A quote left open runs on over the line ends up to the next quote: name every line.
        max(length(csv_line) - length(replace(csv_line, chr(10), ''))) AS more
      FROM ${REJECT_ERRORS} GROUP BY line)`;

export interface SourceRead extends RawSource {
  reading: Reading | null;
}

/** The files read and how (null before any file was read through ingestFile). */
export async function sourceRead(db: Executor): Promise<SourceRead | null> {
  if (!(await tableExists(db, RAW_SOURCE))) return null;
  const row = await one<RawSource & { reading: string | null }>(
    db,
    `SELECT file, input, whole, reading FROM ${RAW_SOURCE}`,
  );
  if (!row) return null;
  return { ...row, reading: row.reading ? (JSON.parse(row.reading) as Reading) : null };
}

/**
 * UTF-16 read as UTF-8: NUL characters in the names, or in most of the first values. A few
 * values with NULs are UTF-16 lines pasted into a UTF-8 file: read as UTF-16, the whole file
 * would become a handful of rows of nonsense.
 */
async function looksUtf16(db: Executor): Promise<boolean> {
  const names = await columnsOfRaw(db);
  if (names.some((n) => n.includes('\0') || n.startsWith('\uFFFD'))) return true;
  const first = ident(names[0]);
  const row = await one<{ n: number; nul: number }>(
    db,
    `SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE contains(v, chr(0)))::INTEGER AS nul
     FROM (SELECT ${first} AS v FROM ${SAMPLE} LIMIT 50)`,
  );
  return !!row && row.nul > 0 && row.nul * 2 > row.n;
}

/** Rows read plus lines rejected: every line of the file the reader saw. */
async function linesSeen(db: Executor): Promise<number> {
  return (await rawCount(db)) + (await rejectCounts(db)).lines;
}

/**
 * Read the file again another way, and keep that reading only when it works and sees as many
 * lines as `before` (a file in mixed encodings can read as fewer, longer lines of nonsense)
 * and is `better` as it says; otherwise read it again the way it was (`previous`), rejected lines included, and say no.
 */
async function reread(
  db: Executor,
  file: string,
  options: ReadOptions,
  previous: ReadOptions,
  before: number,
  better: () => Promise<boolean> = async () => true,
): Promise<boolean> {
  await clearRejects(db);
  try {
    await readCsv(db, file, options);
    if ((await linesSeen(db)) >= before && (await better())) return true;
  } catch {
    // not that encoding either (a binary file, or a mix): inspection will say so
  }
  await clearRejects(db);
  await readCsv(db, file, previous);
  return false;
}

/**
 * DuckDB names the columns of a headerless read column0, column1, ... (column00 when there
 * are ten or more); rename them column1, column2, ... as the CLI's --map and the form say.
 * Last first, so that no new name is still taken.
 */
async function numberColumns(db: Executor): Promise<void> {
  const names = await columnsOfRaw(db);
  for (let i = names.length - 1; i >= 0; i--) {
    if (names[i] === generatedName(i)) continue;
    await db.exec(
      `ALTER TABLE ${SAMPLE} RENAME COLUMN ${ident(names[i])} TO ${ident(generatedName(i))}`,
    );
  }
}

async function rawCount(db: Executor): Promise<number> {
  return (await one<{ n: number }>(db, `SELECT count(*)::INTEGER AS n FROM ${SAMPLE}`))?.n ?? 0;
}

/**
 * DuckDB keeps the escaped quotes of a quoted header cell doubled (the cell `"a ""b"""`
 * names the column `a ""b""`, in 1.4 and 1.5): name it as the file means it, `a "b"`.
 */
async function unescapeQuotes(db: Executor): Promise<void> {
  const names = await columnsOfRaw(db);
  for (const name of names) {
    const meant = name.replaceAll('""', '"');
    if (meant === name || names.includes(meant)) continue;
    await db.exec(`ALTER TABLE ${SAMPLE} RENAME COLUMN ${ident(name)} TO ${ident(meant)}`);
  }
}

/** Make the sample ready for inspection; safe to call again (does nothing the second time). */
export async function normalizeRaw(db: Executor): Promise<void> {
  const marked = await one<{ c: string | null }>(
    db,
    `SELECT any_value(comment) AS c FROM duckdb_tables()
WHERE table_name = ${literal(SAMPLE)} AND NOT temporary`,
  );
  if (marked?.c === MARK) return;
  await db.exec(`DROP TABLE IF EXISTS ${DATE_COUNTS}`);
  const source = await sourceRead(db);
  const file = source?.file;
  const reading: ReadOptions = {};
  let names: string[] | undefined;
  if (file) {
    const shown = await columnsOfRaw(db);
    const quote = quoteToTry(shown);
    if (quote !== undefined) {
      // Kept only if no line is lost; no quote at all only if it finds columns.
      const more = async () => !!quote || (await columnsOfRaw(db)).length > 1;
      if (await reread(db, file, { quote }, {}, await linesSeen(db), more)) reading.quote = quote;
    }
    const rejected = await rejectCounts(db);
    if (await looksUtf16(db)) reading.encoding = 'utf-16';
    // Many lines in bad UTF-8: the file is in a single-byte encoding, and Latin-1 reads
    // every byte. A few bad lines in a UTF-8 file stay skipped rows instead. (Files are
    // transcoded to UTF-8 before they get here; this is for what detection missed.)
    else if (
      rejected.encoding > 0 &&
      rejected.encoding >= 0.01 * ((await rawCount(db)) + rejected.lines)
    ) {
      reading.encoding = 'latin-1';
    }
    const seen = rejected.lines + (await rawCount(db));
    const before = reading.quote !== undefined ? { quote: reading.quote } : {};
    if (reading.encoding && !(await reread(db, file, reading, before, seen))) {
      delete reading.encoding;
    }
    if (headerLooksLikeData(await columnsOfRaw(db))) {
      // Without a header the first line is a row: one more than before.
      if (await reread(db, file, { ...reading, header: false }, reading, 1)) {
        reading.header = false;
        names = await columnsOfRaw(db);
        await numberColumns(db);
      }
    }
  }
  names ??= await columnsOfRaw(db);
  await unescapeQuotes(db);
  const split = await splitColumnsOf(db);
  if (split) await db.exec(split);
  if (source) {
    const read: Reading = { ...reading, names, split: !!split };
    await db.exec(`UPDATE ${RAW_SOURCE} SET reading = ${literal(JSON.stringify(read))}`);
  }
  await db.exec(createRejectsSql(true));
  const { lines } = await rejectCounts(db);
  if (lines > 0) await appendRejects(db, lines);
  await clearRejects(db);
  await db.exec(`COMMENT ON TABLE ${SAMPLE} IS ${literal(MARK)}`);
}

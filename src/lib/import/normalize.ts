// Repairs to the freshly read `raw` table, done once per read (marked with a table comment,
// which CREATE OR REPLACE clears): re-read in the right encoding, split whitespace-aligned
// text into columns, and append one empty row per line the CSV reader rejected, so that
// count(*) FROM raw is every data row read and `raw_rejects` says why those rows are empty.
import { rowsOf, type Executor } from '../sql/executor';
import { ident, literal } from '../sql/quote';
import {
  DATE_COUNTS,
  RAW,
  RAW_SOURCE,
  readCsv,
  REJECT_ERRORS,
  REJECT_SCANS,
  type Encoding,
} from './ingest';
import { splitColumnsOf } from './whitespace';

export const RAW_REJECTS = 'raw_rejects';
const MARK = 'regulars: normalized';

export const createRejectsSql = (replace: boolean) =>
  `CREATE ${replace ? 'OR REPLACE TABLE' : 'TABLE IF NOT EXISTS'} ${RAW_REJECTS}
  ("row" BIGINT, line BIGINT, reason VARCHAR)`;

async function one<T>(db: Executor, sql: string): Promise<T | undefined> {
  return rowsOf<T>(await db.query(sql))[0];
}

/** Column names of raw, in order (from the catalog: an empty result has no rows to read). */
export async function columnsOfRaw(db: Executor): Promise<string[]> {
  const r = await db.query(`SELECT column_name AS name FROM duckdb_columns()
WHERE table_name = ${literal(RAW)} AND schema_name = 'main' ORDER BY column_index`);
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

async function clearRejects(db: Executor): Promise<void> {
  if (await tableExists(db, REJECT_ERRORS)) await db.exec(`DELETE FROM ${REJECT_ERRORS}`);
  if (await tableExists(db, REJECT_SCANS)) await db.exec(`DELETE FROM ${REJECT_SCANS}`);
}

/** One empty raw row per rejected line, numbered after the rows read, with its reason. */
async function appendRejects(db: Executor, lines: number): Promise<void> {
  const n = await rawCount(db);
  const [first] = await columnsOfRaw(db);
  await db.exec(`INSERT INTO ${RAW} (${ident(first)}) SELECT NULL FROM range(${lines})`);
  await db.exec(`INSERT INTO ${RAW_REJECTS}
SELECT ${n} + row_number() OVER (ORDER BY line), line,
  'line ' || line || ' of the file cannot be read: ' || left(split_part(message, chr(10), 1), 200)
FROM (SELECT line::BIGINT AS line, min(error_message) AS message
      FROM ${REJECT_ERRORS} GROUP BY line)`);
}

async function sourceFile(db: Executor): Promise<string | undefined> {
  if (!(await tableExists(db, RAW_SOURCE))) return undefined;
  return (
    (await one<{ file: string | null }>(db, `SELECT file FROM ${RAW_SOURCE}`))?.file ?? undefined
  );
}

/** NUL characters in names or the first values: UTF-16 read as UTF-8. */
async function looksUtf16(db: Executor): Promise<boolean> {
  const names = await columnsOfRaw(db);
  if (names.some((n) => n.includes('\0') || n.startsWith('\uFFFD'))) return true;
  const first = ident(names[0]);
  const row = await one<{ n: number }>(
    db,
    `SELECT count(*)::INTEGER AS n FROM (SELECT ${first} AS v FROM ${RAW} LIMIT 50)
     WHERE contains(v, chr(0))`,
  );
  return (row?.n ?? 0) > 0;
}

/** Read the file again in another encoding; keeps the first reading when that fails. */
async function reread(db: Executor, file: string, encoding: Encoding): Promise<void> {
  await clearRejects(db);
  try {
    await readCsv(db, file, { encoding });
  } catch {
    return; // not that encoding either (a binary file): inspection will say so
  }
}

async function rawCount(db: Executor): Promise<number> {
  return (await one<{ n: number }>(db, `SELECT count(*)::INTEGER AS n FROM ${RAW}`))?.n ?? 0;
}

/** Make `raw` ready for inspection; safe to call again (does nothing the second time). */
export async function normalizeRaw(db: Executor): Promise<void> {
  const marked = await one<{ c: string | null }>(
    db,
    `SELECT any_value(comment) AS c FROM duckdb_tables()
WHERE table_name = ${literal(RAW)} AND NOT temporary`,
  );
  if (marked?.c === MARK) return;
  await db.exec(`DROP TABLE IF EXISTS ${DATE_COUNTS}`);
  const file = await sourceFile(db);
  if (file) {
    const rejected = await rejectCounts(db);
    if (await looksUtf16(db)) await reread(db, file, 'utf-16');
    // Many lines in bad UTF-8: the file is in a single-byte encoding, and Latin-1 reads
    // every byte. A few bad lines in a UTF-8 file stay skipped rows instead.
    else if (
      rejected.encoding > 0 &&
      rejected.encoding >= 0.01 * ((await rawCount(db)) + rejected.lines)
    ) {
      await reread(db, file, 'latin-1');
    }
  }
  const split = await splitColumnsOf(db);
  if (split) await db.exec(split);
  await db.exec(createRejectsSql(true));
  const { lines } = await rejectCounts(db);
  if (lines > 0) await appendRejects(db, lines);
  await clearRejects(db);
  await db.exec(`COMMENT ON TABLE ${RAW} IS ${literal(MARK)}`);
}

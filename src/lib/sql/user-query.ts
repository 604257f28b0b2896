// What becomes of a query typed in a SQL cell: refused before it reaches the database when it
// is not a single read-only statement, run with a row cap otherwise, and its failure sorted
// into "blocked" (it tried to reach outside the user's data), "cancelled" or an ordinary error.
import { checkReadOnly } from './read-only';

/** Rows of a result kept for the page; the rest are only counted. */
export const ROW_CAP = 100_000;

/** The message of the error a cancelled query ends with. */
export const QUERY_CANCELLED = 'regulars: query cancelled';

export type Refusal =
  { ok: false; kind: 'empty' | 'many' } | { ok: false; kind: 'write' | 'outside'; word: string };

// Table functions that read files or URLs. The locked-down database refuses them anyway (but
// for the user's own registered file, which `raw` already holds); naming them here gives a
// clear message before the engine is asked.
const FILE_READERS = [
  'read_csv',
  'read_csv_auto',
  'read_parquet',
  'parquet_scan',
  'parquet_metadata',
  'parquet_schema',
  'read_json',
  'read_json_auto',
  'read_json_objects',
  'read_ndjson',
  'read_ndjson_auto',
  'read_ndjson_objects',
  'read_text',
  'read_blob',
  'read_xlsx',
  'sniff_csv',
  'glob',
  'st_read',
  'iceberg_scan',
  'delta_scan',
];
const READER_CALL = new RegExp(`(?:^|[^\\w$])(${FILE_READERS.join('|')})\\s*\\(`, 'i');

/** The query without comments and string literals; quoted names lose their quotes. */
function code(sql: string): string {
  return sql
    .replace(/--[^\n]*|\/\*[\s\S]*?(\*\/|$)/g, ' ')
    .replace(/'(?:[^']|'')*'?/g, "''")
    .replace(/"((?:[^"]|"")*)"?/g, (_, name: string) => name.replace(/""/g, '"'));
}

/** The file-reading function a query calls, if any (`read_csv`, `glob`, …). */
export function fileReader(sql: string): string | null {
  return READER_CALL.exec(code(sql))?.[1]?.toLowerCase() ?? null;
}

/** The statement to send, or why it is refused before reaching the database. */
export function prepareUserQuery(sql: string): { ok: true; sql: string } | Refusal {
  const check = checkReadOnly(sql);
  if (check.ok) {
    const reader = fileReader(check.sql);
    return reader ? { ok: false, kind: 'outside', word: reader } : check;
  }
  if (check.reason === 'write') {
    return { ok: false, kind: 'write', word: (check.word ?? '').toUpperCase() };
  }
  return { ok: false, kind: check.reason };
}

// DuckDB's words when the locked-down configuration stops a statement: a file or URL that is
// not the user's, a setting that cannot change, an extension that may not load.
const BLOCKED = [
  /permission error/i,
  /enable_external_access/i,
  /external access/i,
  /lock_configuration/i,
  /configuration.*locked|locked.*configuration/i,
  /cannot change .* while database is running/i,
  /extension .* (not|could not be) (found|loaded|installed)/i,
  /autoload(ing)? .* disabled/i,
];

export type QueryFailure = 'blocked' | 'cancelled' | 'error';

export function classifyFailure(message: string): QueryFailure {
  if (message.includes(QUERY_CANCELLED)) return 'cancelled';
  if (BLOCKED.some((p) => p.test(message))) return 'blocked';
  return 'error';
}

/** An error's message as DuckDB wrote it (comlink passes it on as `message`). */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && 'message' in e) return String(e.message);
  return String(e);
}

/**
 * A SQL cell's query that asked the engine for more than it has: DuckDB refused it the memory
 * (the engine lives on), or the wasm ran out or trapped (the engine was restarted and the data
 * read again, `restarted`).
 */
export class EngineQueryError extends Error {
  constructor(
    /** What DuckDB or the wasm said, first line. */
    readonly reason: string,
    /** The failure was for lack of memory (not some other trap of the engine). */
    readonly memory: boolean,
    readonly restarted: boolean,
  ) {
    super(reason);
    this.name = 'EngineQueryError';
  }
}

// SQL cells only read, and DuckDB, not this file, says what a cell's text is. Its tokenizer
// (every quoting form it knows: '', E'', $$ and $tag$ strings, "names", comments) finds where the
// statement ends and which functions it calls; its parser, in the worker, must then accept the
// text wrapped as `SELECT * FROM (<text>)` as exactly one statement, which only a query is
// (SELECT, WITH … SELECT, FROM-first, VALUES, TABLE, DESCRIBE, SUMMARIZE, SHOW, PIVOT … IN,
// UNPIVOT). EXPLAIN [ANALYZE] is allowed in front of such a query. The worker runs what is
// planned here in a transaction it always rolls back.

/** DuckDB's tokens of a text (`bindings.tokenize`): UTF-8 byte offsets and kinds; no comments. */
export interface Tokens {
  offsets: number[];
  types: number[];
}

// DuckDB's token kinds (duckdb-wasm's TokenType).
const IDENTIFIER = 0;
const OPERATOR = 3;
const KEYWORD = 4;

export type Refusal =
  { kind: 'empty' | 'many' | 'expands' } | { kind: 'write' | 'outside'; word: string };

export interface Planned {
  ok: true;
  /** The user's statement without its trailing semicolons (prepared for DuckDB's own errors). */
  statement: string;
  /** What runs: the statement as a subquery of a SELECT, behind EXPLAIN [ANALYZE] if asked. */
  run: string;
}

// Table functions that read files or URLs. The locked-down database refuses them anyway (but
// for the user's own registered file, which `raw` already holds); naming them gives a clear
// message before the engine is asked.
const FILE_READERS = new Set([
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
]);

// Table functions a SELECT may call that change the engine's state (not the tables' rows):
// checkpointing and logging. Refused by name, as DuckDB's tokenizer sees it.
const HOUSEKEEPING = new Set([
  'checkpoint',
  'force_checkpoint',
  'enable_logging',
  'disable_logging',
  'truncate_duckdb_logs',
]);

/** JavaScript string positions of DuckDB's UTF-8 byte offsets. */
function positions(sql: string, offsets: readonly number[]): number[] {
  const result: number[] = [];
  let byte = 0;
  let index = 0;
  for (const offset of offsets) {
    while (byte < offset && index < sql.length) {
      const code = sql.codePointAt(index) ?? 0;
      byte += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      index += code >= 0x10000 ? 2 : 1;
    }
    result.push(index);
  }
  return result;
}

/** A token's name: an unquoted word in lower case, or a quoted name as written. */
function nameAt(text: string): string {
  const quoted = /^"((?:[^"]|"")*)"/.exec(text);
  if (quoted) return quoted[1].replace(/""/g, '"');
  return (/^[\p{L}_][\p{L}\p{N}_$]*/u.exec(text)?.[0] ?? '').toLowerCase();
}

/** The statement a SQL cell may run, or why not, from the text and DuckDB's tokens of it. */
export function planUserQuery(
  sql: string,
  tokens: Tokens,
): Planned | { ok: false; refusal: Refusal } {
  const starts = positions(sql, tokens.offsets);
  const text = (i: number) => sql.slice(starts[i], starts[i + 1] ?? sql.length);
  const isSemicolon = (i: number) => tokens.types[i] === OPERATOR && text(i).startsWith(';');
  let end = starts.length;
  while (end > 0 && isSemicolon(end - 1)) end--;
  if (end === 0) return { ok: false, refusal: { kind: 'empty' } };
  for (let i = 0; i < end; i++) {
    if (isSemicolon(i)) return { ok: false, refusal: { kind: 'many' } };
  }
  for (let i = 0; i + 1 < end; i++) {
    if (tokens.types[i] !== IDENTIFIER && tokens.types[i] !== KEYWORD) continue;
    if (tokens.types[i + 1] !== OPERATOR || !text(i + 1).startsWith('(')) continue;
    const name = nameAt(text(i));
    if (FILE_READERS.has(name)) return { ok: false, refusal: { kind: 'outside', word: name } };
    if (HOUSEKEEPING.has(name)) return { ok: false, refusal: { kind: 'write', word: name } };
  }
  const statement = sql.slice(0, starts[end] ?? sql.length).trim();
  // EXPLAIN [ANALYZE] of a query: the query goes inside the SELECT, the words stay in front.
  let body = 0;
  if (tokens.types[0] === KEYWORD && nameAt(text(0)) === 'explain') {
    body = 1;
    if (body < end && tokens.types[body] === KEYWORD && /^analy[sz]e$/.test(nameAt(text(body)))) {
      body++;
    }
  }
  if (body >= end) return { ok: false, refusal: { kind: 'write', word: 'EXPLAIN' } };
  const prefix = body === 0 ? '' : `${sql.slice(0, starts[body]).trim()} `;
  const query = sql.slice(starts[body], starts[end] ?? sql.length);
  return { ok: true, statement, run: `${prefix}SELECT * FROM (\n${query}\n)` };
}

/**
 * The word to name when DuckDB did not take the statement as a query: its first word, or for
 * `WITH … DELETE` the first word after the common table expressions.
 */
export function statementWord(sql: string, tokens: Tokens): string {
  const starts = positions(sql, tokens.offsets);
  const text = (i: number) => sql.slice(starts[i], starts[i + 1] ?? sql.length);
  const first = nameAt(text(0) ?? '').toUpperCase();
  if (first !== 'WITH') return first;
  let depth = 0;
  for (let i = 1; i < starts.length; i++) {
    const t = text(i);
    if (tokens.types[i] === OPERATOR) {
      if (t.startsWith('(')) depth++;
      else if (t.startsWith(')')) depth--;
    } else if (depth === 0 && tokens.types[i] === KEYWORD && tokens.types[i - 1] === OPERATOR) {
      const word = nameAt(t).toUpperCase();
      if (text(i - 1).startsWith(')') && word !== 'AS') return word;
    }
  }
  return first;
}

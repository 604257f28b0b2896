// Where the tables live: an in-memory database with compression on. DuckDB's default in-memory
// database stores every cell uncompressed (16 bytes a text cell), so a 10M-line export's `raw`
// and `lines` did not fit together in the browser's 3 GB; compressed, the same tables take a
// tenth of that (1M lines: 135 MB → 12 MB for `raw`) and are read no slower.

export const WORK_DATABASE = 'regulars';

/** Make the work database the default for this connection (each new connection needs it). */
export const useWorkDatabaseSql = `USE ${WORK_DATABASE}`;

/** Run once on a fresh engine, before the lockdown (which refuses ATTACH afterwards). */
export const openWorkDatabaseSql = [
  `ATTACH IF NOT EXISTS ':memory:' AS ${WORK_DATABASE} (COMPRESS)`,
  useWorkDatabaseSql,
];

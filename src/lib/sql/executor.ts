// The narrow interface every engine adapter implements: the worker in the browser,
// @duckdb/node-api in the CLI and tests. Results are plain columns, never Arrow objects.

export type Cell = string | number | boolean | null;

export interface QueryResult {
  names: string[];
  columns: Record<string, Cell[]>;
  length: number;
}

export interface Executor {
  query(sql: string): Promise<QueryResult>;
  exec(sql: string): Promise<void>;
}

/**
 * An engine that also hands a whole result over as Arrow IPC stream bytes, and takes such bytes
 * back into a table (the browser's worker): columns then go from worker to worker as they are.
 */
export interface ArrowExecutor extends Executor {
  queryArrow(sql: string): Promise<Uint8Array>;
  /** Append the rows of the bytes to an existing table, column by column in table order. */
  insertArrow(table: string, ipc: Uint8Array): Promise<void>;
}

export const movesArrow = (db: Executor): db is ArrowExecutor =>
  'queryArrow' in db && 'insertArrow' in db;

/** Rows as objects, for small results (summaries, segment tables). */
export function rowsOf<T = Record<string, Cell>>(result: QueryResult): T[] {
  const rows: T[] = [];
  for (let i = 0; i < result.length; i++) {
    const row: Record<string, Cell> = {};
    for (const name of result.names) row[name] = result.columns[name][i];
    rows.push(row as T);
  }
  return rows;
}

/** Convert one engine value to a plain JSON-safe cell (BigInt to number, dates to ISO text). */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return String(value);
}

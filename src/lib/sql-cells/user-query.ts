// What becomes of a query typed in a SQL cell. The worker decides, with DuckDB's own tokenizer
// and parser (see read-only.ts), whether it is a single query, refuses it otherwise with a
// QUERY_REFUSED error, and runs it with a row cap; its failure is sorted here into "refused",
// "blocked" (it tried to reach outside the user's data), "cancelled" or an ordinary error.
import type { Refusal } from './read-only';

export type { Refusal } from './read-only';

/** Rows of a result kept for the page; the rest are only counted. */
export const ROW_CAP = 100_000;

/** The message of the error a cancelled query ends with. */
export const QUERY_CANCELLED = 'regulars: query cancelled';

/** The start of the message of the error a refused query ends with; the refusal follows. */
export const QUERY_REFUSED = 'regulars: query refused ';

export const refusedMessage = (refusal: Refusal) => `${QUERY_REFUSED}${JSON.stringify(refusal)}`;

/** The refusal a failed query's message carries, if it was refused. */
export function refusalOf(message: string): Refusal | null {
  const at = message.indexOf(QUERY_REFUSED);
  if (at < 0) return null;
  const json = /^\{[^\n]*\}/.exec(message.slice(at + QUERY_REFUSED.length))?.[0];
  try {
    return json ? (JSON.parse(json) as Refusal) : null;
  } catch {
    return null;
  }
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

export type QueryFailure = 'refused' | 'blocked' | 'cancelled' | 'error';

export function classifyFailure(message: string): QueryFailure {
  if (message.includes(QUERY_CANCELLED)) return 'cancelled';
  if (message.includes(QUERY_REFUSED)) return 'refused';
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

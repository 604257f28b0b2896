// A query typed by the user in a SQL cell: run on a connection of its own, a step at a time,
// so that the worker reads its messages between steps and a cancel request can stop it; only
// the first `cap` rows are kept, the rest are counted as they stream past.
// It must read and nothing else (see src/lib/sql-cells/read-only.ts): DuckDB's tokenizer finds where
// it ends; DuckDB's parser must take it as exactly one statement, and, wrapped as
// `SELECT * FROM (<query>)`, still as exactly one, which only a query is; and it runs in a
// transaction that is always rolled back, so that even a write that got through would vanish.
import { RecordBatchReader, Table, type RecordBatch } from 'apache-arrow';
import type { DuckDBBindings, DuckDBConnection } from 'duckdb-wasm-blocking';
import type { QueryResult } from '../src/lib/sql/executor';
import { planUserQuery, statementWord, type Refusal } from '../src/lib/sql-cells/read-only';
import { QUERY_CANCELLED, refusedMessage } from '../src/lib/sql-cells/user-query';
import { useDatabaseSql } from './work-database';
import { toColumns } from './arrow';

export interface CappedResult {
  result: QueryResult;
  /** Rows the query returned in all. */
  total: number;
}

/** Let the worker handle waiting messages (a cancel) before the next step: a macrotask. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });

export class UserQueries {
  #db: () => DuckDBBindings;
  /** The database holding the file's tables (it changes with the size of the file read). */
  #database: () => string;
  #connection: DuckDBConnection | null = null;
  #cancelled = false;
  #running = false;

  constructor(db: () => DuckDBBindings, database: () => string) {
    this.#db = db;
    this.#database = database;
  }

  /** Ask the running query to stop; false when none runs. */
  cancel(): boolean {
    if (!this.#running) return false;
    this.#cancelled = true;
    return true;
  }

  async run(sql: string, cap: number): Promise<CappedResult> {
    // One at a time (the page sends them one by one; this only guards against overlap).
    while (this.#running) await nextTask();
    this.#running = true;
    this.#cancelled = false;
    this.#connection ??= this.#db().connect();
    const connection = this.#connection;
    try {
      connection.query(useDatabaseSql(this.#database()));
      connection.query('BEGIN TRANSACTION');
      const result = await connection.useUnsafe(async (bindings, id) => {
        const run = this.#plan(bindings, id, sql);
        return this.#stream(bindings, id, run, cap);
      });
      connection.query('ROLLBACK');
      return result;
    } catch (e) {
      // Closing the connection also rolls its transaction back.
      // A stopped or failed query may leave a result open: start the next one afresh.
      this.#connection = null;
      try {
        connection.close();
      } catch {
        // already unusable
      }
      throw e;
    } finally {
      this.#running = false;
    }
  }

  /** The statement to run, once DuckDB's parser took it for a single query; else throws. */
  #plan(bindings: DuckDBBindings, id: number, sql: string): string {
    const tokens = bindings.tokenize(sql);
    const planned = planUserQuery(sql, tokens);
    const refuse = (refusal: Refusal) => new Error(refusedMessage(refusal));
    if (!planned.ok) throw refuse(planned.refusal);
    // Parsed and planned, never executed: DuckDB's own error (with the user's line and
    // position) for a mistake; more than one statement from one (a PIVOT without IN …).
    try {
      bindings.closePrepared(id, bindings.createPrepared(id, planned.statement));
    } catch (e) {
      if (/multiple statements/i.test(String((e as Error).message))) {
        throw refuse({ kind: 'expands' });
      }
      throw e;
    }
    try {
      bindings.closePrepared(id, bindings.createPrepared(id, planned.run));
    } catch {
      throw refuse({ kind: 'write', word: statementWord(sql, tokens) });
    }
    return planned.run;
  }

  #check(bindings: DuckDBBindings, id: number): void {
    if (!this.#cancelled) return;
    bindings.cancelPendingQuery(id);
    throw new Error(QUERY_CANCELLED);
  }

  async #stream(
    bindings: DuckDBBindings,
    id: number,
    sql: string,
    cap: number,
  ): Promise<CappedResult> {
    let header = bindings.startPendingQuery(id, sql, true);
    while (header === null) {
      await nextTask();
      this.#check(bindings, id);
      header = bindings.pollPendingQuery(id);
    }
    const first = header;
    const check = () => this.#check(bindings, id);
    async function* chunks(): AsyncGenerator<Uint8Array> {
      yield first;
      for (;;) {
        await nextTask();
        check();
        const chunk = bindings.fetchQueryResults(id);
        if (chunk === null) continue;
        if (chunk.length === 0) return;
        yield chunk;
      }
    }
    const reader = await RecordBatchReader.from(chunks());
    const kept: RecordBatch[] = [];
    let rows = 0;
    let total = 0;
    for await (const batch of reader) {
      total += batch.numRows;
      if (rows < cap) {
        const part = batch.numRows > cap - rows ? batch.slice(0, cap - rows) : batch;
        kept.push(part);
        rows += part.numRows;
      }
    }
    const table = kept.length > 0 ? new Table(kept) : new Table(reader.schema);
    return { result: toColumns(table), total };
  }
}

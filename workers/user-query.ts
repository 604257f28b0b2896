// A query typed by the user in a SQL cell: run on a connection of its own, a step at a time,
// so that the worker reads its messages between steps and a cancel request can stop it; only
// the first `cap` rows are kept, the rest are counted as they stream past.
import { RecordBatchReader, Table, type RecordBatch } from 'apache-arrow';
import type { DuckDBBindings, DuckDBConnection } from 'duckdb-wasm-blocking';
import type { QueryResult } from '../src/lib/sql/executor';
import { QUERY_CANCELLED } from '../src/lib/sql/user-query';
import { useDatabaseSql } from '../src/lib/sql/work-database';
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
      return await connection.useUnsafe((bindings, id) => this.#stream(bindings, id, sql, cap));
    } catch (e) {
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

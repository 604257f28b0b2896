// The SQL cells' side of the session: the views they read (`raw`, `customers`…) and their
// columns, and their queries on the engine. A query waits while the data is read again after a
// restart; a failure is judged here: DuckDB's own error stays the cell's, one that needed more
// memory than the engine has is blamed on the query (and the engine restarted when it did not
// survive), a user's cancel reads as cancelled, and a query whose engine was replaced for
// another reason (another file) ends silently. The order of the queries is SqlRuns'.
import type { DatabaseClient } from '../db/client';
import { engineFailure, type EngineFailure } from '../db/errors';
import { errorText } from '../i18n/errors';
import type { QueryResult } from '../sql/executor';
import { classifyFailure, EngineQueryError, errorMessage, ROW_CAP } from '../sql-cells/user-query';
import { readUserSchema, USER_TABLES, userViewsSql, type SqlSchema } from '../sql-cells/user-views';
import type { Engine } from './engine.svelte';
import type { QueryRunner } from './sql-runs.svelte';

/** How long a cancelled SQL query may take to stop before the engine is restarted instead. */
export const CANCEL_GRACE_MS = 3000;

/** What the SQL cells need of the session. */
export interface QueryHost {
  /** A file's data is loaded: its tables should answer. */
  hasData(): boolean;
  /** `db` failed under a SQL cell's query: restart it and read the data again, blaming the query. */
  recover(db: DatabaseClient, failure: EngineFailure, e: unknown): void;
  /** A query would not stop: end the engine and read the data shown again. */
  readAgain(): Promise<void>;
}

export class UserQueries implements QueryRunner {
  /** The views SQL cells read are there for the data shown (a moment after it is drawn). */
  ready = $state(false);
  /** The tables and views a SQL cell can read, with their columns (for completion). */
  schema = $state.raw<SqlSchema>({});
  #engine: Engine;
  #host: QueryHost;

  constructor(engine: Engine, host: QueryHost) {
    this.#engine = engine;
    this.#host = host;
  }

  /** Make the views SQL cells read (`rawView`: the file as read); none (no completion) if that fails. */
  async makeViews(rawView: string): Promise<void> {
    try {
      for (const sql of [rawView, ...userViewsSql]) await this.#engine.db.exec(sql);
      this.schema = await readUserSchema(this.#engine.db);
    } catch {
      this.schema = {};
    }
  }

  /**
   * A SQL cell's query, run with a row cap: its first rows and its row count; it waits while
   * the data is read again after a restart. A query that needs more memory than the engine has
   * fails with an EngineQueryError. When DuckDB refused it the memory and the tables still
   * answer, that is all; when the engine trapped, stopped or lost its tables, it is restarted
   * and the data read again, as after a crash (the query failed, not the data shown).
   */
  async userQuery(sql: string): Promise<{ result: QueryResult; total: number }> {
    await this.#engine.back;
    const db = this.#engine.db;
    try {
      return await db.userQuery(sql, ROW_CAP);
    } catch (e) {
      // Replaced meanwhile: the worker stopped during the query (and is being recovered), or
      // was ended on purpose (a cancel, another file), which leaves the query cancelled.
      const replaced = db !== this.#engine.db;
      const cancelled = classifyFailure(errorMessage(e)) === 'cancelled';
      const failure = engineFailure(e) ?? (replaced && !cancelled ? 'crash' : null);
      if (!failure) throw e;
      const survived =
        !replaced &&
        failure === 'out-of-memory' &&
        (!this.#host.hasData() || (await tablesAnswer(db)));
      if (!survived) this.#host.recover(db, failure, e);
      const memory = failure === 'out-of-memory' || /memory access out of bounds/i.test(`${e}`);
      throw new EngineQueryError(errorText(e), memory, !survived);
    }
  }

  /**
   * Stop the running SQL cell query (`running` settles when it ends). The engine is asked
   * first; if the query does not stop soon (the engine is inside one long step), the worker is
   * ended and the file read again with its mapping, as after a crash. The notebook stays.
   */
  async cancelQuery(running: Promise<unknown>): Promise<void> {
    const db = this.#engine.db;
    void db.cancelUserQuery().catch(() => {});
    const stopped = await Promise.race([
      running.then(
        () => true,
        () => true,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), CANCEL_GRACE_MS)),
    ]);
    if (stopped || db !== this.#engine.db) return;
    await this.#host.readAgain();
  }
}

/** The loaded tables still answer (DuckDB refused a query its memory and carried on). */
const tablesAnswer = (db: DatabaseClient): Promise<boolean> =>
  db
    .userQuery(
      `SELECT ${USER_TABLES.map((name) => `(SELECT count(*) FROM ${name})`).join(' + ')}`,
      1,
    )
    .then(
      () => true,
      () => false,
    );

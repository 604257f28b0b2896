// The SQL cells' runs: one query at a time, in the order asked, each cell with its last outcome
// (rows and count, DuckDB's error, "blocked", "cancelled", "too much for the engine"). The query
// goes through the session's UserQueries (user-queries.svelte.ts); the worker refuses, with
// DuckDB's own parser, anything that is not one read-only query.
import { SvelteMap } from 'svelte/reactivity';
import type { Sentence } from '../i18n/sentence';
import type { QueryResult } from '../sql/executor';
import {
  classifyFailure,
  EngineQueryError,
  errorMessage,
  refusalOf,
  type Refusal,
} from '../sql-cells/user-query';

/** What the user reads when a query was refused. */
export function refusalSentence(refusal: Refusal): Sentence {
  switch (refusal.kind) {
    case 'write':
      return { key: 'sql.blocked.write', params: { word: refusal.word } };
    case 'outside':
      return { key: 'sql.blocked.reader', params: { word: refusal.word } };
    case 'expands':
      return { key: 'sql.blocked.expands' };
    default:
      return { key: 'sql.blocked.many' };
  }
}

/** `engine`: the query needed more memory than the engine has (or stopped it). */
export type RunStatus =
  'queued' | 'running' | 'done' | 'error' | 'blocked' | 'cancelled' | 'engine';

export interface SqlRun {
  status: RunStatus;
  result: QueryResult | null;
  /** Rows the query returned in all (the result holds at most the first ROW_CAP). */
  total: number;
  /**
   * What to tell the user, for the cell to say (see i18n/sentence.ts): DuckDB's message (with
   * its LINE and caret), or why it was blocked.
   */
  message: Sentence | null;
}

/** What the runs need from the session (its UserQueries). */
export interface QueryRunner {
  userQuery(sql: string): Promise<{ result: QueryResult; total: number }>;
  cancelQuery(running: Promise<unknown>): Promise<void>;
}

interface Job {
  id: string;
  sql: string;
  token: number;
}

export class SqlRuns {
  #runs = new SvelteMap<string, SqlRun>();
  #runner: QueryRunner;
  #queue: Job[] = [];
  #current: { job: Job; promise: Promise<unknown> } | null = null;
  #token = 0;

  constructor(runner: QueryRunner) {
    this.#runner = runner;
  }

  get(id: string): SqlRun | undefined {
    return this.#runs.get(id);
  }

  /** Run a cell's query after those already asked for; a cell asked again runs once. */
  run(id: string, sql: string): void {
    this.#drop(id);
    if (sql.trim() === '') {
      this.#runs.delete(id);
      return;
    }
    const job = { id, sql, token: ++this.#token };
    this.#queue.push(job);
    this.#set(id, { status: 'queued' });
    void this.#next();
  }

  /**
   * Run every cell given, in order, except those the user cancelled and those too much for the
   * engine (they wait for Run: running them again with the data would fail again).
   */
  runAll(cells: readonly { id: string; sql: string }[]): void {
    for (const cell of cells) {
      const status = this.#runs.get(cell.id)?.status;
      if (status !== 'cancelled' && status !== 'engine') this.run(cell.id, cell.sql);
    }
  }

  async cancel(id: string): Promise<void> {
    if (this.#queue.some((job) => job.id === id)) {
      this.#drop(id);
      this.#set(id, { status: 'cancelled', message: CANCELLED });
      return;
    }
    const current = this.#current;
    if (current?.job.id !== id) return;
    await this.#runner.cancelQuery(current.promise);
    // Stopped, or the engine was restarted (then the query's promise may never settle).
    if (this.#current === current) {
      current.job.token = -1;
      this.#current = null;
      this.#set(id, { status: 'cancelled', message: CANCELLED });
      void this.#next();
    }
  }

  /** Forget the runs of cells no longer in the notebook. */
  keep(ids: readonly string[]): void {
    for (const id of [...this.#runs.keys()]) if (!ids.includes(id)) this.#runs.delete(id);
    this.#queue = this.#queue.filter((job) => ids.includes(job.id));
  }

  #drop(id: string): void {
    this.#queue = this.#queue.filter((job) => job.id !== id);
  }

  #set(id: string, run: Partial<SqlRun> & { status: RunStatus }): void {
    const previous = this.#runs.get(id);
    // A run keeps showing its last rows while it waits and runs again.
    const keep = run.status === 'queued' || run.status === 'running';
    this.#runs.set(id, {
      result: keep ? (previous?.result ?? null) : null,
      total: keep ? (previous?.total ?? 0) : 0,
      message: null,
      ...run,
    });
  }

  async #next(): Promise<void> {
    if (this.#current) return;
    const job = this.#queue.shift();
    if (!job) return;
    this.#set(job.id, { status: 'running' });
    const promise = this.#runner.userQuery(job.sql);
    this.#current = { job, promise };
    try {
      const { result, total } = await promise;
      if (job.token !== -1) this.#set(job.id, { status: 'done', result, total });
    } catch (e) {
      if (job.token !== -1 && e instanceof EngineQueryError) {
        this.#set(job.id, { status: 'engine', message: engineWords(e) });
      } else if (job.token !== -1) {
        const message = errorMessage(e);
        const failure = classifyFailure(message);
        const refusal = failure === 'refused' ? refusalOf(message) : null;
        if (refusal?.kind === 'empty') this.#runs.delete(job.id);
        else if (refusal)
          this.#set(job.id, { status: 'blocked', message: refusalSentence(refusal) });
        else
          this.#set(job.id, {
            status:
              failure === 'blocked' ? 'blocked' : failure === 'cancelled' ? 'cancelled' : 'error',
            message:
              failure === 'blocked'
                ? { paragraphs: [{ key: 'sql.blocked.engine' }, { text: message }] }
                : failure === 'cancelled'
                  ? CANCELLED
                  : { text: message },
          });
      }
    } finally {
      if (this.#current?.job === job) {
        this.#current = null;
        void this.#next();
      }
    }
  }
}

const CANCELLED: Sentence = { key: 'sql.cancelled' };

/** Why the engine could not run the query, and what became of the data. */
const engineWords = (e: EngineQueryError): Sentence => [
  { key: e.memory ? 'sql.memory' : 'sql.crashed', params: { reason: e.reason } },
  { key: e.restarted ? 'sql.readAgain' : 'sql.intact' },
];

// One working session: the loaded file, its mapping and the results. It owns the database
// worker (engine.svelte.ts), what happens when that fails (recovery.ts) and the file this browser
// remembers (remembering.svelte.ts); components read these fields and call these methods.
import { defaultAsOf } from '../analyses/asof';
import { createDatabaseClient, type DatabaseClient, type OnEngineFailure } from '../db/client';
import { createPredictionClient } from '../db/predict-client';
import { engineFailure, type EngineFailure } from '../db/errors';
import { isLargeFile } from '../db/limits';
import type { DateChoice } from '../import/formats';
import type { RawInfo } from '../import/inspect';
import type { ImportPlan } from '../import/plan';
import { applyPlan, inspectAndPlan } from '../import/prepare';
import { rawViewSql } from '../import/whole-read';
import type { Mapping } from '../import/roles';
import type { SourceInfo, SourceOptions } from '../import/source';
import { skippedRows, type SkippedRow } from '../import/skipped';
import { errorText } from '../i18n/errors';
import { errorSentence, SentenceError, type Sentence } from '../i18n/sentence';
import type { QueryResult } from '../sql/executor';
import { classifyFailure, EngineQueryError, errorMessage, ROW_CAP } from '../sql-cells/user-query';
import { readUserSchema, USER_TABLES, userViewsSql, type SqlSchema } from '../sql-cells/user-views';
import { Analyses } from './analyses.svelte';
import { Engine } from './engine.svelte';
import { reading, Recovery, type Loaded, type Recoverable } from './recovery';
import { Remembering } from './remembering.svelte';

export type Phase = 'idle' | 'loading' | 'mapping' | 'analysing' | 'ready';

export interface OpenOptions {
  /** false: analyse at once with the guessed mapping (the sample). */
  confirm?: boolean;
  /** Analyse at once with this mapping (a remembered file, a file read again after a crash). */
  mapping?: Mapping;
  dateFormats?: string[];
  /** Read the file in this encoding, or this sheet of a workbook, instead of the guess. */
  source?: SourceOptions;
  /** Propose this mapping (a notebook's) instead of the guess, when the file has its columns. */
  suggest?: Mapping;
}

/** How long a cancelled SQL query may take to stop before the engine is restarted instead. */
export const CANCEL_GRACE_MS = 3000;

export class Session {
  phase = $state<Phase>('idle');
  fileName = $state('');
  progress = $state({ read: 0, total: 0 });
  /** What the engine is doing once the file is read (a large file takes a while at each step). */
  step = $state<'inspect' | 'orders' | 'analyses' | null>(null);
  /** What went wrong, for the page to say in the user's language (see i18n/sentence.ts). */
  error = $state.raw<Sentence | null>(null);
  info = $state.raw<RawInfo | null>(null);
  plan = $state.raw<ImportPlan | null>(null);
  dates = $state.raw<DateChoice | null>(null);
  /** How the file was read (encoding, or sheet of a workbook), for the mapping form. */
  source = $state.raw<SourceInfo | null>(null);
  skipped = $state.raw<SkippedRow[]>([]);
  // The prediction maths runs in a worker of its own in the browser, here in Node tests.
  #models = typeof Worker === 'undefined' ? null : createPredictionClient();
  readonly analyses = new Analyses(() => this.#engine.db, this.#models ?? undefined);
  /** The file this browser remembers (the "remember this file" box). */
  readonly remembering = new Remembering((error) => (this.error = error));
  /** The views SQL cells read are there for the data shown (a moment after it is drawn). */
  sqlReady = $state(false);
  /** Counts the files made ready: SQL cells run again when it changes. */
  loads = $state(0);
  /** The tables and views a SQL cell can read, with their columns (for completion). */
  schema = $state.raw<SqlSchema>({});

  #engine: Engine;
  #recovery: Recovery;
  #pending: File | null = null;
  #pendingSource: SourceOptions = {};
  #loaded: Loaded | null = null;
  #generation = 0;

  /** A remembered file is read again at once, with its mapping, unless `restore` is false. */
  constructor(
    createClient: (onFailure: OnEngineFailure) => DatabaseClient = createDatabaseClient,
    options: { restore?: boolean } = {},
  ) {
    this.#engine = new Engine(createClient, {
      failed: (db, failure, e, userQuery) => this.#recover(db, failure, e, userQuery),
      notStarted: (e) =>
        (this.error = { key: 'error.engine', params: { reason: errorSentence(e) } }),
    });
    this.#recovery = new Recovery(this.#recoverable());
    if (this.remembering.remembered && options.restore !== false) void this.restore();
  }

  /** Whether the database worker is starting, ready or failed to start. */
  get engine(): Engine['status'] {
    return this.#engine.status;
  }

  /** Read a file into the database and propose a mapping (or analyse at once, for the sample). */
  async open(file: File, options: OpenOptions = {}): Promise<void> {
    const generation = ++this.#generation;
    const previous = this.phase === 'ready' ? 'ready' : 'idle';
    // Said before reading, not after minutes of it.
    this.error = isLargeFile(file)
      ? { key: 'load.large', params: { name: file.name, size: { bytes: file.size } } }
      : null;
    this.phase = 'loading';
    this.step = null;
    this.fileName = file.name;
    this.progress = { read: 0, total: file.size };
    const sourceOptions = options.source ?? {};
    const db = () => this.#engine.db;
    try {
      const source = await db().ingest(file, sourceOptions, (read, total) => {
        if (generation === this.#generation) this.progress = { read, total };
      });
      if (generation === this.#generation) this.step = 'inspect';
      let prepared = await inspectAndPlan(db());
      const names = prepared.info.columns.map((c) => c.name);
      const suggest = options.suggest ?? {};
      const fits = Object.values(suggest).every((column) => !column || names.includes(column));
      if (!options.mapping && Object.keys(suggest).length > 0 && fits) {
        prepared = await inspectAndPlan(db(), suggest);
      }
      if (generation !== this.#generation) return;
      this.#pending = file;
      this.#pendingSource = sourceOptions;
      this.source = source;
      this.info = prepared.info;
      this.plan = prepared.plan;
      this.dates = prepared.dates;
      if (options.mapping) await this.confirm(options.mapping, options.dateFormats);
      else if (options.confirm === false) await this.confirm(prepared.plan.mapping);
      else this.phase = 'mapping';
    } catch (e) {
      if (generation !== this.#generation) return;
      this.error = { key: 'load.failed', params: { name: file.name, reason: errorSentence(e) } };
      // Back to the data shown, whose tables may be in the other database.
      if (previous === 'ready')
        await db()
          .settle('previous')
          .catch(() => {});
      this.phase = previous;
    }
  }

  /**
   * Read the file being mapped again in another encoding or from another sheet (the user
   * changed it in the mapping form); the mapping is guessed again from what that reads.
   */
  async reread(source: SourceOptions): Promise<void> {
    const file = this.#pending;
    if (!file) return;
    const before = this.#pendingSource;
    await this.open(file, { source: { ...before, ...source } });
    if (this.phase === 'mapping' || this.#pending !== file) return;
    // That reading did not work (an empty sheet): say why, and go back to the one that did.
    const error = this.error;
    await this.open(file, { source: before });
    this.error = error;
  }

  /** Stop loading: end the worker, start a fresh one and bring back the previous data, if any. */
  async cancel(): Promise<void> {
    const name = this.fileName;
    this.#restart();
    this.phase = 'idle';
    this.error = { key: 'load.cancelled', params: { name } };
    const loaded = this.#loaded;
    if (loaded) {
      this.#unload();
      await this.open(loaded.file, reading(loaded));
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
        !replaced && failure === 'out-of-memory' && (!this.#loaded || (await tablesAnswer(db)));
      if (!survived) this.#recover(db, failure, e, true);
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
    const loaded = this.#loaded;
    this.#restart();
    if (!loaded) {
      this.phase = 'idle';
      return;
    }
    await this.#recovery.reopen(loaded, { key: 'sql.restarted' });
  }

  /** End the worker (and whatever it is doing) and start a fresh one. */
  #restart(): void {
    this.#generation++;
    this.#engine.restart();
  }

  /** `db` failed: recover, unless it was replaced already. */
  #recover(db: DatabaseClient, failure: EngineFailure, e: unknown, userQuery?: boolean): void {
    if (db === this.#engine.db) void this.#recovery.recover(failure, e, userQuery);
  }

  /** The data shown is gone (cancelled, or not coming back after a failure). */
  #unload(): void {
    this.#loaded = null;
    this.remembering.shown(null);
  }

  /** What recovery may read and do of this session. */
  #recoverable(): Recoverable {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the accessors below read it
    const session = this;
    return {
      get loaded() {
        return session.#loaded;
      },
      get phase() {
        return session.phase;
      },
      set phase(phase) {
        session.phase = phase;
      },
      get error() {
        return session.error;
      },
      set error(error) {
        session.error = error;
      },
      get generation() {
        return session.#generation;
      },
      restart: () => this.#restart(),
      unload: () => this.#unload(),
      open: (file, options) => this.open(file, options),
      hold: () => this.#engine.hold(),
      analyses: this.analyses,
    };
  }

  /** Read the remembered file again and analyse it with its mapping, as when it was stored. */
  async restore(): Promise<void> {
    const saved = this.remembering.remembered;
    if (!saved) return;
    const generation = this.#generation;
    this.fileName = saved.name;
    this.phase = 'loading';
    this.progress = { read: 0, total: saved.size };
    const file = await this.remembering.recall(saved);
    if (generation !== this.#generation) return; // the user opened another file meanwhile
    if (!file) {
      this.phase = 'idle';
      this.error = { key: 'remember.gone', params: { name: saved.name } };
      await this.remembering.measure();
      return;
    }
    await this.open(file, {
      mapping: saved.mapping,
      dateFormats: saved.dateFormats,
      source: saved.source,
    });
  }

  /** Build the canonical orders with this mapping and run the analyses. */
  async confirm(mapping: Mapping, dateFormats?: string[]): Promise<void> {
    const file = this.#pending;
    if (!file || !this.info) return;
    const generation = this.#generation;
    const db = () => this.#engine.db;
    this.error = null;
    this.phase = 'analysing';
    this.step = 'orders';
    this.sqlReady = false;
    try {
      // The older file's tables go now, before this one's are built beside them.
      await db().settle('new');
      const { plan } = await inspectAndPlan(db(), mapping);
      if (dateFormats) plan.dateFormats = dateFormats;
      const lines = await applyPlan(
        db(),
        plan,
        this.info.columns.map((c) => c.name),
      );
      this.plan = plan;
      // The cells draw as their results arrive, from the summary on.
      const shown = () => {
        if (generation !== this.#generation || this.phase === 'ready') return;
        this.#loaded = { file, plan, source: this.#pendingSource };
        this.remembering.shown(this.#loaded);
        this.phase = 'ready';
      };
      await this.#analyse(generation, plan, shown);
      if (generation !== this.#generation) return;
      shown();
      // SQL cells read `raw` and `customers`: made now, after the cells are drawn.
      this.schema = await this.#userViews(rawViewSql(lines));
      if (generation !== this.#generation) return;
      this.sqlReady = true;
      this.loads++;
    } catch (e) {
      if (generation !== this.#generation) return;
      this.error = errorSentence(e);
      this.phase = 'mapping';
    }
  }

  dispose(): void {
    this.#engine.terminate();
    this.#models?.terminate();
  }

  /** Back to the start screen to load another file; current results stay until it loads. */
  startOver(): void {
    this.phase = 'idle';
  }

  /** Every skipped row, for the download (the page shows the first ones). */
  allSkipped(): Promise<SkippedRow[]> {
    return skippedRows(this.#engine.db, Number.MAX_SAFE_INTEGER);
  }

  /** The views SQL cells read, and their columns; none (no completion) if that fails. */
  async #userViews(rawView: string): Promise<SqlSchema> {
    try {
      for (const sql of [rawView, ...userViewsSql]) await this.#engine.db.exec(sql);
      return await readUserSchema(this.#engine.db);
    } catch {
      return {};
    }
  }

  async #analyse(generation: number, plan: ImportPlan, onSummary: () => void): Promise<void> {
    if (generation === this.#generation) this.step = 'analyses';
    const asOf = await defaultAsOf(this.#engine.db);
    if (!asOf) throw new SentenceError({ key: 'load.noPurchases' });
    this.skipped = [];
    await this.analyses.load(asOf, plan, onSummary);
    // Examples of the skipped rows, under the summary: after the cells, which matter more.
    const skipped = await skippedRows(this.#engine.db);
    if (generation !== this.#generation) return;
    this.skipped = skipped;
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

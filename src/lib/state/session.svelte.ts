// One working session: the database worker, the loaded file, its mapping and the results.
// Components read these fields and call these methods; only this class talks to the worker.
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
import { formatBytes } from '../i18n/format';
import { t } from '../i18n/translate';
import type { QueryResult } from '../sql/executor';
import { EngineQueryError, ROW_CAP } from '../sql-cells/user-query';
import { readUserSchema, USER_TABLES, userViewsSql, type SqlSchema } from '../sql-cells/user-views';
import { Analyses } from './analyses.svelte';
import * as stored from './remembered';
import type { RememberedFile, StorageUse } from './remembered';

export type Phase = 'idle' | 'loading' | 'mapping' | 'analysing' | 'ready';

interface Loaded {
  file: File;
  plan: ImportPlan;
  source: SourceOptions;
}

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
  engine = $state<'starting' | 'ready' | 'failed'>('starting');
  phase = $state<Phase>('idle');
  fileName = $state('');
  progress = $state({ read: 0, total: 0 });
  /** What the engine is doing once the file is read (a large file takes a while at each step). */
  step = $state<'inspect' | 'orders' | 'analyses' | null>(null);
  error = $state<string | null>(null);
  info = $state.raw<RawInfo | null>(null);
  plan = $state.raw<ImportPlan | null>(null);
  dates = $state.raw<DateChoice | null>(null);
  /** How the file was read (encoding, or sheet of a workbook), for the mapping form. */
  source = $state.raw<SourceInfo | null>(null);
  skipped = $state.raw<SkippedRow[]>([]);
  // The prediction maths runs in a worker of its own in the browser, here in Node tests.
  #models = typeof Worker === 'undefined' ? null : createPredictionClient();
  readonly analyses = new Analyses(() => this.#db, this.#models ?? undefined);
  /** This browser can keep a file on the device (OPFS and localStorage are there). */
  readonly canRemember: boolean;
  /** The file the user asked this browser to remember, if any. */
  remembered = $state.raw<RememberedFile | null>(null);
  /** The loaded file is the remembered one. */
  rememberedIsLoaded = $state(false);
  storage = $state.raw<StorageUse | null>(null);
  /** The views SQL cells read are there for the data shown (a moment after it is drawn). */
  sqlReady = $state(false);
  /** Counts the files made ready: SQL cells run again when it changes. */
  loads = $state(0);
  /** The tables and views a SQL cell can read, with their columns (for completion). */
  schema = $state.raw<SqlSchema>({});

  #createClient: (onFailure: OnEngineFailure) => DatabaseClient;
  #db: DatabaseClient;
  #pending: File | null = null;
  #pendingSource: SourceOptions = {};
  #loaded: Loaded | null = null;
  #generation = 0;
  #recovering = false;
  /** The file whose data, shown, made the engine fail once already. */
  #failedWhileShown: File | null = null;
  /** Settles once the data is back after a restart (SQL cells wait for it), or at the next one. */
  #back: Promise<void> = Promise.resolve();
  #release = () => {};

  /** A remembered file is read again at once, with its mapping, unless `restore` is false. */
  constructor(
    createClient: (onFailure: OnEngineFailure) => DatabaseClient = createDatabaseClient,
    options: { restore?: boolean } = {},
  ) {
    this.#createClient = createClient;
    this.#db = this.#start();
    this.canRemember = stored.canRemember();
    if (!this.canRemember) return;
    this.remembered = stored.rememberedFile();
    void this.#measure();
    if (this.remembered && options.restore !== false) void this.restore();
  }

  #start(): DatabaseClient {
    const db: DatabaseClient = this.#createClient(
      (failure, e, userQuery) => void this.#recover(db, failure, e, userQuery),
    );
    this.engine = 'starting';
    db.ready.then(
      () => db === this.#db && (this.engine = 'ready'),
      (e: unknown) => {
        if (db !== this.#db) return;
        this.engine = 'failed';
        this.error = t('error.engine', { reason: message(e) });
      },
    );
    return db;
  }

  /** Read a file into the database and propose a mapping (or analyse at once, for the sample). */
  async open(file: File, options: OpenOptions = {}): Promise<void> {
    const generation = ++this.#generation;
    const previous = this.phase === 'ready' ? 'ready' : 'idle';
    // Said before reading, not after minutes of it.
    this.error = isLargeFile(file)
      ? t('load.large', { name: file.name, size: formatBytes(file.size) })
      : null;
    this.phase = 'loading';
    this.step = null;
    this.fileName = file.name;
    this.progress = { read: 0, total: file.size };
    const sourceOptions = options.source ?? {};
    try {
      const source = await this.#db.ingest(file, sourceOptions, (read, total) => {
        if (generation === this.#generation) this.progress = { read, total };
      });
      if (generation === this.#generation) this.step = 'inspect';
      let prepared = await inspectAndPlan(this.#db);
      const names = prepared.info.columns.map((c) => c.name);
      const suggest = options.suggest ?? {};
      const fits = Object.values(suggest).every((column) => !column || names.includes(column));
      if (!options.mapping && Object.keys(suggest).length > 0 && fits) {
        prepared = await inspectAndPlan(this.#db, suggest);
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
      this.error = t('load.failed', { name: file.name, reason: message(e) });
      // Back to the data shown, whose tables may be in the other database.
      if (previous === 'ready') await this.#db.settle('previous').catch(() => {});
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
    this.error = t('load.cancelled', { name });
    const loaded = this.#loaded;
    if (loaded) {
      this.#loaded = null;
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
    await this.#back;
    const db = this.#db;
    try {
      return await db.userQuery(sql, ROW_CAP);
    } catch (e) {
      // Replaced meanwhile: the worker stopped during the query (and is being recovered).
      const failure = db === this.#db ? engineFailure(e) : 'crash';
      if (!failure) throw e;
      const survived = failure === 'out-of-memory' && (!this.#loaded || (await tablesAnswer(db)));
      if (!survived) void this.#recover(db, failure, e, true);
      const memory = failure === 'out-of-memory' || /memory access out of bounds/i.test(`${e}`);
      throw new EngineQueryError(message(e), memory, !survived);
    }
  }

  /**
   * Stop the running SQL cell query (`running` settles when it ends). The engine is asked
   * first; if the query does not stop soon (the engine is inside one long step), the worker is
   * ended and the file read again with its mapping, as after a crash. The notebook stays.
   */
  async cancelQuery(running: Promise<unknown>): Promise<void> {
    const db = this.#db;
    void db.cancelUserQuery().catch(() => {});
    const stopped = await Promise.race([
      running.then(
        () => true,
        () => true,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), CANCEL_GRACE_MS)),
    ]);
    if (stopped || db !== this.#db) return;
    const loaded = this.#loaded;
    this.#restart();
    if (!loaded) {
      this.phase = 'idle';
      return;
    }
    await this.#reopen(loaded, t('sql.restarted'));
  }

  /** End the worker (and whatever it is doing) and start a fresh one. */
  #restart(): void {
    this.#generation++;
    this.#release(); // the data awaited is not coming back on that engine
    this.#db.terminate();
    this.#db = this.#start();
  }

  /**
   * The engine ran out of memory or crashed: replace it, say so in words, and bring back the
   * data that was loaded, with its mapping and as-of date. A second failure while doing that,
   * or a second failure of the same data once shown again (a step after loading that does not
   * fit), stops there, with the start screen: reading it again would fail again, forever.
   * A SQL cell's query that failed the engine (`userQuery`) is no failure of the data shown.
   */
  async #recover(
    db: DatabaseClient,
    failure: EngineFailure,
    e: unknown,
    userQuery = false,
  ): Promise<void> {
    if (db !== this.#db) return; // a worker already replaced
    const reason = message(e);
    const words = userQuery
      ? t('crash.query', { reason })
      : t(failure === 'out-of-memory' ? 'crash.memory' : 'crash.engine', { reason });
    const loaded = this.#loaded;
    const shown = this.phase === 'ready' && !userQuery ? loaded?.file : undefined;
    const again = this.#recovering || (shown !== undefined && shown === this.#failedWhileShown);
    if (shown) this.#failedWhileShown = shown;
    this.#restart();
    if (!loaded || again) {
      this.#recovering = false;
      this.#loaded = null;
      this.phase = 'idle';
      this.error = words;
      return;
    }
    this.#recovering = true;
    if (await this.#reopen(loaded, words)) this.#recovering = false;
  }

  /**
   * Read the loaded file again into a fresh engine, with its mapping and as-of date, saying
   * `words` meanwhile; false when that was overtaken (failed again, cancelled, a new file).
   */
  async #reopen(loaded: Loaded, words: string): Promise<boolean> {
    const { asOf, defaultAsOf } = this.analyses;
    let release = () => {};
    this.#back = new Promise<void>((resolve) => (release = this.#release = resolve));
    try {
      const reopening = this.open(loaded.file, reading(loaded));
      const generation = this.#generation;
      this.error = words;
      await reopening;
      if (generation !== this.#generation) return false;
      if (this.phase !== 'ready') {
        this.error = `${words} ${this.error ?? ''}`.trim();
        return true;
      }
      if (asOf && asOf !== defaultAsOf && asOf !== this.analyses.asOf) {
        await this.analyses.setAsOf(asOf).catch(() => {});
      }
      this.error = `${words} ${t('crash.back', { name: loaded.file.name })}`;
      return true;
    } finally {
      release();
    }
  }

  /** Keep the loaded file and its mapping on this device: the user ticked the box. */
  async remember(): Promise<void> {
    const loaded = this.#loaded;
    if (!loaded || !this.canRemember) return;
    try {
      this.remembered = await stored.remember(loaded.file, {
        ...loaded.plan,
        source: loaded.source,
      });
      this.rememberedIsLoaded = true;
    } catch (e) {
      this.remembered = stored.rememberedFile();
      this.rememberedIsLoaded = false;
      this.error =
        e instanceof stored.RememberError && e.reason === 'full'
          ? t('remember.full', { name: loaded.file.name, size: formatBytes(loaded.file.size) })
          : t('remember.failed', { reason: message(e) });
    }
    await this.#measure();
  }

  /** Delete the remembered file from this device. */
  async forget(): Promise<void> {
    try {
      await stored.forget();
    } catch (e) {
      this.error = t('remember.failed', { reason: message(e) });
    }
    this.remembered = stored.rememberedFile();
    this.rememberedIsLoaded = false;
    await this.#measure();
  }

  /** Read the remembered file again and analyse it with its mapping, as when it was stored. */
  async restore(): Promise<void> {
    const saved = this.remembered;
    if (!saved) return;
    const generation = this.#generation;
    this.fileName = saved.name;
    this.phase = 'loading';
    this.progress = { read: 0, total: saved.size };
    let file: File;
    try {
      file = await stored.recall(saved);
    } catch {
      this.remembered = null;
      if (generation !== this.#generation) return;
      this.phase = 'idle';
      this.error = t('remember.gone', { name: saved.name });
      await this.#measure();
      return;
    }
    if (generation !== this.#generation) return; // the user opened another file meanwhile
    await this.open(file, {
      mapping: saved.mapping,
      dateFormats: saved.dateFormats,
      source: saved.source,
    });
  }

  async #measure(): Promise<void> {
    this.storage = await stored.storageUse().catch(() => null);
  }

  /** Build the canonical orders with this mapping and run the analyses. */
  async confirm(mapping: Mapping, dateFormats?: string[]): Promise<void> {
    const file = this.#pending;
    if (!file || !this.info) return;
    const generation = this.#generation;
    this.error = null;
    this.phase = 'analysing';
    this.step = 'orders';
    this.sqlReady = false;
    try {
      // The older file's tables go now, before this one's are built beside them.
      await this.#db.settle('new');
      const { plan } = await inspectAndPlan(this.#db, mapping);
      if (dateFormats) plan.dateFormats = dateFormats;
      const lines = await applyPlan(
        this.#db,
        plan,
        this.info.columns.map((c) => c.name),
      );
      this.plan = plan;
      // The cells draw as their results arrive, from the summary on.
      const shown = () => {
        if (generation !== this.#generation || this.phase === 'ready') return;
        this.#loaded = { file, plan, source: this.#pendingSource };
        this.rememberedIsLoaded = stored.isSameFile(this.remembered, file);
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
      this.error = message(e);
      this.phase = 'mapping';
    }
  }

  dispose(): void {
    this.#db.terminate();
    this.#models?.terminate();
  }

  /** Back to the start screen to load another file; current results stay until it loads. */
  startOver(): void {
    this.phase = 'idle';
  }

  /** Every skipped row, for the download (the page shows the first ones). */
  allSkipped(): Promise<SkippedRow[]> {
    return skippedRows(this.#db, Number.MAX_SAFE_INTEGER);
  }

  /** The views SQL cells read, and their columns; none (no completion) if that fails. */
  async #userViews(rawView: string): Promise<SqlSchema> {
    try {
      for (const sql of [rawView, ...userViewsSql]) await this.#db.exec(sql);
      return await readUserSchema(this.#db);
    } catch {
      return {};
    }
  }

  async #analyse(generation: number, plan: ImportPlan, onSummary: () => void): Promise<void> {
    if (generation === this.#generation) this.step = 'analyses';
    const asOf = await defaultAsOf(this.#db);
    if (!asOf) throw new Error(t('load.noPurchases'));
    this.skipped = [];
    await this.analyses.load(asOf, plan, onSummary);
    // Examples of the skipped rows, under the summary: after the cells, which matter more.
    const skipped = await skippedRows(this.#db);
    if (generation !== this.#generation) return;
    this.skipped = skipped;
  }
}

/** How to read a file again exactly as it was confirmed. */
const reading = ({ plan, source }: Loaded): OpenOptions => ({
  mapping: plan.mapping,
  dateFormats: plan.dateFormats,
  source,
});

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

// A whole-file problem in the user's language; other errors as their first line.
const message = errorText;

// One working session: the loaded file, its mapping and the results. It owns the database
// worker (engine.svelte.ts), what happens when that fails (recovery.ts), the file this browser
// remembers (remembering.svelte.ts) and the SQL cells' views and queries (user-queries.svelte.ts);
// components read these fields and call these methods.
import { defaultAsOf } from '../analyses/asof';
import { createDatabaseClient, type DatabaseClient, type OnEngineFailure } from '../db/client';
import { createPredictionClient } from '../db/predict-client';
import type { EngineFailure } from '../db/errors';
import { isLargeFile } from '../db/limits';
import type { DateChoice } from '../import/formats';
import type { RawInfo } from '../import/inspect';
import type { ImportPlan } from '../import/plan';
import { applyPlan, inspectAndPlan } from '../import/prepare';
import { rawViewSql } from '../import/whole-read';
import type { Mapping } from '../import/roles';
import type { SourceInfo, SourceOptions } from '../import/source';
import { skippedRows, type SkippedRow } from '../import/skipped';
import { errorSentence, SentenceError, type Sentence } from '../i18n/sentence';
import { Analyses } from './analyses.svelte';
import { Engine } from './engine.svelte';
import { reading, Recovery, type Loaded, type Recoverable } from './recovery';
import { Remembering } from './remembering.svelte';
import { UserQueries } from './user-queries.svelte';

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
  /** Counts the files made ready: SQL cells run again when it changes. */
  loads = $state(0);
  /** The SQL cells' views and queries. */
  readonly queries: UserQueries;

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
    this.queries = new UserQueries(this.#engine, {
      hasData: () => this.#loaded !== null,
      recover: (db, failure, e) => this.#recover(db, failure, e, true),
      readAgain: () => this.#recovery.readAgain({ key: 'sql.restarted' }),
    });
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
    this.queries.ready = false;
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
      await this.queries.makeViews(rawViewSql(lines));
      if (generation !== this.#generation) return;
      this.queries.ready = true;
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

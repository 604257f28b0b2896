// One working session: the database worker, the loaded file, its mapping and the results.
// Components read these fields and call these methods; only this class talks to the worker.
import { defaultAsOf } from '../analyses/asof';
import { createDatabaseClient, type DatabaseClient } from '../db/client';
import type { DateChoice } from '../import/formats';
import type { RawInfo } from '../import/inspect';
import type { ImportPlan } from '../import/plan';
import { inputName } from '../db/input';
import { applyPlan, inspectAndPlan } from '../import/prepare';
import type { Mapping } from '../import/roles';
import { skippedRows, type SkippedRow } from '../import/skipped';
import { t } from '../i18n/translate';
import { Analyses } from './analyses.svelte';

export type Phase = 'idle' | 'loading' | 'mapping' | 'analysing' | 'ready';

interface Loaded {
  file: File;
  plan: ImportPlan;
}

export class Session {
  engine = $state<'starting' | 'ready' | 'failed'>('starting');
  phase = $state<Phase>('idle');
  fileName = $state('');
  progress = $state({ read: 0, total: 0 });
  error = $state<string | null>(null);
  info = $state.raw<RawInfo | null>(null);
  plan = $state.raw<ImportPlan | null>(null);
  dates = $state.raw<DateChoice | null>(null);
  skipped = $state.raw<SkippedRow[]>([]);
  readonly analyses = new Analyses(() => this.#db);

  #createClient: () => DatabaseClient;
  #db: DatabaseClient;
  #pending: File | null = null;
  #loaded: Loaded | null = null;
  #generation = 0;

  constructor(createClient: () => DatabaseClient = createDatabaseClient) {
    this.#createClient = createClient;
    this.#db = this.#start();
  }

  #start(): DatabaseClient {
    const db = this.#createClient();
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
  async open(file: File, options: { confirm?: boolean } = {}): Promise<void> {
    const generation = ++this.#generation;
    const previous = this.phase === 'ready' ? 'ready' : 'idle';
    this.error = null;
    this.phase = 'loading';
    this.fileName = file.name;
    this.progress = { read: 0, total: file.size };
    try {
      await this.#db.ingest(file, inputName(file.name), (read, total) => {
        if (generation === this.#generation) this.progress = { read, total };
      });
      const prepared = await inspectAndPlan(this.#db);
      if (generation !== this.#generation) return;
      this.#pending = file;
      this.info = prepared.info;
      this.plan = prepared.plan;
      this.dates = prepared.dates;
      if (options.confirm === false) await this.confirm(prepared.plan.mapping);
      else this.phase = 'mapping';
    } catch (e) {
      if (generation !== this.#generation) return;
      this.error = t('load.failed', { name: file.name, reason: message(e) });
      this.phase = previous;
    }
  }

  /** Stop loading: end the worker, start a fresh one and bring back the previous data, if any. */
  async cancel(): Promise<void> {
    const name = this.fileName;
    this.#generation++;
    this.#db.terminate();
    this.#db = this.#start();
    this.phase = 'idle';
    this.error = t('load.cancelled', { name });
    const loaded = this.#loaded;
    if (loaded) {
      this.#loaded = null;
      await this.open(loaded.file, { confirm: false });
    }
  }

  /** Build the canonical orders with this mapping and run the analyses. */
  async confirm(mapping: Mapping, dateFormats?: string[]): Promise<void> {
    const file = this.#pending;
    if (!file || !this.info) return;
    const generation = this.#generation;
    this.error = null;
    this.phase = 'analysing';
    try {
      const { plan } = await inspectAndPlan(this.#db, mapping);
      if (dateFormats) plan.dateFormats = dateFormats;
      await applyPlan(
        this.#db,
        plan,
        this.info.columns.map((c) => c.name),
      );
      await this.#analyse(generation);
      if (generation !== this.#generation) return;
      this.plan = plan;
      this.#loaded = { file, plan };
      this.phase = 'ready';
    } catch (e) {
      if (generation !== this.#generation) return;
      this.error = message(e);
      this.phase = 'mapping';
    }
  }

  dispose(): void {
    this.#db.terminate();
  }

  /** Back to the start screen to load another file; current results stay until it loads. */
  startOver(): void {
    this.phase = 'idle';
  }

  async #analyse(generation: number): Promise<void> {
    const asOf = await defaultAsOf(this.#db);
    if (!asOf) throw new Error(t('load.noPurchases'));
    const skipped = await skippedRows(this.#db);
    if (generation !== this.#generation) return;
    this.skipped = skipped;
    await this.analyses.load(asOf);
  }
}

function message(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split('\n')[0];
}

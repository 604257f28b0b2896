// The page's state in one place: the session (file and analyses), the notebook, the SQL cells'
// runs and the hosted datasets, and what keeps them in step. The page creates one, renders it
// and does the DOM work (scrolling, focus); everything here runs under vitest without a page.
import { untrack } from 'svelte';
import { overviewItems, type OverviewItem, type OverviewKind } from '../analyses/overview/items';
import type { ContentsInput } from '../analyses/overview/text';
import type { DatabaseClient, OnEngineFailure } from '../db/client';
import { hasDataLink } from '../datasets/link';
import { isLanguage, type Language } from '../i18n/languages';
import type { Sentence } from '../i18n/sentence';
import { ANALYSIS_KINDS, sqlCells, type AnalysisKind, type Cell } from '../notebook/model';
import { windowAddress, type Address } from './address';
import type { AnalysisParams } from './analyses.svelte';
import { HostedDatasets } from './datasets.svelte';
import { languageChoice } from './language.svelte';
import { NotebookState, type OpenOutcome } from './notebook.svelte';
import { Session } from './session.svelte';
import { SqlRuns } from './sql-runs.svelte';

/** What opening a link or a notebook file did, in words. */
export interface Notice {
  said: Sentence;
  problem: boolean;
}

/** The language the notebook records, and follows when a notebook file brings one. */
export interface LanguageSetting {
  readonly current: Language;
  set(language: Language): void;
}

export interface WorkspaceOptions {
  /** The database worker's client (native DuckDB in tests), as for `Session`. */
  createClient?: (onFailure: OnEngineFailure) => DatabaseClient;
  /** The page's address (the window's): its fragment may carry a notebook or a dataset to open. */
  address?: Address;
  notebook?: NotebookState;
  hosted?: HostedDatasets;
  language?: LanguageSetting;
  /** Read the file this browser remembers again at once (unless a link asks for a dataset). */
  restore?: boolean;
}

const isAnalysis = (cell: Cell): cell is Cell & { kind: AnalysisKind } =>
  (ANALYSIS_KINDS as readonly string[]).includes(cell.kind);

export class Workspace {
  readonly session: Session;
  readonly notebook: NotebookState;
  readonly runs: SqlRuns;
  readonly hosted: HostedDatasets;
  notice = $state.raw<Notice | null>(null);

  // Derived lazily (read after the constructor has made the parts they read).
  readonly cells = $derived.by(() => this.notebook.notebook.cells);
  readonly params = $derived.by(() => this.notebook.notebook.params);
  readonly ready = $derived.by(() => this.session.phase === 'ready');
  /** SQL cells a link or file brought, waiting for the user to agree to run them. */
  readonly waitingSql = $derived.by(() =>
    this.notebook.sharedSql ? sqlCells(this.notebook.notebook).length : 0,
  );
  /** The actions the results point to, each with whether its cell is in the notebook. */
  readonly overview = $derived.by((): (OverviewItem & { reachable: boolean })[] => {
    if (!this.ready) return [];
    const { of } = this.session.analyses;
    const items = overviewItems({
      inactivity: of.inactivity.result,
      inWindow: of.repeat.inWindow,
      pareto: of.pareto.result,
    });
    return items.map((item) => ({
      ...item,
      reachable: this.cells.some((c) => c.kind === item.cell),
    }));
  });
  /** The results the contents' figures come from. */
  readonly headlines = $derived.by((): ContentsInput => {
    const { of } = this.session.analyses;
    return {
      summary: of.summary.result,
      repeat: of.repeat.result,
      rfm: of.rfm.result,
      inactivity: of.inactivity.result,
      pareto: of.pareto.result,
    };
  });
  /** The analysis cells, in notebook order, for the contents (once results are shown). */
  readonly contents = $derived.by(() => (this.ready ? this.cells.filter(isAnalysis) : []));
  /** The notebook has analyses, shown once a file is loaded. */
  readonly hasAnalyses = $derived.by(() => this.cells.some(isAnalysis));

  #address: Address;
  #language: LanguageSetting;
  #stopSyncs: () => void;

  constructor(options: WorkspaceOptions = {}) {
    const address = options.address ?? windowAddress();
    this.#address = address;
    this.#language = options.language ?? languageChoice;
    // A link that asks for a dataset wins over the file remembered on this device.
    const restore = options.restore !== false && !hasDataLink(address.hash);
    this.session = new Session(options.createClient, { restore });
    this.notebook = options.notebook ?? new NotebookState();
    this.runs = new SqlRuns(this.session.queries);
    this.hosted = options.hosted ?? new HostedDatasets(address.href);
    this.#stopSyncs = $effect.root(() => this.#syncs());
  }

  /** What keeps the parts in step, whoever changed them. */
  #syncs(): void {
    // The notebook's parameters drive the analyses: a control, an undo, a link or a file.
    $effect(() => {
      const { period, windowMonths, overdueFactor, asOf } = this.params;
      untrack(() => this.#apply({ period, windowMonths, overdueFactor, asOf }));
    });
    // What was loaded and how travels with the notebook (never the data itself).
    $effect(() => {
      void this.session.loads;
      untrack(() => this.#recordLoad());
    });
    // Only when the language changes: a notebook file's own language must still be there
    // for openedFile to take back once the file is read.
    $effect(() => {
      void this.#language.current;
      untrack(() => this.#recordLanguage());
    });
    // The hosted dataset a link or the list opened travels with the notebook's link.
    $effect(() => this.notebook.record('dataset', this.hosted.opened ?? undefined));
    // SQL cells run on each file and as-of date, unless they came with a link or file and the
    // user has not agreed yet.
    $effect(() => {
      void this.session.analyses.revision;
      void this.session.loads;
      void this.session.queries.ready;
      void this.notebook.sharedSql;
      untrack(() => this.runSqlCells());
    });
    $effect(() => this.runs.keep(this.cells.map((c) => c.id)));
  }

  #apply(params: AnalysisParams): void {
    this.session.analyses.apply(params).catch((e: unknown) => {
      this.session.error = { text: e instanceof Error ? e.message : String(e) };
    });
  }

  #recordLanguage(): void {
    this.notebook.record('language', this.#language.current);
  }

  #recordLoad(): void {
    const plan = this.session.plan;
    if (this.session.phase !== 'ready' || !plan) return;
    this.notebook.record('mapping', plan.mapping);
    this.notebook.record('dateFormats', plan.dateFormats.length > 0 ? plan.dateFormats : undefined);
  }

  /** The cell that holds an overview item's list, if the notebook has it. */
  listCell(kind: OverviewKind): Cell | undefined {
    const item = this.overview.find((i) => i.kind === kind);
    return item && this.cells.find((c) => c.kind === item.cell);
  }

  /** Run every SQL cell, when the data is there and the user agreed to run shared SQL. */
  runSqlCells(): void {
    const { session } = this;
    if (session.phase === 'ready' && session.queries.ready && !this.notebook.sharedSql) {
      this.runs.runAll(sqlCells(this.notebook.notebook));
    }
  }

  /** Open the notebook of the page's link, if it has one, and say how that went. */
  async openLink(): Promise<void> {
    const outcome = await this.notebook.openFromHash(this.#address.hash);
    this.#opened(outcome, { key: 'notebook.openedLink' });
    // A link's language is its `lang` parameter (language.svelte.ts), not the notebook's.
    this.#recordLanguage();
  }

  /** A notebook file was opened (`name`): say so; its language comes back with it. */
  openedFile(outcome: OpenOutcome, name: string): void {
    this.#opened(outcome, { key: 'notebook.imported', params: { name } });
    // The same person, another day: the notebook's language comes back with it.
    const language = this.notebook.notebook.params.language;
    if (outcome.status === 'opened' && language && isLanguage(language)) {
      this.#language.set(language);
    }
    this.#recordLanguage();
  }

  #opened(outcome: OpenOutcome, success: Sentence): void {
    if (outcome.status === 'failed') this.notice = { said: outcome.message, problem: true };
    else if (outcome.status === 'opened') this.notice = { said: success, problem: false };
  }

  /** Back to the start screen for another file; the dataset link goes from the address. */
  startOver(): void {
    this.hosted.forgetLink(this.#address);
    this.hosted.opened = null;
    this.session.startOver();
  }

  /**
   * Open what the page's address asks for (a dataset, a notebook), now and whenever its
   * fragment changes. Returns the function that stops following it.
   */
  start(): () => void {
    const stopData = this.hosted.followLink(this.session, this.#address);
    void this.openLink();
    const stopLink = this.#address.onChange(() => void this.openLink());
    return () => {
      stopData();
      stopLink();
    };
  }

  dispose(): void {
    this.#stopSyncs();
    this.notebook.dispose();
    this.session.dispose();
  }
}

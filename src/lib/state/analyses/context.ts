// What every analysis's state is given, and what the notebook's `Analyses` asks of it. One
// state per analysis (this folder, one file each), listed in ../analyses.svelte.ts: the
// coordinator runs them all for a new date and tells each which parameters changed.
import type { ListView } from '../../analyses/predict/list';
import type { Period } from '../../analyses/period';
import type { ImportPlan } from '../../import/plan';
import type { Executor } from '../../sql/executor';
import { Latest } from '../latest';

/** Rows kept of a customer list shown (a download reads the whole list). */
export const LIST_LIMIT = 500;

/** The parameters results are computed with: the date shown and the notebook's settings. */
export interface RunParams {
  asOf: string;
  period: Period;
  windowMonths: number;
  overdueFactor: number;
  /** The loaded file's plan: whether it has products, and amounts per line. */
  plan: ImportPlan | null;
  /** How the customer lists read the forecasts (beside them, and their order). */
  view: ListView;
}

/** The notebook's parameters other than the date, which `update` is told about. */
export type ParamName = 'period' | 'windowMonths' | 'overdueFactor';

export interface AnalysisContext {
  db: () => Executor;
  /** Read when a run starts: a run keeps what it started with. */
  params: () => RunParams;
}

export interface AnalysisState {
  /** A new file: forget what was shown for the last one. */
  reset?(): void;
  /** A new date, before anything runs: forget what was computed for the last one. */
  newDate?(): void;
  /** A new date, before every other starts: what the page shows first. */
  runFirst?(): Promise<void>;
  /** A new date: the results the page waits for before it says it is ready. */
  run?(): Promise<void>;
  /** A new date, once every `run` has ended: results shown when they come, not waited for. */
  runLater?(): Promise<void>;
  /** These parameters changed (and not the date): recompute what depends on them. */
  update?(changed: readonly ParamName[]): Promise<void>;
  /** The same, for results that come after every `update` has ended (as `runLater`). */
  updateLater?(changed: readonly ParamName[]): Promise<void>;
}

/** What most states start from: the context, and one `Latest` for all their requests. */
export class Computed {
  protected readonly ctx: AnalysisContext;
  protected readonly latest = new Latest();

  constructor(ctx: AnalysisContext) {
    this.ctx = ctx;
  }
}

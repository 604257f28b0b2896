// The notebook's analyses: the parameters results are computed with, and one state per analysis
// (./analyses/, keyed by kind), recomputed from the canonical tables when a parameter changes
// (the file is never read again). Large results are replaced, not mutated.
import { ensureCustomerSummary } from '../analyses/customers/ensure';
import { DEFAULT_OVERDUE_FACTOR, DEFAULT_WINDOW_MONTHS } from '../analyses/inactivity/window';
import type { Period } from '../analyses/period';
import { localModels, type PredictionModels } from '../analyses/predict/models';
import { COMPUTE_ORDER, type AnalysisKind } from '../analyses/registry';
import { engineFailure } from '../db/errors';
import type { ImportPlan } from '../import/plan';
import type { Executor } from '../sql/executor';
import { CohortsState } from './analyses/cohorts.svelte';
import type { AnalysisContext, AnalysisState, ParamName, RunParams } from './analyses/context';
import { FirstOrders } from './analyses/first-order.svelte';
import { FollowUps } from './analyses/follow-ups.svelte';
import { InactivityState } from './analyses/inactivity.svelte';
import { ParetoState } from './analyses/pareto.svelte';
import { Predictions } from './analyses/predict.svelte';
import { ProductsState } from './analyses/products.svelte';
import { RepeatState } from './analyses/repeat.svelte';
import { RfmState } from './analyses/rfm.svelte';
import { SummaryState } from './analyses/summary.svelte';

/** The parameters a notebook keeps; `asOf` null is the default (the day after the last purchase). */
export interface AnalysisParams {
  period: Period;
  windowMonths: number;
  overdueFactor: number;
  asOf: string | null;
}

/** One state per analysis kind: one missing (or extra) here does not type-check. */
function analysisStates(ctx: AnalysisContext, asOf: () => string, models: PredictionModels) {
  const inactivity = new InactivityState(ctx);
  return {
    summary: new SummaryState(ctx),
    cohorts: new CohortsState(ctx),
    repeat: new RepeatState(ctx),
    products: new ProductsState(ctx),
    'first-order': new FirstOrders(ctx.db),
    rfm: new RfmState(ctx),
    inactivity,
    // A fit changes what the customer lists show beside each customer.
    predict: new Predictions(ctx.db, asOf, () => inactivity.refreshLists(), models),
    pareto: new ParetoState(ctx),
    'follow-ups': new FollowUps(ctx.db, asOf),
  } satisfies Record<AnalysisKind, AnalysisState>;
}

export type AnalysisStates = ReturnType<typeof analysisStates>;

export class Analyses {
  asOf = $state('');
  defaultAsOf = $state('');
  period = $state<Period>('month');
  windowMonths = $state(DEFAULT_WINDOW_MONTHS);
  overdueFactor = $state(DEFAULT_OVERDUE_FACTOR);
  /** Counts the completed recomputations for an as-of date (the customers view changed). */
  revision = $state(0);
  /** Each analysis's state, by kind: what its cell shows. */
  readonly of: AnalysisStates;
  /** The latest results not waited for (see `AnalysisState.runLater`). */
  later: Promise<void> = Promise.resolve();

  #db: () => Executor;
  /** The plan of the loaded file: whether it has products, and amounts per line. */
  #plan: ImportPlan | null = null;
  /** What the notebook asks for; the fields above say what the results were computed with. */
  #wanted: AnalysisParams = {
    period: 'month',
    windowMonths: DEFAULT_WINDOW_MONTHS,
    overdueFactor: DEFAULT_OVERDUE_FACTOR,
    asOf: null,
  };
  #loaded = false;

  constructor(db: () => Executor, models: PredictionModels = localModels) {
    this.#db = db;
    // The date alone, not the params: those read the forecasts' list view, which reads the date.
    this.of = analysisStates({ db, params: () => this.#params() }, () => this.asOf, models);
  }

  #params(): RunParams {
    const { asOf, period, windowMonths, overdueFactor } = this;
    return {
      asOf,
      period,
      windowMonths,
      overdueFactor,
      plan: this.#plan,
      view: this.of.predict.view,
    };
  }

  /** The states in the order their queries start. */
  #states(): AnalysisState[] {
    return COMPUTE_ORDER.map((kind) => this.of[kind]);
  }

  /**
   * Everything, for a newly loaded file (with its import plan), with the parameters the
   * notebook asks for; `onSummary` as soon as its summary is there.
   */
  async load(
    defaultAsOf: string,
    plan: ImportPlan | null = null,
    onSummary?: () => void,
  ): Promise<void> {
    this.#loaded = false;
    this.#plan = plan;
    this.defaultAsOf = defaultAsOf;
    for (const state of this.#states()) state.reset?.();
    const { period, windowMonths, overdueFactor, asOf } = this.#wanted;
    Object.assign(this, { period, windowMonths, overdueFactor });
    await this.setAsOf(asOf ?? defaultAsOf, onSummary);
    this.#loaded = true;
    // The notebook may have changed while this ran (an undo, a link opened).
    await this.apply(this.#wanted);
  }

  /**
   * The notebook's parameters: remembered for the next file, and, when results are shown,
   * recomputed where they differ (an as-of date recomputes everything; the others, what
   * depends on them).
   */
  async apply(params: AnalysisParams): Promise<void> {
    this.#wanted = { ...params };
    if (!this.#loaded) return;
    const asOf = params.asOf ?? this.defaultAsOf;
    const names: ParamName[] = ['period', 'windowMonths', 'overdueFactor'];
    const changed = names.filter((name) => params[name] !== this[name]);
    this.period = params.period;
    this.windowMonths = params.windowMonths;
    this.overdueFactor = params.overdueFactor;
    if (asOf !== this.asOf) await this.setAsOf(asOf);
    else if (changed.length > 0) {
      await Promise.all(this.#states().map((s) => s.update?.(changed)));
      await Promise.all(this.#states().map((s) => s.updateLater?.(changed)));
    }
  }

  /** Everything for another date; `onSummary` as soon as its summary is there. */
  async setAsOf(asOf: string, onSummary?: () => void): Promise<void> {
    this.asOf = asOf;
    for (const state of this.#states()) state.newDate?.();
    await Promise.all(this.#states().map((s) => s.runFirst?.()));
    onSummary?.();
    // Built once here, so the analyses below (run together) find it ready.
    await ensureCustomerSummary(this.#db(), asOf);
    await Promise.all(this.#states().map((s) => s.run?.()));
    this.revision++;
    this.later = Promise.all(
      this.#states().map((s) =>
        s.runLater?.().catch((e: unknown) => {
          // An engine failure is the session's to report (it restarts the engine and says so).
          if (!engineFailure(e)) console.error('later results:', e);
        }),
      ),
    ).then(() => {});
  }
}

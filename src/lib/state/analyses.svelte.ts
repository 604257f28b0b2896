// The notebook's analyses: parameters and results, recomputed from the canonical tables when
// a parameter changes (the file is never read again). Large results are replaced, not mutated.
import { runCohortCustomers, type CohortSquare } from '../analyses/cohorts/customers';
import { runCohorts } from '../analyses/cohorts/run';
import type { CohortResult } from '../analyses/cohorts/types';
import { ensureCustomerSummary } from '../analyses/customers/ensure';
import type { CustomerListRow } from '../analyses/customers/list';
import {
  runInactivity,
  runLapsedByMonth,
  runLapsedCustomers,
  runOverdueCount,
  runOverdueCustomers,
} from '../analyses/inactivity/run';
import type { InactivityResult, LapsedPoint, OverdueCustomer } from '../analyses/inactivity/types';
import { DEFAULT_OVERDUE_FACTOR, DEFAULT_WINDOW_MONTHS } from '../analyses/inactivity/window';
import { runPareto, runVipCustomers } from '../analyses/pareto/run';
import type { ParetoResult, VipCustomer } from '../analyses/pareto/types';
import type { Period } from '../analyses/period';
import { runRepeat } from '../analyses/repeat/run';
import type { RepeatResult } from '../analyses/repeat/types';
import { runRfm, runRfmSegmentCustomers } from '../analyses/rfm/run';
import type { SegmentKey } from '../analyses/rfm/segments';
import type { RfmCustomer, RfmResult, RfmSquare } from '../analyses/rfm/types';
import { runSummary } from '../analyses/summary/run';
import type { Summary } from '../analyses/summary/types';
import { localModels, type PredictionModels } from '../analyses/predict/models';
import { Additions } from './additions.svelte';
import { FirstOrders } from './first-orders.svelte';
import { FollowUps } from './follow-ups.svelte';
import { engineFailure } from '../db/errors';
import { Latest } from './latest';
import { Predictions } from './predictions.svelte';
import type { Executor } from '../sql/executor';
import type { ImportPlan } from '../import/plan';

export const LIST_LIMIT = 500;

export type ListKind = 'lapsed' | 'overdue' | 'vips' | 'segment' | 'square';

/** The parameters a notebook keeps; `asOf` null is the default (the day after the last purchase). */
export interface AnalysisParams {
  period: Period;
  windowMonths: number;
  overdueFactor: number;
  asOf: string | null;
}

export class Analyses {
  asOf = $state('');
  defaultAsOf = $state('');
  period = $state<Period>('month');
  windowMonths = $state(DEFAULT_WINDOW_MONTHS);
  overdueFactor = $state(DEFAULT_OVERDUE_FACTOR);
  segment = $state<SegmentKey | null>(null);
  /** A square of the RFM grid, when the list shows only its part of the segment. */
  rfmSquare = $state<RfmSquare | null>(null);
  square = $state<CohortSquare | null>(null);

  summary = $state.raw<Summary | null>(null);
  cohorts = $state.raw<CohortResult | null>(null);
  rfm = $state.raw<RfmResult | null>(null);
  segmentCustomers = $state.raw<RfmCustomer[]>([]);
  squareCustomers = $state.raw<CustomerListRow[]>([]);
  inactivity = $state.raw<InactivityResult | null>(null);
  lapsedByMonth = $state.raw<LapsedPoint[]>([]);
  lapsed = $state.raw<CustomerListRow[]>([]);
  overdue = $state.raw<OverdueCustomer[]>([]);
  pareto = $state.raw<ParetoResult | null>(null);
  vips = $state.raw<VipCustomer[]>([]);
  repeat = $state.raw<RepeatResult | null>(null);
  /** Counts the completed recomputations for an as-of date (the customers view changed). */
  revision = $state(0);

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
  #latest = new Latest();

  /** The forecasts, fitted in the background after the analyses above. */
  predictions: Predictions;
  /** Second purchase by month, the open windows, what regulars buy: not waited for either. */
  additions: Additions;
  /** The first-order cells, each asking for its own split once the rest is shown. */
  firstOrders: FirstOrders;
  /** Follow-ups kept on this device, measured on the data loaded. */
  followUps: FollowUps;

  constructor(db: () => Executor, models: PredictionModels = localModels) {
    this.#db = db;
    this.predictions = new Predictions(
      db,
      () => this.asOf,
      () => this.#refreshLists(),
      models,
    );
    this.additions = new Additions(db, () => ({
      asOf: this.asOf,
      windowMonths: this.windowMonths,
      plan: this.#plan,
      limit: LIST_LIMIT,
    }));
    this.firstOrders = new FirstOrders(db, LIST_LIMIT);
    this.followUps = new FollowUps(db);
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
    this.firstOrders.reset();
    this.defaultAsOf = defaultAsOf;
    this.segment = null;
    this.rfmSquare = null;
    this.square = null;
    this.predictions.calibrationEnd = null;
    const { period, windowMonths, overdueFactor, asOf } = this.#wanted;
    Object.assign(this, { period, windowMonths, overdueFactor });
    await this.setAsOf(asOf ?? defaultAsOf, onSummary);
    this.#loaded = true;
    // The notebook may have changed while this ran (an undo, a link opened).
    await this.apply(this.#wanted);
  }

  /**
   * The notebook's parameters: remembered for the next file, and, when results are shown,
   * recomputed where they differ (an as-of date recomputes everything; a period only cohorts).
   */
  async apply(params: AnalysisParams): Promise<void> {
    this.#wanted = { ...params };
    if (!this.#loaded) return;
    const asOf = params.asOf ?? this.defaultAsOf;
    if (asOf !== this.asOf) {
      this.period = params.period;
      this.windowMonths = params.windowMonths;
      this.overdueFactor = params.overdueFactor;
      await this.setAsOf(asOf);
      return;
    }
    const period = params.period !== this.period;
    const window = params.windowMonths !== this.windowMonths;
    const factor = params.overdueFactor !== this.overdueFactor;
    // The window's figures include the overdue count, so the factor is set before either runs.
    this.overdueFactor = params.overdueFactor;
    await Promise.all([
      period ? this.setPeriod(params.period) : null,
      window ? this.setWindow(params.windowMonths) : null,
      factor ? this.setOverdueFactor(params.overdueFactor) : null,
    ]);
  }

  async setAsOf(asOf: string, onSummary?: () => void): Promise<void> {
    this.asOf = asOf;
    this.predictions.reset(asOf);
    const db = this.#db();
    await this.#latest.run(
      'summary',
      () => runSummary(db, asOf),
      (v) => (this.summary = v),
    );
    onSummary?.();
    // Built once here, so the analyses below (run together) find it ready.
    await ensureCustomerSummary(db, asOf);
    await Promise.all([
      this.setPeriod(this.period),
      this.#runRfm(),
      // The window's results carry the overdue count: only the overdue list is left to read.
      this.#setWindow(this.windowMonths),
      this.#runOverdueList(),
      this.#runPareto(),
      this.#latest.run(
        'repeat',
        () => runRepeat(db, { asOf }),
        (v) => (this.repeat = v),
      ),
    ]);
    this.revision++;
    // Not awaited: the fit takes seconds and everything else is on screen already.
    void this.predictions.fit();
    // The additions start once the cells above are there: the page is ready without them.
    this.additions.start();
    this.followUps.measure(asOf).catch((e: unknown) => {
      if (!engineFailure(e)) console.error('follow-ups:', e);
    });
  }

  async setPeriod(period: Period): Promise<void> {
    this.period = period;
    this.square = null;
    this.squareCustomers = [];
    const { asOf } = this;
    await this.#latest.run(
      'cohorts',
      () => runCohorts(this.#db(), period, asOf),
      (v) => (this.cohorts = v),
    );
  }

  async setWindow(windowMonths: number): Promise<void> {
    await this.#setWindow(windowMonths);
    // The lapsed group of "what regulars buy" follows the window.
    await this.additions.runProducts();
  }

  async #setWindow(windowMonths: number): Promise<void> {
    this.windowMonths = windowMonths;
    // Its figures come with their own list: a list read before for another window is stale.
    this.#latest.supersede('lapsed');
    const db = this.#db();
    const params = { asOf: this.asOf, windowMonths, overdueFactor: this.overdueFactor };
    await this.#latest.run(
      'inactivity',
      async () => ({
        result: await runInactivity(db, params),
        byMonth: await runLapsedByMonth(db, params),
        lapsed: await runLapsedCustomers(db, {
          ...params,
          limit: LIST_LIMIT,
          view: this.predictions.view,
        }),
      }),
      (v) => {
        // A factor changed while this ran: its own count, already shown or on its way, stays.
        const current = this.inactivity;
        this.inactivity =
          current && params.overdueFactor !== this.overdueFactor
            ? { ...v.result, overdue: current.overdue }
            : v.result;
        this.lapsedByMonth = v.byMonth;
        this.lapsed = v.lapsed;
      },
    );
  }

  async setOverdueFactor(overdueFactor: number): Promise<void> {
    this.overdueFactor = overdueFactor;
    const { asOf } = this;
    // The factor changes the overdue count and list only: the rest of the cell stays.
    await Promise.all([
      this.#latest.run(
        'overdue-count',
        () => runOverdueCount(this.#db(), { asOf, overdueFactor }),
        (count) => {
          if (this.inactivity) this.inactivity = { ...this.inactivity, overdue: count };
        },
      ),
      this.#runOverdueList(),
    ]);
  }

  /** The overdue list alone (its count comes with the window's figures). */
  async #runOverdueList(): Promise<void> {
    const { asOf, overdueFactor } = this;
    const view = this.predictions.view;
    await this.#latest.run(
      'overdue',
      () => runOverdueCustomers(this.#db(), { asOf, overdueFactor, limit: LIST_LIMIT, view }),
      (list) => (this.overdue = list),
    );
  }

  /** List the customers behind one heatmap square (null closes the list). */
  async selectSquare(square: CohortSquare | null): Promise<void> {
    this.square = square;
    if (!square) {
      this.squareCustomers = [];
      return;
    }
    const { asOf } = this;
    await this.#latest.run(
      'square',
      () => runCohortCustomers(this.#db(), square, asOf, LIST_LIMIT),
      (v) => (this.squareCustomers = v),
    );
  }

  async selectSegment(segment: SegmentKey | null, square: RfmSquare | null = null): Promise<void> {
    this.segment = segment;
    this.rfmSquare = segment ? square : null;
    if (!segment) {
      this.segmentCustomers = [];
      return;
    }
    const params = { asOf: this.asOf, segment, square: square ?? undefined, limit: LIST_LIMIT };
    await this.#latest.run(
      'segment',
      () => runRfmSegmentCustomers(this.#db(), params),
      (v) => (this.segmentCustomers = v),
    );
  }

  /** A whole customer list, not just the rows shown, for a download. */
  async fullList(kind: ListKind): Promise<CustomerListRow[]> {
    const db = this.#db();
    const { asOf, windowMonths, overdueFactor } = this;
    const limit = Number.MAX_SAFE_INTEGER;
    const view = this.predictions.view;
    switch (kind) {
      case 'lapsed':
        return runLapsedCustomers(db, { asOf, windowMonths, limit, view });
      case 'overdue':
        return runOverdueCustomers(db, { asOf, overdueFactor, limit, view });
      case 'vips':
        return runVipCustomers(db, { asOf, limit });
      case 'square':
        return this.square ? runCohortCustomers(db, this.square, asOf, limit) : [];
      case 'segment':
        return this.segment
          ? runRfmSegmentCustomers(db, {
              asOf,
              segment: this.segment,
              square: this.rfmSquare ?? undefined,
              limit,
            })
          : [];
    }
  }

  async #runRfm(): Promise<void> {
    const { asOf } = this;
    await this.#latest.run(
      'rfm',
      () => runRfm(this.#db(), { asOf }),
      (v) => (this.rfm = v),
    );
    await this.selectSegment(this.segment, this.rfmSquare);
  }

  async #runPareto(): Promise<void> {
    const db = this.#db();
    const { asOf } = this;
    await this.#latest.run(
      'pareto',
      async () => ({
        result: await runPareto(db, { asOf }),
        vips: await runVipCustomers(db, { asOf, limit: LIST_LIMIT }),
      }),
      (v) => {
        this.pareto = v.result;
        this.vips = v.vips;
      },
    );
  }

  /** The lapsed list alone, for the window shown (its counts do not change). */
  async #runLapsedList(): Promise<void> {
    const { asOf, windowMonths } = this;
    const view = this.predictions.view;
    await this.#latest.run(
      'lapsed',
      () => runLapsedCustomers(this.#db(), { asOf, windowMonths, limit: LIST_LIMIT, view }),
      (list) => (this.lapsed = list),
    );
  }

  /** The lapsed and overdue lists again, with (or without) the forecasts beside them. */
  async #refreshLists(): Promise<void> {
    // Only the lists carry the forecasts: the counts, the months and the products stay.
    await Promise.all([this.#runLapsedList(), this.#runOverdueList()]);
  }
}

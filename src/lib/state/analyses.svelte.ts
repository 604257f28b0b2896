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
import type { RfmCustomer, RfmResult } from '../analyses/rfm/types';
import { runSummary } from '../analyses/summary/run';
import type { Summary } from '../analyses/summary/types';
import { localModels, type PredictionModels } from '../analyses/predict/models';
import { Predictions } from './predictions.svelte';
import type { Executor } from '../sql/executor';
import { engineFailure } from '../db/errors';
import type { ImportPlan } from '../import/plan';
import { runGateway, runProducts } from '../analyses/products/run';
import { DEFAULT_GATEWAY_DAYS } from '../analyses/products/sql';
import type { ProductsResult } from '../analyses/products/types';
import { runInWindow, runRepeatByCohort } from '../analyses/repeat/run';
import type { CohortWithin, InWindowCustomer, InWindowResult } from '../analyses/repeat/types';

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

  // Second purchase by month, the open windows, what regulars buy (see the block below).
  repeatByCohort = $state.raw<CohortWithin[]>([]);
  inWindow = $state.raw<InWindowResult | null>(null);
  products = $state.raw<ProductsResult | null>(null);
  /** The products shown are being recomputed (a new date or window). */
  productsBusy = $state(false);
  gatewayDays = $state(DEFAULT_GATEWAY_DAYS);
  /** The latest run of the three results above, which setAsOf does not wait for. */
  extras: Promise<void> = Promise.resolve();

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
  // Each request remembers its number; a slower, older answer never overwrites a newer one.
  #latest: Record<string, number> = {};
  #counter = 0;

  /** The forecasts, fitted in the background after the analyses above. */
  predictions: Predictions;

  constructor(db: () => Executor, models: PredictionModels = localModels) {
    this.#db = db;
    this.predictions = new Predictions(
      db,
      () => this.asOf,
      () => this.#refreshLists(),
      models,
    );
  }

  async #fresh<T>(key: string, work: () => Promise<T>, apply: (value: T) => void): Promise<void> {
    const id = ++this.#counter;
    this.#latest[key] = id;
    const value = await work();
    if (this.#latest[key] === id) apply(value);
  }

  /**
   * Everything, for a newly loaded file (with its import plan), with the parameters the
   * notebook asks for.
   */
  async load(defaultAsOf: string, plan: ImportPlan | null = null): Promise<void> {
    this.#loaded = false;
    this.#plan = plan;
    this.defaultAsOf = defaultAsOf;
    this.segment = null;
    this.square = null;
    this.predictions.calibrationEnd = null;
    const { period, windowMonths, overdueFactor, asOf } = this.#wanted;
    Object.assign(this, { period, windowMonths, overdueFactor });
    await this.setAsOf(asOf ?? defaultAsOf);
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

  async setAsOf(asOf: string): Promise<void> {
    this.asOf = asOf;
    this.predictions.reset(asOf);
    const db = this.#db();
    await this.#fresh(
      'summary',
      () => runSummary(db, asOf),
      (v) => (this.summary = v),
    );
    // Built once here, so the analyses below (run together) find it ready.
    await ensureCustomerSummary(db, asOf);
    await Promise.all([
      this.setPeriod(this.period),
      this.#runRfm(),
      // The window's results carry the overdue count: only the overdue list is left to read.
      this.#setWindow(this.windowMonths),
      this.#runOverdueList(),
      this.#runPareto(),
      this.#fresh(
        'repeat',
        () => runRepeat(db, { asOf }),
        (v) => (this.repeat = v),
      ),
    ]);
    this.revision++;
    // Not awaited: the fit takes seconds and everything else is on screen already.
    void this.predictions.fit();
    // The additions start once the cells above are there, and are not awaited: the page is
    // ready (and shows those cells) without waiting for them. `extras` lets a caller wait.
    this.extras = Promise.all([this.#runSecondPurchase(), this.#runProducts()]).then(
      () => {},
      // An engine failure is the session's to report (it restarts the engine and says so).
      (e: unknown) => {
        if (!engineFailure(e)) console.error('second purchase / products:', e);
      },
    );
  }

  async setPeriod(period: Period): Promise<void> {
    this.period = period;
    this.square = null;
    this.squareCustomers = [];
    const { asOf } = this;
    await this.#fresh(
      'cohorts',
      () => runCohorts(this.#db(), period, asOf),
      (v) => (this.cohorts = v),
    );
  }

  async setWindow(windowMonths: number): Promise<void> {
    await this.#setWindow(windowMonths);
    // The lapsed group of "what regulars buy" follows the window.
    await this.#runProducts();
  }

  async #setWindow(windowMonths: number): Promise<void> {
    this.windowMonths = windowMonths;
    const db = this.#db();
    const params = { asOf: this.asOf, windowMonths, overdueFactor: this.overdueFactor };
    await this.#fresh(
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
    const db = this.#db();
    const { asOf } = this;
    // The factor changes the overdue count and list only: the rest of the cell stays.
    await this.#fresh(
      'overdue',
      async () => ({
        count: await runOverdueCount(db, { asOf, overdueFactor }),
        list: await runOverdueCustomers(db, {
          asOf,
          overdueFactor,
          limit: LIST_LIMIT,
          view: this.predictions.view,
        }),
      }),
      (v) => {
        if (this.inactivity) this.inactivity = { ...this.inactivity, overdue: v.count };
        this.overdue = v.list;
      },
    );
  }

  /** The overdue list alone (its count comes with the window's figures). */
  async #runOverdueList(): Promise<void> {
    const { asOf, overdueFactor } = this;
    const view = this.predictions.view;
    await this.#fresh(
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
    await this.#fresh(
      'square',
      () => runCohortCustomers(this.#db(), square, asOf, LIST_LIMIT),
      (v) => (this.squareCustomers = v),
    );
  }

  async selectSegment(segment: SegmentKey | null): Promise<void> {
    this.segment = segment;
    if (!segment) {
      this.segmentCustomers = [];
      return;
    }
    const params = { asOf: this.asOf, segment, limit: LIST_LIMIT };
    await this.#fresh(
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
          ? runRfmSegmentCustomers(db, { asOf, segment: this.segment, limit })
          : [];
    }
  }

  async #runRfm(): Promise<void> {
    const { asOf } = this;
    await this.#fresh(
      'rfm',
      () => runRfm(this.#db(), { asOf }),
      (v) => (this.rfm = v),
    );
    await this.selectSegment(this.segment);
  }

  async #runPareto(): Promise<void> {
    const db = this.#db();
    const { asOf } = this;
    await this.#fresh(
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

  // ---- Second purchase by first-purchase month, "still in their window", what regulars buy ----

  async #runSecondPurchase(): Promise<void> {
    const db = this.#db();
    const { asOf } = this;
    await this.#fresh(
      'secondPurchase',
      async () => ({
        byCohort: await runRepeatByCohort(db, { asOf }),
        inWindow: await runInWindow(db, { asOf, limit: LIST_LIMIT }),
      }),
      (v) => {
        this.repeatByCohort = v.byCohort;
        this.inWindow = v.inWindow;
      },
    );
  }

  /** Products per group; only when the mapping names a product column (else null). */
  async #runProducts(): Promise<void> {
    const plan = this.#plan;
    const { asOf, windowMonths, gatewayDays } = this;
    if (!plan?.mapping.product) {
      this.#latest.products = ++this.#counter;
      this.products = null;
      this.productsBusy = false;
      return;
    }
    this.productsBusy = true;
    const run = this.#fresh(
      'products',
      () =>
        runProducts(this.#db(), {
          asOf,
          windowMonths,
          gatewayDays,
          lineAmounts: !plan.orderTotals,
        }),
      (v) => (this.products = v),
    );
    // Busy until the latest request ends (a slower, older one ending first changes nothing).
    const id = this.#latest.products;
    await run.finally(() => {
      if (this.#latest.products === id) this.productsBusy = false;
    });
  }

  /** Gateway products for another window (30, 60, 90 or 180 days). */
  async setGatewayDays(days: number): Promise<void> {
    this.gatewayDays = days;
    if (!this.products) return;
    const { asOf } = this;
    // Its own key: a full run started meanwhile (new date or window) still lands, and this
    // one updates whatever products are shown when it ends.
    await this.#fresh(
      'gateway',
      () => runGateway(this.#db(), { asOf, gatewayDays: days }),
      (gateway) => {
        if (this.products) this.products = { ...this.products, gateway };
      },
    );
  }

  /** The whole "still in their window" list, for the download. */
  async fullInWindow(): Promise<InWindowCustomer[]> {
    const result = await runInWindow(this.#db(), {
      asOf: this.asOf,
      limit: Number.MAX_SAFE_INTEGER,
    });
    return result.list;
  }

  /** The lapsed and overdue lists again, with (or without) the forecasts beside them. */
  async #refreshLists(): Promise<void> {
    // The overdue count does not depend on the forecasts: only its list is read again.
    await Promise.all([this.setWindow(this.windowMonths), this.#runOverdueList()]);
  }
}

// What follows the analyses without being waited for: second purchase by first-purchase month,
// the customers still in their window, and what regulars buy (products per group, gateway
// products). They start once the other cells are there; `done` lets a caller wait for them.
import type { ProductsResult } from '../analyses/products/types';
import { runGateway, runProducts } from '../analyses/products/run';
import { DEFAULT_GATEWAY_DAYS } from '../analyses/products/sql';
import { runInWindow, runRepeatByCohort } from '../analyses/repeat/run';
import type { CohortWithin, InWindowCustomer, InWindowResult } from '../analyses/repeat/types';
import { engineFailure } from '../db/errors';
import type { ImportPlan } from '../import/plan';
import type { Executor } from '../sql/executor';
import { Latest } from './latest';

/** What the additions are computed for: the analyses' date and window, the file's plan. */
export interface AdditionsParams {
  asOf: string;
  windowMonths: number;
  /** Whether the file has products, and amounts per line. */
  plan: ImportPlan | null;
  /** Rows kept of a list shown. */
  limit: number;
}

export class Additions {
  repeatByCohort = $state.raw<CohortWithin[]>([]);
  inWindow = $state.raw<InWindowResult | null>(null);
  products = $state.raw<ProductsResult | null>(null);
  /** The products shown are being recomputed (a new date or window). */
  productsBusy = $state(false);
  gatewayDays = $state(DEFAULT_GATEWAY_DAYS);
  /** The latest run of all three, which the page does not wait for. */
  done: Promise<void> = Promise.resolve();

  #db: () => Executor;
  #params: () => AdditionsParams;
  #latest = new Latest();

  constructor(db: () => Executor, params: () => AdditionsParams) {
    this.#db = db;
    this.#params = params;
  }

  /** All three again, for a new date (not awaited). */
  start(): void {
    this.done = Promise.all([this.#runSecondPurchase(), this.runProducts()]).then(
      () => {},
      // An engine failure is the session's to report (it restarts the engine and says so).
      (e: unknown) => {
        if (!engineFailure(e)) console.error('second purchase / products:', e);
      },
    );
  }

  async #runSecondPurchase(): Promise<void> {
    const db = this.#db();
    const { asOf, limit } = this.#params();
    await this.#latest.run(
      'secondPurchase',
      async () => ({
        byCohort: await runRepeatByCohort(db, { asOf }),
        inWindow: await runInWindow(db, { asOf, limit }),
      }),
      (v) => {
        this.repeatByCohort = v.byCohort;
        this.inWindow = v.inWindow;
      },
    );
  }

  /** Products per group, for the current date and window; null without a product column. */
  async runProducts(): Promise<void> {
    const { asOf, windowMonths, plan } = this.#params();
    if (!plan?.mapping.product) {
      this.#latest.supersede('products');
      this.products = null;
      this.productsBusy = false;
      return;
    }
    this.productsBusy = true;
    const { gatewayDays } = this;
    const run = this.#latest.run(
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
    const id = this.#latest.supersede('productsBusy');
    await run.finally(() => {
      if (this.#latest.isLatest('productsBusy', id)) this.productsBusy = false;
    });
  }

  /** Gateway products for another window (30, 60, 90 or 180 days). */
  async setGatewayDays(days: number): Promise<void> {
    this.gatewayDays = days;
    if (!this.products) return;
    const { asOf } = this.#params();
    // Its own key: a full run started meanwhile (new date or window) still lands, and this
    // one updates whatever products are shown when it ends.
    await this.#latest.run(
      'gateway',
      () => runGateway(this.#db(), { asOf, gatewayDays: days }),
      (gateway) => {
        if (this.products) this.products = { ...this.products, gateway };
      },
    );
  }

  /** The whole "still in their window" list, for the download. */
  async fullInWindow(): Promise<InWindowCustomer[]> {
    const { asOf } = this.#params();
    const result = await runInWindow(this.#db(), { asOf, limit: Number.MAX_SAFE_INTEGER });
    return result.list;
  }
}

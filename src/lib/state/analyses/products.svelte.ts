// What regulars buy: products per group and gateway products, for the date and the inactivity
// window (its lapsed group); nothing without a product column. Shown when it comes.
import { runGateway, runProducts } from '../../analyses/products/run';
import { DEFAULT_GATEWAY_DAYS } from '../../analyses/products/sql';
import type { ProductsResult } from '../../analyses/products/types';
import { Computed, type AnalysisState, type ParamName } from './context';

export class ProductsState extends Computed implements AnalysisState {
  result = $state.raw<ProductsResult | null>(null);
  /** The products shown are being recomputed (a new date or window). */
  busy = $state(false);
  gatewayDays = $state(DEFAULT_GATEWAY_DAYS);

  runLater(): Promise<void> {
    return this.#run();
  }

  /** After the inactivity cell's own figures: their queries go first. */
  async updateLater(changed: readonly ParamName[]): Promise<void> {
    if (changed.includes('windowMonths')) await this.#run();
  }

  async #run(): Promise<void> {
    const { asOf, windowMonths, plan } = this.ctx.params();
    if (!plan?.mapping.product) {
      this.latest.supersede('products');
      this.result = null;
      this.busy = false;
      return;
    }
    this.busy = true;
    const { gatewayDays } = this;
    const run = this.latest.run(
      'products',
      () =>
        runProducts(this.ctx.db(), {
          asOf,
          windowMonths,
          gatewayDays,
          lineAmounts: !plan.orderTotals,
        }),
      (v) => (this.result = v),
    );
    // Busy until the latest request ends (a slower, older one ending first changes nothing).
    const id = this.latest.supersede('busy');
    await run.finally(() => {
      if (this.latest.isLatest('busy', id)) this.busy = false;
    });
  }

  /** Gateway products for another window (30, 60, 90 or 180 days). */
  async setGatewayDays(days: number): Promise<void> {
    this.gatewayDays = days;
    if (!this.result) return;
    const { asOf } = this.ctx.params();
    // Its own key: a full run started meanwhile (new date or window) still lands, and this
    // one updates whatever products are shown when it ends.
    await this.latest.run(
      'gateway',
      () => runGateway(this.ctx.db(), { asOf, gatewayDays: days }),
      (gateway) => {
        if (this.result) this.result = { ...this.result, gateway };
      },
    );
  }
}

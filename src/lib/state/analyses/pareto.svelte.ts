// Pareto: how concentrated revenue is, and the customers who bring most of it.
import { runPareto, runVipCustomers } from '../../analyses/pareto/run';
import type { ParetoResult, VipCustomer } from '../../analyses/pareto/types';
import { Computed, LIST_LIMIT, type AnalysisState } from './context';

export class ParetoState extends Computed implements AnalysisState {
  result = $state.raw<ParetoResult | null>(null);
  vips = $state.raw<VipCustomer[]>([]);

  async run(): Promise<void> {
    const db = this.ctx.db();
    const { asOf } = this.ctx.params();
    await this.latest.run(
      'pareto',
      async () => ({
        result: await runPareto(db, { asOf }),
        vips: await runVipCustomers(db, { asOf, limit: LIST_LIMIT }),
      }),
      (v) => {
        this.result = v.result;
        this.vips = v.vips;
      },
    );
  }

  /** The whole VIP list, for a download. */
  fullList(): Promise<VipCustomer[]> {
    const { asOf } = this.ctx.params();
    return runVipCustomers(this.ctx.db(), { asOf, limit: Number.MAX_SAFE_INTEGER });
  }
}

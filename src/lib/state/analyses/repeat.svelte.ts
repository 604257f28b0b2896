// Second purchase: the share who came back and when (waited for), then by first-purchase month
// and the customers still inside their window (shown when they come).
import { runInWindow, runRepeat, runRepeatByCohort } from '../../analyses/repeat/run';
import type {
  CohortWithin,
  InWindowCustomer,
  InWindowResult,
  RepeatResult,
} from '../../analyses/repeat/types';
import { Computed, LIST_LIMIT, type AnalysisState } from './context';

export class RepeatState extends Computed implements AnalysisState {
  result = $state.raw<RepeatResult | null>(null);
  byCohort = $state.raw<CohortWithin[]>([]);
  inWindow = $state.raw<InWindowResult | null>(null);

  async run(): Promise<void> {
    const { asOf } = this.ctx.params();
    await this.latest.run(
      'repeat',
      () => runRepeat(this.ctx.db(), { asOf }),
      (v) => (this.result = v),
    );
  }

  async runLater(): Promise<void> {
    const db = this.ctx.db();
    const { asOf } = this.ctx.params();
    await this.latest.run(
      'later',
      async () => ({
        byCohort: await runRepeatByCohort(db, { asOf }),
        inWindow: await runInWindow(db, { asOf, limit: LIST_LIMIT }),
      }),
      (v) => {
        this.byCohort = v.byCohort;
        this.inWindow = v.inWindow;
      },
    );
  }

  /** The whole "still in their window" list, for a download. */
  async fullInWindow(): Promise<InWindowCustomer[]> {
    const { asOf } = this.ctx.params();
    const result = await runInWindow(this.ctx.db(), { asOf, limit: Number.MAX_SAFE_INTEGER });
    return result.list;
  }
}

// The summary: read first for a new date, before every other analysis (the page shows the
// overview as soon as it is there).
import { runSummary } from '../../analyses/summary/run';
import type { Summary } from '../../analyses/summary/types';
import { Computed, type AnalysisState } from './context';

export class SummaryState extends Computed implements AnalysisState {
  result = $state.raw<Summary | null>(null);

  async runFirst(): Promise<void> {
    const { asOf } = this.ctx.params();
    await this.latest.run(
      'summary',
      () => runSummary(this.ctx.db(), asOf),
      (v) => (this.result = v),
    );
  }
}

// The summary: read first for a new date, before every other analysis (the page shows the
// overview as soon as it is there).
import { runSummary } from '../../analyses/summary/run';
import type { Summary } from '../../analyses/summary/types';
import { Latest } from '../latest';
import type { AnalysisContext, AnalysisState } from './context';

export class SummaryState implements AnalysisState {
  result = $state.raw<Summary | null>(null);

  #ctx: AnalysisContext;
  #latest = new Latest();

  constructor(ctx: AnalysisContext) {
    this.#ctx = ctx;
  }

  async runFirst(): Promise<void> {
    const { asOf } = this.#ctx.params();
    await this.#latest.run(
      'summary',
      () => runSummary(this.#ctx.db(), asOf),
      (v) => (this.result = v),
    );
  }
}

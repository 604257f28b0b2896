// Cohorts: the triangle for the period shown, and the customers of the square picked in it.
import { runCohortCustomers, type CohortSquare } from '../../analyses/cohorts/customers';
import { runCohorts } from '../../analyses/cohorts/run';
import type { CohortResult } from '../../analyses/cohorts/types';
import type { CustomerListRow } from '../../analyses/customers/list';
import { Computed, LIST_LIMIT, type AnalysisState, type ParamName } from './context';

export class CohortsState extends Computed implements AnalysisState {
  result = $state.raw<CohortResult | null>(null);
  /** The square whose customers are listed, or null. */
  square = $state<CohortSquare | null>(null);
  squareCustomers = $state.raw<CustomerListRow[]>([]);

  async run(): Promise<void> {
    // The squares of another period or date are gone: so is their list.
    this.square = null;
    this.squareCustomers = [];
    const { asOf, period } = this.ctx.params();
    await this.latest.run(
      'cohorts',
      () => runCohorts(this.ctx.db(), period, asOf),
      (v) => (this.result = v),
    );
  }

  async update(changed: readonly ParamName[]): Promise<void> {
    if (changed.includes('period')) await this.run();
  }

  /** List the customers behind one square (null closes the list). */
  async select(square: CohortSquare | null): Promise<void> {
    this.square = square;
    if (!square) {
      this.squareCustomers = [];
      return;
    }
    const { asOf } = this.ctx.params();
    await this.latest.run(
      'square',
      () => runCohortCustomers(this.ctx.db(), square, asOf, LIST_LIMIT),
      (v) => (this.squareCustomers = v),
    );
  }

  /** The whole list of the square picked, for a download. */
  async fullList(): Promise<CustomerListRow[]> {
    const { asOf } = this.ctx.params();
    const { square } = this;
    return square ? runCohortCustomers(this.ctx.db(), square, asOf, Number.MAX_SAFE_INTEGER) : [];
  }
}

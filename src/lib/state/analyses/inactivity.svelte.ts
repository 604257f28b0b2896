// Who stopped buying: the window's figures with its lapsed list and the months they lapsed in,
// and the overdue count and list for the factor. The lists carry the forecasts when there are
// some, so a finished fit or another order reads the lists again, and only them.
import type { CustomerListRow } from '../../analyses/customers/list';
import {
  runInactivity,
  runLapsedByMonth,
  runLapsedCustomers,
  runOverdueCount,
  runOverdueCustomers,
} from '../../analyses/inactivity/run';
import type {
  InactivityResult,
  LapsedPoint,
  OverdueCustomer,
} from '../../analyses/inactivity/types';
import { Computed, LIST_LIMIT, type AnalysisState, type ParamName } from './context';

export type InactivityList = 'lapsed' | 'overdue';

export class InactivityState extends Computed implements AnalysisState {
  result = $state.raw<InactivityResult | null>(null);
  byMonth = $state.raw<LapsedPoint[]>([]);
  lapsed = $state.raw<CustomerListRow[]>([]);
  overdue = $state.raw<OverdueCustomer[]>([]);

  async run(): Promise<void> {
    // The window's results carry the overdue count: only the overdue list is left to read.
    await Promise.all([this.#runWindow(), this.#runOverdueList()]);
  }

  async update(changed: readonly ParamName[]): Promise<void> {
    await Promise.all([
      changed.includes('windowMonths') ? this.#runWindow() : null,
      // The factor changes the overdue count and list only: the rest of the cell stays.
      changed.includes('overdueFactor')
        ? Promise.all([this.#runOverdueCount(), this.#runOverdueList()])
        : null,
    ]);
  }

  /** The lapsed and overdue lists again, with (or without) the forecasts beside them. */
  async refreshLists(): Promise<void> {
    // Only the lists carry the forecasts: the counts and the months stay.
    await Promise.all([this.#runLapsedList(), this.#runOverdueList()]);
  }

  /** A whole list, not just the rows shown, for a download. */
  fullList(kind: InactivityList): Promise<CustomerListRow[]> {
    const { asOf, windowMonths, overdueFactor, view } = this.ctx.params();
    const limit = Number.MAX_SAFE_INTEGER;
    return kind === 'lapsed'
      ? runLapsedCustomers(this.ctx.db(), { asOf, windowMonths, limit, view })
      : runOverdueCustomers(this.ctx.db(), { asOf, overdueFactor, limit, view });
  }

  async #runWindow(): Promise<void> {
    // Its figures come with their own list: a list read before for another window is stale.
    this.latest.supersede('lapsed');
    const db = this.ctx.db();
    const { asOf, windowMonths, overdueFactor, view } = this.ctx.params();
    const params = { asOf, windowMonths, overdueFactor };
    await this.latest.run(
      'window',
      async () => ({
        result: await runInactivity(db, params),
        byMonth: await runLapsedByMonth(db, params),
        lapsed: await runLapsedCustomers(db, { ...params, limit: LIST_LIMIT, view }),
      }),
      (v) => {
        // A factor changed while this ran: its own count, already shown or on its way, stays.
        const current = this.result;
        this.result =
          current && overdueFactor !== this.ctx.params().overdueFactor
            ? { ...v.result, overdue: current.overdue }
            : v.result;
        this.byMonth = v.byMonth;
        this.lapsed = v.lapsed;
      },
    );
  }

  async #runOverdueCount(): Promise<void> {
    const { asOf, overdueFactor } = this.ctx.params();
    await this.latest.run(
      'overdue-count',
      () => runOverdueCount(this.ctx.db(), { asOf, overdueFactor }),
      (count) => {
        if (this.result) this.result = { ...this.result, overdue: count };
      },
    );
  }

  /** The overdue list alone (its count comes with the window's figures). */
  async #runOverdueList(): Promise<void> {
    const { asOf, overdueFactor, view } = this.ctx.params();
    await this.latest.run(
      'overdue',
      () => runOverdueCustomers(this.ctx.db(), { asOf, overdueFactor, limit: LIST_LIMIT, view }),
      (list) => (this.overdue = list),
    );
  }

  /** The lapsed list alone, for the window shown (its counts do not change). */
  async #runLapsedList(): Promise<void> {
    const { asOf, windowMonths, view } = this.ctx.params();
    await this.latest.run(
      'lapsed',
      () => runLapsedCustomers(this.ctx.db(), { asOf, windowMonths, limit: LIST_LIMIT, view }),
      (list) => (this.lapsed = list),
    );
  }
}

// The first-order cells' results, one per cell (each splits by its own attribute), recomputed
// when the attribute, the as-of date or the inactivity window changes; and the customers of the
// group a cell lists; and, while the forecasts are fitted for the as-of date, each group's mean
// 12-month value, read again whenever a fit finishes. Answers late for an older request are
// dropped.
import { SvelteMap } from 'svelte/reactivity';
import { byText, type FirstOrderBy } from '../../analyses/first-order/attribute';
import {
  runFirstOrder,
  runFirstOrderCustomers,
  runFirstOrderValues,
} from '../../analyses/first-order/run';
import type { FirstOrderResult, PredictedValue } from '../../analyses/first-order/types';
import type { PredictResult } from '../../analyses/predict/result';
import type { CustomerListRow } from '../../analyses/customers/list';
import { errorText } from '../../i18n/errors';
import type { Executor } from '../../sql/executor';
import { Latest } from '../latest';
import { LIST_LIMIT, type AnalysisState } from './context';

export interface FirstOrderView {
  result: FirstOrderResult | null;
  busy: boolean;
  error: string | null;
  /** The group whose customers are listed (FirstOrderGroup.index), or null. */
  group: number | null;
  customers: CustomerListRow[];
  /** Each group's mean forecast 12-month value (in the order of the groups); null: no forecast. */
  values: PredictedValue[] | null;
}

const EMPTY: FirstOrderView = {
  result: null,
  busy: false,
  error: null,
  group: null,
  customers: [],
  values: null,
};

export class FirstOrders implements AnalysisState {
  #views = new SvelteMap<string, FirstOrderView>();
  /** What each cell last asked for; not reactive: the cells' effects must not depend on it. */
  #asked: Record<string, string> = {};
  /** The fit each cell's values were read from (a new fit is a new object). */
  #fits: Record<string, PredictResult | null> = {};
  /** Each cell's latest full run, which builds the groups table its values are read from. */
  #runs: Record<string, Promise<unknown>> = {};
  #latest = new Latest();
  #db: () => Executor;
  #limit: number;

  constructor(db: () => Executor, limit = LIST_LIMIT) {
    this.#db = db;
    this.#limit = limit;
  }

  get(id: string): FirstOrderView {
    return this.#views.get(id) ?? EMPTY;
  }

  #set(id: string, change: Partial<FirstOrderView>): void {
    this.#views.set(id, { ...this.get(id), ...change });
  }

  /**
   * The cell's figures for this attribute, date and window, with the values of `fit` (the
   * usable forecasts, or null); nothing when already asked. A new fit reads only the values.
   */
  async want(
    id: string,
    by: FirstOrderBy,
    asOf: string,
    windowMonths: number,
    fit: PredictResult | null = null,
  ): Promise<void> {
    const key = `${byText(by)}|${asOf}|${windowMonths}`;
    if (this.#asked[id] === key) {
      if (this.#fits[id] !== fit) await this.#wantValues(id, by, key, fit);
      return;
    }
    this.#asked[id] = key;
    this.#fits[id] = fit;
    this.#latest.supersede(`${id}:values`);
    this.#set(id, { busy: true, error: null, group: null, customers: [] });
    const db = this.#db();
    const work = async () => {
      const result = await runFirstOrder(db, { asOf, by, windowMonths });
      const groups = result.groups.map((g) => g.index);
      const values = fit ? await runFirstOrderValues(db, { by, top: result.top, groups }) : null;
      return { result, values };
    };
    const run = this.#latest.run(id, work, ({ result, values }) =>
      this.#set(id, { result, values, busy: false }),
    );
    this.#runs[id] = run;
    try {
      await run;
    } catch (e) {
      if (this.#asked[id] !== key) return;
      delete this.#asked[id];
      this.#set(id, { result: null, values: null, busy: false, error: errorText(e) });
    }
  }

  /** The values again for another fit, once the cell's groups are built. */
  async #wantValues(id: string, by: FirstOrderBy, key: string, fit: PredictResult | null) {
    this.#fits[id] = fit;
    const latest = `${id}:values`;
    if (!fit) {
      this.#latest.supersede(latest);
      this.#set(id, { values: null });
      return;
    }
    const work = async () => {
      await this.#runs[id]?.catch(() => undefined);
      const result = this.get(id).result;
      if (!result || this.#asked[id] !== key) return null;
      const groups = result.groups.map((g) => g.index);
      return runFirstOrderValues(this.#db(), { by, top: result.top, groups });
    };
    try {
      await this.#latest.run(latest, work, (values) => {
        if (this.#asked[id] === key) this.#set(id, { values });
      });
    } catch (e) {
      // The figures stay; only the column of values is missing.
      console.error('first-order values:', e);
      this.#set(id, { values: null });
    }
  }

  /** List one group's customers (null closes the list). */
  async select(id: string, group: number | null): Promise<void> {
    const view = this.get(id);
    this.#set(id, { group, customers: [] });
    if (group === null || !view.result) return;
    const { by, top } = view.result;
    await this.#latest.run(
      `${id}:list`,
      () => runFirstOrderCustomers(this.#db(), { by, group, top, limit: this.#limit }),
      (customers) => this.#set(id, { customers }),
    );
  }

  /** The whole list of the selected group, for the download. */
  async fullList(id: string): Promise<CustomerListRow[]> {
    const { result, group } = this.get(id);
    if (!result || group === null) return [];
    const { by, top } = result;
    return runFirstOrderCustomers(this.#db(), { by, group, top, limit: Number.MAX_SAFE_INTEGER });
  }

  /** Forget every result: a new file is loaded. */
  reset(): void {
    this.#asked = {};
    this.#fits = {};
    this.#runs = {};
    this.#views.clear();
  }
}

// The first-order cells' results, one per cell (each splits by its own attribute), recomputed
// when the attribute, the as-of date or the inactivity window changes; and the customers of the
// group a cell lists. Answers that arrive late for an older request are dropped.
import { SvelteMap } from 'svelte/reactivity';
import { byText, type FirstOrderBy } from '../analyses/first-order/attribute';
import { runFirstOrder, runFirstOrderCustomers } from '../analyses/first-order/run';
import type { FirstOrderResult } from '../analyses/first-order/types';
import type { CustomerListRow } from '../analyses/customers/list';
import { errorText } from '../i18n/errors';
import type { Executor } from '../sql/executor';
import { Latest } from './latest';

export interface FirstOrderView {
  result: FirstOrderResult | null;
  busy: boolean;
  error: string | null;
  /** The group whose customers are listed (FirstOrderGroup.index), or null. */
  group: number | null;
  customers: CustomerListRow[];
}

const EMPTY: FirstOrderView = {
  result: null,
  busy: false,
  error: null,
  group: null,
  customers: [],
};

export class FirstOrders {
  #views = new SvelteMap<string, FirstOrderView>();
  /** What each cell last asked for; not reactive: the cells' effects must not depend on it. */
  #asked: Record<string, string> = {};
  #latest = new Latest();
  #db: () => Executor;
  #limit: number;

  constructor(db: () => Executor, limit: number) {
    this.#db = db;
    this.#limit = limit;
  }

  get(id: string): FirstOrderView {
    return this.#views.get(id) ?? EMPTY;
  }

  #set(id: string, change: Partial<FirstOrderView>): void {
    this.#views.set(id, { ...this.get(id), ...change });
  }

  /** The cell's figures for this attribute, date and window; nothing when already asked. */
  async want(id: string, by: FirstOrderBy, asOf: string, windowMonths: number): Promise<void> {
    const key = `${byText(by)}|${asOf}|${windowMonths}`;
    if (this.#asked[id] === key) return;
    this.#asked[id] = key;
    this.#set(id, { busy: true, error: null, group: null, customers: [] });
    const db = this.#db();
    try {
      await this.#latest.run(
        id,
        () => runFirstOrder(db, { asOf, by, windowMonths }),
        (result) => this.#set(id, { result, busy: false }),
      );
    } catch (e) {
      if (this.#asked[id] !== key) return;
      delete this.#asked[id];
      this.#set(id, { result: null, busy: false, error: errorText(e) });
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
    this.#views.clear();
  }
}

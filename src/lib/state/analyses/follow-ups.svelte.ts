// The follow-ups kept on this device (local storage, next to the notebook, never in a link: they
// name customers), and each one measured on the data loaded now.
import type { FollowUpMeasure } from '../../analyses/follow-up/measure';
import { runFollowUp } from '../../analyses/follow-up/measure';
import {
  followUpFileText,
  parseFollowUpFile,
  type FollowUp,
} from '../../analyses/follow-up/record';
import type { Executor } from '../../sql/executor';
import type { AnalysisState } from './context';

export const FOLLOW_UPS_KEY = 'regulars.follow-ups';

function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // disabled (private windows, strict settings)
  }
}

export class FollowUps implements AnalysisState {
  list = $state.raw<FollowUp[]>([]);
  /** Measures of `list`, same order, for `measuredAsOf`; null while not measured. */
  measures = $state.raw<(FollowUpMeasure | null)[]>([]);
  /** Why a file or the saved follow-ups could not be read (the file's own words). */
  problem = $state<string | null>(null);

  #db: () => Executor;
  /** The date the analyses are shown for. */
  #shown: () => string;
  #storage: Storage | null;
  /** The date measured last ('' before a file). */
  #asOf = '';

  constructor(db: () => Executor, shown: () => string, storage: Storage | null = browserStorage()) {
    this.#db = db;
    this.#shown = shown;
    this.#storage = storage;
    try {
      const text = storage?.getItem(FOLLOW_UPS_KEY);
      if (text) this.list = parseFollowUpFile(text);
    } catch (e) {
      this.problem = (e as Error).message;
    }
  }

  add(followUp: FollowUp): void {
    this.#set([...this.list, followUp]);
  }

  remove(index: number): void {
    this.#set(this.list.filter((_, i) => i !== index));
  }

  /** The follow-ups of a file, added to those kept here (one already kept is not doubled). */
  open(text: string): void {
    try {
      const known = this.list.map((f) => JSON.stringify(f));
      const added = parseFollowUpFile(text).filter((f) => !known.includes(JSON.stringify(f)));
      this.problem = null;
      this.#set([...this.list, ...added]);
    } catch (e) {
      this.problem = (e as Error).message;
    }
  }

  fileText(): string {
    return followUpFileText(this.list);
  }

  /** Measured once the analyses are shown: a follow-up is a few small queries each. */
  runLater(): Promise<void> {
    return this.measure(this.#shown());
  }

  /** Measure every follow-up on the data loaded, at this as-of date. */
  async measure(asOf: string): Promise<void> {
    this.#asOf = asOf;
    const list = this.list;
    const measures: (FollowUpMeasure | null)[] = [];
    for (const f of list) measures.push(await runFollowUp(this.#db(), f, asOf));
    // A newer request (another date, another list) has the last word.
    if (this.#asOf === asOf && this.list === list) this.measures = measures;
  }

  #set(list: FollowUp[]): void {
    this.list = list;
    this.measures = list.map(() => null);
    try {
      if (list.length === 0) this.#storage?.removeItem(FOLLOW_UPS_KEY);
      else this.#storage?.setItem(FOLLOW_UPS_KEY, followUpFileText(list));
    } catch {
      // storage full or disabled: the follow-up still lives until the page closes; save a file
    }
    if (this.#asOf) void this.measure(this.#asOf);
  }
}

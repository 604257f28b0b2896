// The currency money is shown in: the one the file's currency column names (summary), otherwise
// the one the user picked once, remembered in localStorage (a shared link's `cur` wins over the
// remembered one), otherwise the one the amounts show by a sign or their header's word.
import {
  setCurrencies,
  currency,
  dataCurrency,
  guessedCurrency,
  pickedCurrency,
} from '../i18n/currency.svelte';
import { fileCurrency, isoCurrency } from '../import/currency';
import { buildHash, parseHash } from '../url/hash';

const KEY = 'regulars.currency';

export interface CurrencyEnvironment {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  location: Pick<Location, 'hash' | 'replace'> | null;
}

/** The `cur` parameter of a fragment as an ISO code, or null. */
export const linkCurrency = (hash: string): string | null => isoCurrency(parseHash(hash).cur);

export class CurrencyChoice {
  #env: CurrencyEnvironment;

  constructor(env: CurrencyEnvironment) {
    this.#env = env;
    const linked = env.location ? linkCurrency(env.location.hash) : null;
    setCurrencies({
      fromData: null,
      guessed: null,
      picked: linked ?? isoCurrency(this.#read()),
    });
  }

  /** What money is shown in now (null: plain numbers). */
  get current(): string | null {
    return currency();
  }
  /** The file's own currency, when it names exactly one. */
  get fromData(): string | null {
    return dataCurrency();
  }
  get picked(): string | null {
    return pickedCurrency();
  }
  /** The currency the amounts show (ImportPlan.currency), when no column names one. */
  get guessed(): string | null {
    return guessedCurrency();
  }

  /**
   * A file was analysed: its currency column had `count` distinct values, `value` one of them;
   * `shown` is the currency its amounts show (ImportPlan.currency). A column naming several
   * currencies leaves no guess: the sums mix them.
   */
  useData(count: number, value: string | null, shown: string | null = null): void {
    setCurrencies({ fromData: fileCurrency(count, value), guessed: count > 1 ? null : shown });
  }

  /** The user picked a currency (null: none); remembered, and kept in step in a shared link. */
  pick(code: string | null): void {
    const next = code ? isoCurrency(code) : null;
    setCurrencies({ picked: next });
    try {
      if (next) this.#env.storage?.setItem(KEY, next);
      else this.#env.storage?.removeItem(KEY);
    } catch {
      // not remembered, but shown
    }
    const location = this.#env.location;
    if (location && parseHash(location.hash).cur !== null) {
      // A bare `#`, not '': replacing with '' would reload the page.
      location.replace(buildHash(location.hash, { cur: next }) || '#');
    }
  }

  #read(): string | null {
    try {
      return this.#env.storage?.getItem(KEY) ?? null;
    } catch {
      return null; // storage can be disabled
    }
  }
}

function browserEnvironment(): CurrencyEnvironment {
  if (typeof window === 'undefined') return { storage: null, location: null };
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  return { storage, location: window.location };
}

/** The page's one currency choice. */
export const currencyChoice = new CurrencyChoice(browserEnvironment());

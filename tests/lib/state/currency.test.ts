// The currency a visitor's money is shown in, what the page remembers, and what a link says.
import { afterEach, describe, expect, it } from 'vitest';
import { setCurrencies } from '../../../src/lib/i18n/currency.svelte';
import { formatMoney } from '../../../src/lib/i18n/format';
import {
  CurrencyChoice,
  linkCurrency,
  type CurrencyEnvironment,
} from '../../../src/lib/state/currency.svelte';

function browser(options: { hash?: string; stored?: Record<string, string> }) {
  const stored = new Map(Object.entries(options.stored ?? {}));
  const location = {
    hash: options.hash ?? '',
    replace(url: string) {
      this.hash = url;
    },
  };
  const env: CurrencyEnvironment = {
    storage: {
      getItem: (k) => stored.get(k) ?? null,
      setItem: (k, v) => void stored.set(k, v),
      removeItem: (k) => void stored.delete(k),
    },
    location,
  };
  return { env, stored, location };
}

afterEach(() => setCurrencies({ fromData: null, picked: null, guessed: null }));

describe('the currency choice', () => {
  it('shows plain numbers until a currency is known', () => {
    const choice = new CurrencyChoice(browser({}).env);
    expect(choice.current).toBeNull();
    expect(formatMoney(12.5)).toBe('12.5');
  });

  it("uses the file's one currency, and none when the file names two", () => {
    const choice = new CurrencyChoice(browser({}).env);
    choice.useData(1, 'eur');
    expect(choice.current).toBe('EUR');
    expect(formatMoney(12.5)).toBe('€12.50');
    choice.useData(2, 'EUR');
    expect(choice.current).toBeNull();
  });

  it('remembers the pick for the next visit, and forgets it when the user picks none', () => {
    const b = browser({});
    new CurrencyChoice(b.env).pick('RON');
    expect(b.stored.get('regulars.currency')).toBe('RON');
    const again = new CurrencyChoice(b.env);
    expect(again.current).toBe('RON');
    again.pick(null);
    expect(b.stored.has('regulars.currency')).toBe(false);
  });

  it("a file's currency wins over the pick, and the pick is back for a file without one", () => {
    const choice = new CurrencyChoice(browser({ stored: { 'regulars.currency': 'HUF' } }).env);
    choice.useData(1, 'USD');
    expect(choice.current).toBe('USD');
    choice.useData(0, null);
    expect(choice.current).toBe('HUF');
  });

  it("a shared link's currency wins over the remembered one, and follows a new pick", () => {
    const b = browser({ hash: '#lang=el&cur=EUR', stored: { 'regulars.currency': 'HUF' } });
    const choice = new CurrencyChoice(b.env);
    expect(choice.current).toBe('EUR');
    choice.pick('RON');
    expect(b.location.hash).toBe('#lang=el&cur=RON');
  });

  it('shows the currency the amounts show when nothing else says one', () => {
    const choice = new CurrencyChoice(browser({}).env);
    choice.useData(0, null, 'HUF');
    expect(choice.current).toBe('HUF');
    expect(choice.guessed).toBe('HUF');
    choice.useData(0, null, null);
    expect(choice.current).toBeNull();
  });

  it("the user's pick wins over what the amounts show, and the currency column over both", () => {
    const choice = new CurrencyChoice(browser({}).env);
    choice.useData(0, null, 'EUR');
    choice.pick('RON');
    expect(choice.current).toBe('RON');
    choice.pick(null);
    expect(choice.current).toBe('EUR');
    choice.useData(1, 'USD', 'EUR');
    expect(choice.current).toBe('USD');
  });

  it("a shared link's currency wins over what the amounts show", () => {
    const choice = new CurrencyChoice(browser({ hash: '#cur=RON' }).env);
    choice.useData(0, null, 'HUF');
    expect(choice.current).toBe('RON');
  });

  it('a currency column naming several currencies leaves no guess', () => {
    const choice = new CurrencyChoice(browser({}).env);
    choice.useData(2, 'EUR', 'EUR');
    expect(choice.current).toBeNull();
  });

  it('a link without a currency is left as it is', () => {
    const b = browser({ hash: '#lang=fa' });
    new CurrencyChoice(b.env).pick('IRR');
    expect(b.location.hash).toBe('#lang=fa');
  });
});

describe('the cur parameter of a link', () => {
  it('reads an ISO code and nothing else', () => {
    expect(linkCurrency('#cur=usd&lang=en')).toBe('USD');
    expect(linkCurrency('#cur=%3Cscript%3E')).toBeNull();
    expect(linkCurrency('#lang=en')).toBeNull();
  });
});

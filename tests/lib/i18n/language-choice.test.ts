// The language a visitor gets, what the page remembers of it, and what <html> says about it.
import { afterEach, describe, expect, it } from 'vitest';
import { setLocaleSettings } from '../../../src/lib/i18n/locale.svelte';
import { t } from '../../../src/lib/i18n/translate';
import { LanguageChoice, type LanguageEnvironment } from '../../../src/lib/state/language.svelte';

function browser(options: {
  hash?: string;
  stored?: Record<string, string>;
  preferred?: string[];
}) {
  const stored = new Map(Object.entries(options.stored ?? {}));
  const location = {
    hash: options.hash ?? '',
    replace(url: string) {
      this.hash = url;
    },
  };
  const root = { lang: '', dir: '' };
  const env: LanguageEnvironment = {
    storage: { getItem: (k) => stored.get(k) ?? null, setItem: (k, v) => void stored.set(k, v) },
    preferred: options.preferred ?? [],
    location,
    root,
  };
  return { env, stored, location, root };
}

afterEach(() => setLocaleSettings({ language: 'en', digits: 'native', calendar: 'native' }));

describe('the language choice', () => {
  it('greets a Persian browser in Persian, right to left', () => {
    const b = browser({ preferred: ['fa-IR', 'en-US'] });
    const choice = new LanguageChoice(b.env);
    expect(choice.current).toBe('fa');
    expect(b.root).toEqual({ lang: 'fa', dir: 'rtl' });
    expect(t('period.week')).toBe('هفته');
  });

  it('remembers a switch for the next visit, and turns the page left to right again', () => {
    const b = browser({ preferred: ['fa'] });
    new LanguageChoice(b.env).set('hu');
    expect(b.root).toEqual({ lang: 'hu', dir: 'ltr' });
    expect(b.stored.get('regulars.language')).toBe('hu');
    expect(new LanguageChoice(browser({ stored: Object.fromEntries(b.stored) }).env).current).toBe(
      'hu',
    );
  });

  it("follows a shared link's language, and keeps the link in step when the user switches", () => {
    const b = browser({ hash: '#lang=ro', stored: { 'regulars.language': 'el' } });
    const choice = new LanguageChoice(b.env);
    expect(choice.current).toBe('ro');
    choice.set('el');
    expect(b.location.hash).toBe('#lang=el');
  });

  it('leaves a link without a language alone', () => {
    const b = browser({ hash: '#period=week' });
    new LanguageChoice(b.env).set('el');
    expect(b.location.hash).toBe('#period=week');
  });

  it('switches when a link with another language is opened in the same tab', () => {
    const b = browser({});
    const choice = new LanguageChoice(b.env);
    b.location.hash = '#lang=el';
    choice.followLink();
    expect(choice.current).toBe('el');
    expect(b.root.lang).toBe('el');
  });

  it('remembers Latin digits and Gregorian dates', () => {
    const b = browser({ preferred: ['fa'] });
    const choice = new LanguageChoice(b.env);
    choice.setDigits('latin');
    choice.setCalendar('gregorian');
    const again = new LanguageChoice(browser({ stored: Object.fromEntries(b.stored) }).env);
    expect([again.digits, again.calendar]).toEqual(['latin', 'gregorian']);
  });

  it('still works when storage is blocked', () => {
    const b = browser({ preferred: ['el'] });
    const blocked = () => {
      throw new Error('SecurityError');
    };
    const choice = new LanguageChoice({
      ...b.env,
      storage: { getItem: blocked, setItem: blocked },
    });
    expect(choice.current).toBe('el');
    choice.set('ro');
    expect(choice.current).toBe('ro');
  });
});

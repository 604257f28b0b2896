// The one translation function: every user-visible string goes through `t`.
import { el } from './el';
import { en, type Catalogue, type MessageKey } from './en';
import { fa } from './fa';
import { formatNumber } from './format';
import { hu } from './hu';
import { languageOf, type Language } from './languages';
import { digits, intlLocale, language, setLocaleSettings } from './locale.svelte';
import { selectForm, type Params } from './message';
import { ro } from './ro';

export type { Params } from './message';

export const catalogues: Record<Language, Catalogue> = { en, el, ro, hu, fa };

/** Switch language by tag ("el", "el-GR"); languages we do not speak fall back to English. */
export function setLocale(tag: string): void {
  setLocaleSettings({ language: languageOf(tag) ?? 'en' });
}

export const locale = (): Language => language();

/**
 * The message for `key` in the current language. Number parameters are formatted for the
 * locale; a plural message picks its form from its number parameter (see `Plural`).
 */
export function t(key: MessageKey, params: Params = {}): string {
  const lang = language();
  const message = catalogues[lang][key] ?? en[key];
  if (message === undefined) return key;
  let text = selectForm(message, params, intlLocale());
  // The Persian catalogue writes its own digits in Persian; follow the Latin-digits preference.
  if (lang === 'fa' && digits() === 'latin') text = latinDigits(text);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

const latinDigits = (text: string) =>
  text.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));

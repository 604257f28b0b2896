// The chosen language and number and calendar preferences, as reactive state: `t` and the
// formatters read it, so everything on screen follows a switch at once.
import { LANGUAGE_INFO, type Language } from './languages';

export type Digits = 'native' | 'latin';
export type Calendar = 'native' | 'gregorian';

export interface LocaleSettings {
  language: Language;
  /** Persian only: Latin 0–9 instead of ۰–۹. */
  digits: Digits;
  /** Persian only: Gregorian dates instead of the Solar Hijri calendar. */
  calendar: Calendar;
}

const settings = $state<LocaleSettings>({ language: 'en', digits: 'native', calendar: 'native' });

export const language = (): Language => settings.language;
export const digits = (): Digits => settings.digits;
export const calendar = (): Calendar => settings.calendar;

export function setLocaleSettings(next: Partial<LocaleSettings>): void {
  Object.assign(settings, next);
}

/** The BCP 47 tag for Intl: the language's region, and for Persian the calendar and digits. */
export function intlLocale(s: LocaleSettings = settings): string {
  const base = LANGUAGE_INFO[s.language].intl;
  if (s.language !== 'fa') return base;
  const ca = s.calendar === 'gregorian' ? 'gregory' : 'persian';
  return `${base}-u-ca-${ca}${s.digits === 'latin' ? '-nu-latn' : ''}`;
}

// The languages the app speaks, named as their speakers name them.
export const LANGUAGES = ['en', 'el', 'ro', 'hu', 'fa'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface LanguageInfo {
  code: Language;
  /** The name in the language itself, for the picker. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The locale for Intl: the region that writes numbers and dates the way users expect. */
  intl: string;
}

export const LANGUAGE_INFO: Record<Language, LanguageInfo> = {
  en: { code: 'en', name: 'English', dir: 'ltr', intl: 'en' },
  el: { code: 'el', name: 'Ελληνικά', dir: 'ltr', intl: 'el-GR' },
  ro: { code: 'ro', name: 'Română', dir: 'ltr', intl: 'ro-RO' },
  hu: { code: 'hu', name: 'Magyar', dir: 'ltr', intl: 'hu-HU' },
  fa: { code: 'fa', name: 'فارسی', dir: 'rtl', intl: 'fa-IR' },
};

export const isLanguage = (code: string): code is Language =>
  (LANGUAGES as readonly string[]).includes(code);

/** The language of a BCP 47 tag ("el-GR" → "el"), or null when we do not speak it. */
export function languageOf(tag: string | null | undefined): Language | null {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : null;
}

export interface LanguageSources {
  /** The `lang` parameter of a shared link's fragment. */
  link?: string | null;
  /** What the user picked last time. */
  stored?: string | null;
  /** The browser's preferences, best first (`navigator.languages`). */
  preferred?: readonly string[];
}

/** A link's language wins, then the user's own choice, then the browser's first match. */
export function chooseLanguage({ link, stored, preferred = [] }: LanguageSources): Language {
  return (
    languageOf(link) ??
    languageOf(stored) ??
    preferred.map(languageOf).find((l) => l !== null) ??
    'en'
  );
}

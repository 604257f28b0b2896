// The user's language and, for Persian, digits and calendar: picked from a shared link, the
// last choice or the browser, remembered in localStorage, and mirrored on <html lang dir>.
import { chooseLanguage, LANGUAGE_INFO, languageOf, type Language } from '../i18n/languages';
import {
  calendar,
  digits,
  language,
  setLocaleSettings,
  type Calendar,
  type Digits,
} from '../i18n/locale.svelte';
import { buildHash, parseHash } from '../url/hash';
import { followHash } from './hash-change';

const KEYS = {
  language: 'regulars.language',
  digits: 'regulars.digits',
  calendar: 'regulars.calendar',
} as const;

export interface LanguageEnvironment {
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  preferred: readonly string[];
  location: Pick<Location, 'hash' | 'replace'> | null;
  root: Pick<HTMLElement, 'lang' | 'dir'> | null;
}

export class LanguageChoice {
  #env: LanguageEnvironment;

  constructor(env: LanguageEnvironment) {
    this.#env = env;
    setLocaleSettings({
      language: chooseLanguage({
        link: env.location ? parseHash(env.location.hash).lang : null,
        stored: this.#read(KEYS.language),
        preferred: env.preferred,
      }),
      digits: this.#read(KEYS.digits) === 'latin' ? 'latin' : 'native',
      calendar: this.#read(KEYS.calendar) === 'gregorian' ? 'gregorian' : 'native',
    });
    this.#apply();
  }

  get current(): Language {
    return language();
  }
  get digits(): Digits {
    return digits();
  }
  get calendar(): Calendar {
    return calendar();
  }

  /** The user picked a language: show it, remember it, and keep a shared link's `lang` in step. */
  set(next: Language): void {
    setLocaleSettings({ language: next });
    this.#write(KEYS.language, next);
    this.#updateLink(next);
    this.#apply();
  }

  setDigits(next: Digits): void {
    setLocaleSettings({ digits: next });
    this.#write(KEYS.digits, next);
  }

  setCalendar(next: Calendar): void {
    setLocaleSettings({ calendar: next });
    this.#write(KEYS.calendar, next);
  }

  /** A link opened in the same tab (fragment changed): follow its `lang`, if it has one. */
  followLink(): void {
    const linked = languageOf(this.#env.location ? parseHash(this.#env.location.hash).lang : null);
    if (linked && linked !== language()) {
      setLocaleSettings({ language: linked });
      this.#apply();
    }
  }

  #apply(): void {
    const root = this.#env.root;
    if (!root) return;
    root.lang = language();
    root.dir = LANGUAGE_INFO[language()].dir;
  }

  #updateLink(next: Language): void {
    const location = this.#env.location;
    if (!location || parseHash(location.hash).lang === null) return;
    location.replace(buildHash(location.hash, { lang: next }));
  }

  #read(key: string): string | null {
    try {
      return this.#env.storage?.getItem(key) ?? null;
    } catch {
      return null; // storage can be disabled (private windows, strict settings)
    }
  }

  #write(key: string, value: string): void {
    try {
      this.#env.storage?.setItem(key, value);
    } catch {
      // not remembered, but the page still switches
    }
  }
}

function browserEnvironment(): LanguageEnvironment {
  if (typeof window === 'undefined')
    return { storage: null, preferred: [], location: null, root: null };
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  return {
    storage,
    preferred: navigator.languages ?? [navigator.language],
    location: window.location,
    root: document.documentElement,
  };
}

/** The page's one language choice, settled as soon as the app's code loads. */
export const languageChoice = new LanguageChoice(browserEnvironment());
followHash(() => languageChoice.followLink());

// The one translation function: every user-visible string goes through `t`.
import { en, type Catalogue, type MessageKey } from './en';

const catalogues: Record<string, Catalogue> = { en };

let current: Catalogue = en;
let currentLocale = 'en';

export function setLocale(locale: string): void {
  const base = locale.split('-')[0];
  currentLocale = catalogues[base] ? base : 'en';
  current = catalogues[currentLocale];
}

export const locale = () => currentLocale;

export type Params = Record<string, string | number>;

export function t(key: MessageKey, params: Params = {}): string {
  const text = current[key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

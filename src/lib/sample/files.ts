// Which sample each language opens with "Try with sample data": a shop its speakers know.
// Paths are relative to the site (the files live in static/sample/).
import type { Language } from '../i18n/languages';

export const SAMPLE_FILES: Record<Language, string> = {
  en: 'sample/shop.csv',
  el: 'sample/taverna.csv',
  ro: 'sample/magazin-online.csv',
  hu: 'sample/butorbolt.csv',
  fa: 'sample/ketabforushi.csv',
};

// Which sample each language opens with "Try with sample data": a shop its speakers know.
// Paths are relative to the site (the files live in static/sample/); `customers` is the
// number the start page promises (tests/sample/samples.test.ts checks it against the data).
import type { Language } from '../i18n/languages';

export interface SampleFile {
  file: string;
  customers: number;
}

export const SAMPLE_FILES: Record<Language, SampleFile> = {
  en: { file: 'sample/shop.csv', customers: 3500 },
  el: { file: 'sample/taverna.csv', customers: 800 },
  ro: { file: 'sample/magazin-online.csv', customers: 900 },
  hu: { file: 'sample/butorbolt.csv', customers: 1000 },
  fa: { file: 'sample/ketabforushi.csv', customers: 900 },
};

// Every sample dataset with the profile it is generated from (used by `npm run sample` and
// the tests; the app only needs the file names in files.ts).
import type { Language } from '../i18n/languages';
import { bookshopCsv, bookshopProfile } from './bookshop';
import type { ShopProfile } from './engine';
import { eshopCsv, eshopProfile } from './eshop';
import { SAMPLE_FILES } from './files';
import { furnitureCsv, furnitureProfile } from './furniture';
import { generateSample, shopProfile, toCsv } from './shop';
import { tavernaCsv, tavernaProfile } from './taverna';

export interface Sample {
  language: Language;
  /** Path inside static/. */
  file: string;
  profile: ShopProfile;
  csv(): string;
}

export const SAMPLES: Record<Language, Sample> = {
  en: {
    language: 'en',
    file: SAMPLE_FILES.en.file,
    profile: shopProfile(),
    csv: () => toCsv(generateSample()),
  },
  el: {
    language: 'el',
    file: SAMPLE_FILES.el.file,
    profile: tavernaProfile(),
    csv: () => tavernaCsv(),
  },
  ro: {
    language: 'ro',
    file: SAMPLE_FILES.ro.file,
    profile: eshopProfile(),
    csv: () => eshopCsv(),
  },
  hu: {
    language: 'hu',
    file: SAMPLE_FILES.hu.file,
    profile: furnitureProfile(),
    csv: () => furnitureCsv(),
  },
  fa: {
    language: 'fa',
    file: SAMPLE_FILES.fa.file,
    profile: bookshopProfile(),
    csv: () => bookshopCsv(),
  },
};

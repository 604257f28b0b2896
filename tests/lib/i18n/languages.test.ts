// Which language a visitor sees first: a shared link's, then their own last choice, then
// their browser's first language we speak, then English.
import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageOf } from '../../../src/lib/i18n/languages';
import { intlLocale } from '../../../src/lib/i18n/locale.svelte';

describe('choosing the language', () => {
  // prettier-ignore
  const table: [string, Parameters<typeof chooseLanguage>[0], string][] = [
    ['a first visit from a Greek browser', { preferred: ['el-GR', 'en'] }, 'el'],
    ['a browser that prefers a language we lack', { preferred: ['de-AT', 'hu', 'en'] }, 'hu'],
    ['nothing known', {}, 'en'],
    ['a remembered choice over the browser', { stored: 'ro', preferred: ['el'] }, 'ro'],
    ['a shared link over everything', { link: 'fa', stored: 'ro', preferred: ['el'] }, 'fa'],
    ['a link in a language we lack', { link: 'xx', stored: 'hu' }, 'hu'],
    ['a garbled remembered value', { stored: '"]', preferred: ['fa-IR'] }, 'fa'],
  ];
  it.each(table)('%s', (_, sources, expected) => {
    expect(chooseLanguage(sources)).toBe(expected);
  });
});

describe('reading a tag or a link', () => {
  it('takes the language of a tag, in any case or separator', () => {
    expect(['EL', 'ro_RO', 'fa-IR', 'pt-BR', ''].map(languageOf)).toEqual([
      'el',
      'ro',
      'fa',
      null,
      null,
    ]);
  });
});

describe('the Intl locale', () => {
  // prettier-ignore
  const table: [Parameters<typeof intlLocale>[0], string][] = [
    [{ language: 'el', digits: 'native', calendar: 'native' }, 'el-GR'],
    [{ language: 'hu', digits: 'latin', calendar: 'gregorian' }, 'hu-HU'],
    [{ language: 'fa', digits: 'native', calendar: 'native' }, 'fa-IR-u-ca-persian'],
    [{ language: 'fa', digits: 'latin', calendar: 'gregorian' }, 'fa-IR-u-ca-gregory-nu-latn'],
  ];
  it.each(table)('%o → %s', (settings, expected) => {
    expect(intlLocale(settings)).toBe(expected);
  });
});

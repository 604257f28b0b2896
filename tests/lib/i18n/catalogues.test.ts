// Every language says everything English says, with the same placeholders, and nothing in
// the English catalogue is left over from a screen that no longer exists.
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en';
import { LANGUAGES } from '../../../src/lib/i18n/languages';
import { forms, placeholders, type Message } from '../../../src/lib/i18n/message';
import { catalogues } from '../../../src/lib/i18n/translate';
import { readSources, templatePattern, unusedKeys } from './usage';

const englishKeys = Object.keys(en).sort();
const others = LANGUAGES.filter((l) => l !== 'en');
const entries = (lang: (typeof LANGUAGES)[number]) =>
  Object.entries(catalogues[lang]) as [string, Message][];
const placeholderSet = (m: Message) => [...new Set(forms(m).flatMap(placeholders))].sort();

function plurals(message: Message): { by?: string; categories: string[] }[] {
  if (typeof message === 'string') return [];
  const categories = Object.keys(message).filter((k) => k !== 'by');
  const nested = Object.entries(message)
    .filter(([k]) => k !== 'by')
    .flatMap(([, m]) => plurals(m as Message));
  return [{ by: message.by, categories }, ...nested];
}

describe.each(others)('the %s catalogue', (lang) => {
  const catalogue = catalogues[lang] as Record<string, Message>;

  it('has exactly the keys of the English one', () => {
    expect(Object.keys(catalogue).sort()).toEqual(englishKeys);
  });

  it('keeps every placeholder of each English message, and invents none', () => {
    const differ = englishKeys.filter(
      (key) =>
        key in catalogue &&
        JSON.stringify(placeholderSet(catalogue[key])) !==
          JSON.stringify(placeholderSet(en[key as keyof typeof en])),
    );
    expect(differ).toEqual([]);
  });

  it('translates every message (nothing left empty)', () => {
    const empty = entries(lang).filter(([, m]) => forms(m).some((f) => f.trim() === ''));
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it("picks plural forms by one of the message's own numbers, with this language's categories", () => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
    for (const [key, message] of entries(lang)) {
      for (const plural of plurals(message)) {
        expect(placeholderSet(en[key as keyof typeof en]), key).toContain(plural.by ?? 'count');
        for (const c of plural.categories) expect(categories, `${key}: ${c}`).toContain(c);
      }
    }
  });
});

describe('the English catalogue', () => {
  it('picks plural forms by one of its own numbers', () => {
    for (const [key, message] of entries('en'))
      for (const plural of plurals(message))
        expect(placeholderSet(message), key).toContain(plural.by ?? 'count');
  });
});

describe('the Persian catalogue', () => {
  it('is written with Persian letters (ی and ک), not their Arabic look-alikes (ي and ك)', () => {
    const arabic = entries('fa').filter(([, m]) => forms(m).some((f) => /[\u064a\u0643]/.test(f)));
    expect(arabic.map(([key]) => key)).toEqual([]);
  });
});

describe('keys in use', () => {
  const catalogueFile = /src\/lib\/i18n\/(en|el|ro|hu|fa)\.ts$/;
  const sources = readSources('src', (path) => catalogueFile.test(path));

  it('every English key is used somewhere in src', () => {
    expect(unusedKeys(englishKeys, sources)).toEqual([]);
  });

  it('a key nobody uses is reported, even next to keys built from templates', () => {
    const code = [
      { path: 'a.svelte', text: "{t('rfm.title')} {t(`segment.${key}.advice`)}" },
      { path: 'b.ts', text: 'const label = t(`role.${role}`);' },
    ];
    const keys = ['rfm.title', 'segment.loyal.advice', 'role.customer', 'rfm.gone', 'segment.x'];
    expect(unusedKeys(keys, code)).toEqual(['rfm.gone', 'segment.x']);
  });

  it('reads a template as one key segment per ${…}', () => {
    const p = templatePattern('rfm.meaning.${d}.${kind}');
    expect(
      ['rfm.meaning.f.one', 'rfm.meaning.f', 'rfm.meaning.f.one.x'].map((k) => p.test(k)),
    ).toEqual([true, false, false]);
  });
});

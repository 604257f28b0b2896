// Translated to the last word: the analysed sample in each language shows no sentence of the
// English catalogue that the language's own catalogue says differently (the English default
// note on the Persian page was one).
import { afterEach, describe, expect, inject, it } from 'vitest';
import { en, type MessageKey } from '../../src/lib/i18n/en';
import { catalogues } from '../../src/lib/i18n/translate';
import type { Language } from '../../src/lib/i18n/languages';
import { forms, type Message } from '../../src/lib/i18n/message';
import { loadSample, openPage, type Watched } from './browser';

/** The longest fixed piece of each form of a message (between its {placeholders}). */
const pieces = (message: Message): string[] =>
  forms(message).map(
    (form) =>
      form
        .split(/\{\w+\}/)
        .map((s) => s.trim())
        .sort((a, b) => b.length - a.length)[0],
  );

/**
 * English pieces long enough to be a sentence of ours (three words or more), for the keys
 * this language writes differently.
 */
function englishPieces(lang: Language): { key: MessageKey; piece: string }[] {
  const own = catalogues[lang];
  return (Object.keys(en) as MessageKey[])
    .filter((key) => JSON.stringify(own[key]) !== JSON.stringify(en[key]))
    .flatMap((key) => pieces(en[key]).map((piece) => ({ key, piece })))
    .filter(({ piece }) => piece.split(/\s+/).length >= 3);
}

describe('every word translated', () => {
  let w: Watched | undefined;
  afterEach(async () => {
    await w?.browser.close();
  });

  it.each(['fa', 'el', 'hu', 'ro'] as const)(
    'the analysed sample in %s shows no English sentence',
    async (lang) => {
      // The notebook is made on an English page, then the language is switched: the way an
      // English default note reached the Persian page.
      w = await openPage(inject('baseURL'));
      const { page } = w;
      await page.locator('.drop').waitFor();
      await page.goto(`${inject('baseURL')}#lang=${lang}`);
      await page.reload();
      await loadSample(page, { still: true });
      // What a reader sees or hears: the text, and the labels and titles of elements.
      const shown = await page.evaluate(() =>
        [
          document.body.innerText,
          ...[...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
            ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
          ),
        ].join('\n'),
      );
      const english = englishPieces(lang)
        .filter(({ piece }) => shown.includes(piece))
        .map(({ key, piece }) => `${key}: ${piece}`);
      expect(english).toEqual([]);
      expect(w.problems).toEqual([]);
    },
  );
});

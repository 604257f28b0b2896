// Every screen as a user sees it: the analysed sample shop at a desktop's 1280 × 800 and a
// phone's 390 × 844, in English and Persian (right to left), light and dark. Each is saved to
// test-results/screens/ (not committed) to be looked at; in the dark the page must still read
// (axe's contrast rules included), and nothing may stick out of a phone's screen.
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { loadSample, openPage, type Screen, type Watched } from './browser';
import { seriousViolations } from './axe';

const SCREENS: Record<string, Screen> = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844, isMobile: true, hasTouch: true },
};
const FOLDER = 'test-results/screens';

const cases = Object.keys(SCREENS).flatMap((screen) =>
  ['en', 'fa'].flatMap((lang) =>
    (['light', 'dark'] as const).map((scheme) => [screen, lang, scheme] as const),
  ),
);

describe('every screen', () => {
  let w: Watched | undefined;
  afterEach(async () => {
    await w?.browser.close();
  });

  it.each(cases)('the sample on a %s in %s, %s', async (screen, lang, scheme) => {
    w = await openPage(`${inject('baseURL')}#lang=${lang}`, {
      ...SCREENS[screen],
      colorScheme: scheme,
    });
    const { page } = w;
    await loadSample(page, { still: true });
    mkdirSync(FOLDER, { recursive: true });
    await page.screenshot({ path: `${FOLDER}/${screen}-${lang}-${scheme}.png`, fullPage: true });
    if (scheme === 'dark') expect(await seriousViolations(page)).toEqual([]);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(SCREENS[screen].width);
    expect(w.problems).toEqual([]);
  });
});

// axe-core on the landing page and on the analysed sample, in English and in Persian (right
// to left): no serious or critical violation. axe runs inside the page through the DevTools
// protocol, which the page's Content-Security-Policy does not govern.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { seriousViolations as violations } from './axe';
import { loadSample, openPage, type Watched } from './browser';

describe('accessibility', () => {
  let w: Watched | undefined;
  afterEach(async () => {
    await w?.browser.close();
  });

  it.each(['en', 'fa'])('the %s landing page has no serious violation', async (lang) => {
    w = await openPage(`${inject('baseURL')}#lang=${lang}`);
    await w.page.locator('.drop').waitFor();
    expect(await violations(w.page)).toEqual([]);
    expect(w.problems).toEqual([]);
  });

  it.each(['en', 'fa'])('the %s analysed sample has no serious violation', async (lang) => {
    w = await openPage(`${inject('baseURL')}#lang=${lang}`);
    const { page } = w;
    await loadSample(page, { still: true });
    // The charts' tables are checked too: every "Show the numbers" opened.
    const summaries = page.locator('details.numbers summary');
    expect(await summaries.count()).toBeGreaterThan(0);
    for (const summary of await summaries.all()) await summary.click();
    await page
      .locator('details.numbers table')
      .nth((await summaries.count()) - 1)
      .waitFor();
    expect(await violations(page)).toEqual([]);
    expect(w.problems).toEqual([]);
  });
});

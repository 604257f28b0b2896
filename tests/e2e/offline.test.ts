// After one visit the site works without a network: the service worker has kept the page,
// the scripts, DuckDB's wasm and the sample, and a file from the disk is analysed as before.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Response } from 'playwright-core';
import { fixture } from '../helpers/db';
import { loadSample, openPage, type Watched } from './browser';

const HEATMAP = 'Do new customers come back?';

describe('offline, after one visit', () => {
  let w: Watched;
  beforeEach(async () => {
    w = await openPage(inject('baseURL'));
  });
  afterEach(async () => {
    await w.browser.close();
  });

  /** Wait until the service worker has stored everything and is active. */
  const installed = () =>
    w.page.evaluate(async () => {
      const { active } = await navigator.serviceWorker.ready;
      if (active && active.state !== 'activated')
        await new Promise((done) =>
          active.addEventListener('statechange', () => active.state === 'activated' && done(0)),
        );
      return active?.state;
    });

  it('opens, starts the engine and analyses a dropped file with the network cut', async () => {
    const { page } = w;
    expect(await installed()).toBe('activated');
    const responses: Response[] = [];
    await page.context().setOffline(true);
    page.on('response', (r) => responses.push(r));
    await page.reload();
    await page.getByText('Analysis engine ready').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    await page.locator('input[type=file]').setInputFiles(fixture('first-quarter.csv'));
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.getByRole('figure', { name: HEATMAP }).waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-figure=customers] dd').textContent()).toBe('3');
    expect(await page.locator('[data-figure=revenue] dd').textContent()).toBe('47');

    // Everything came from the service worker's cache, the 34 MB wasm included.
    const http = responses.filter((r) => r.url().startsWith('http'));
    expect(http.map((r) => r.url())).toEqual(
      expect.arrayContaining([expect.stringMatching(/duckdb-eh-[\w-]+\.wasm$/)]),
    );
    expect(http.filter((r) => !r.fromServiceWorker()).map((r) => r.url())).toEqual([]);
    expect(w.problems).toEqual([]);
  });

  it('opens the sample shop with the network cut', async () => {
    const { page } = w;
    expect(await installed()).toBe('activated');
    await page.context().setOffline(true);
    await page.reload();
    await loadSample(page);
    await page.getByRole('figure', { name: HEATMAP }).waitFor();
    expect(await page.locator('[data-figure=customers] dd').textContent()).toBe('3,500');
    expect(w.problems).toEqual([]);
  });
});

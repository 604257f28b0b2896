// "Remember this file on this device": with the user's consent the file and the mapping they
// confirmed come back after a reload, with the same numbers and no new drop; "forget" ends it.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { fixture } from '../helpers/db';
import { openPage, type Watched } from './browser';

const REMEMBER = 'Remember this file on this device';

describe('a file remembered on this device', () => {
  let w: Watched;
  beforeEach(async () => {
    w = await openPage(inject('baseURL'));
  });
  afterEach(async () => {
    await w.browser.close();
  });

  const figure = (key: string) => w.page.locator(`[data-figure=${key}] dd`).textContent();
  const range = () =>
    w.page
      .getByText(/^From .+ to .+/)
      .first()
      .textContent();
  const stored = () =>
    w.page.evaluate(async () => {
      const names: string[] = [];
      const root = await navigator.storage.getDirectory();
      for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys())
        names.push(name);
      return { files: names, note: localStorage.getItem('regulars.remembered') };
    });

  it('comes back after a reload with the mapping the user chose, until it is forgotten', async () => {
    const { page } = w;
    await page.locator('input[type=file]').setInputFiles(fixture('import/ambiguous-dates.csv'));
    // Every day is 12 or less: the user picks the other reading of the dates.
    await page.getByRole('heading', { name: 'Check the columns' }).waitFor();
    // Read as day/month by default (Feb 1 to Apr 3); the user says month/day.
    await page.getByRole('radio', { name: /%m\/%d\/%Y/ }).check();
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('[data-figure=customers]').waitFor({ timeout: 60_000 });
    const chosen = await range();
    expect(chosen).toContain('From Jan 2, 2024 to Mar 4, 2024');
    const numbers = { customers: await figure('customers'), revenue: await figure('revenue') };
    expect(numbers).toEqual({ customers: '2', revenue: '30' });

    await page.getByRole('checkbox', { name: REMEMBER }).check();
    await page.getByRole('button', { name: 'Forget this file' }).waitFor();
    await page.getByText('ambiguous-dates.csv is remembered on this device').waitFor();
    expect((await stored()).files).toEqual(['remembered-file']);

    await page.reload();
    await page.locator('[data-figure=customers]').waitFor({ timeout: 60_000 });
    expect(await range()).toBe(chosen);
    expect({ customers: await figure('customers'), revenue: await figure('revenue') }).toEqual(
      numbers,
    );
    expect(await page.getByRole('checkbox', { name: REMEMBER }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Forget this file' }).click();
    await expect.poll(async () => (await stored()).files).toEqual([]);
    expect((await stored()).note).toBeNull();
    await page.reload();
    await page.getByRole('button', { name: 'Try with sample data' }).waitFor();
    await page.getByText('Analysis engine ready').waitFor();
    expect(await page.locator('[data-figure=customers]').count()).toBe(0);
    expect(w.problems).toEqual([]);
  });

  it('says so in words when the browser has cleared the remembered file', async () => {
    const { page } = w;
    await page.locator('input[type=file]').setInputFiles(fixture('import/ambiguous-dates.csv'));
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.getByRole('checkbox', { name: REMEMBER }).check();
    await page.getByRole('button', { name: 'Forget this file' }).waitFor();
    // What a browser does under storage pressure: the bytes go, the note in localStorage stays.
    await page.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry('remembered-file');
    });
    await page.reload();
    await page
      .getByRole('alert')
      .getByText(/has cleared ambiguous-dates\.csv/)
      .waitFor();
    await page.getByRole('button', { name: 'Try with sample data' }).waitFor();
    expect((await stored()).note).toBeNull();
    expect(w.problems).toEqual([]);
  });
});

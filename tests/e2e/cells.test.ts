// The notebook cells as a shop owner uses them: change a parameter, click into a chart,
// download a list. Numbers come from hand-worked fixtures or from the CLI on the same file.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { fixture } from '../helpers/db';
import { loadSample, openPage, type Watched } from './browser';

describe('notebook cells', () => {
  let w: Watched;
  beforeEach(async () => {
    w = await openPage(inject('baseURL'));
  });
  afterEach(async () => {
    await w.browser.close();
  });

  const section = (title: string) =>
    w.page.locator('section.cell', { has: w.page.getByRole('heading', { name: title }) });

  it('lists who came back and who did not when a heatmap square is clicked', async () => {
    const { page } = w;
    await page.locator('input[type=file]').setInputFiles(fixture('first-quarter.csv'));
    await page.getByRole('button', { name: 'Analyse' }).click();
    const cohorts = section('Do new customers come back?');
    // The square of the January cohort one month later (alice came back, bob did not).
    const square = cohorts.locator('svg g[aria-label=cell]').nth(1).locator('rect').first();
    await square.scrollIntoViewIfNeeded();
    const box = await square.boundingBox();
    if (!box) throw new Error('no square');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await cohorts
      .getByRole('heading', { name: /2024-01 customers who bought 1 month later/ })
      .waitFor();
    await cohorts.getByRole('cell', { name: 'alice' }).waitFor();
    expect(await cohorts.locator('.list tbody tr td:first-child').allTextContents()).toEqual([
      'alice',
    ]);
    await cohorts.getByRole('button', { name: 'Did not come back' }).click();
    await cohorts.getByRole('cell', { name: 'bob' }).waitFor();
    expect(w.problems).toEqual([]);
  });

  it('recounts lapsed and overdue customers when the window and factor change', async () => {
    await loadSample(w.page);
    const cell = section('Who stopped buying?');
    const lapsed = () => cell.locator('tr[data-row=customers] td').nth(1).textContent();
    expect(await lapsed()).toBe('1,821');
    await cell.getByLabel('Window (months)').fill('3');
    await cell.getByLabel('Window (months)').press('Enter');
    // The CLI on the same file: npm run analyze -- static/sample/shop.csv --window-months 3
    await expect.poll(lapsed).toBe('2,284');
    await cell.getByLabel(/Overdue when waiting/).fill('3');
    await cell.getByLabel(/Overdue when waiting/).press('Enter');
    await cell.getByRole('heading', { name: /Overdue by their own rhythm \(382\)/ }).waitFor();
    expect(w.problems).toEqual([]);
  });

  it('downloads the lapsed list as a CSV a spreadsheet opens safely', async () => {
    await loadSample(w.page);
    // The forecasts join the list once fitted: wait for them, so the columns are known.
    await section('Who is still a customer?')
      .locator('.finding')
      .first()
      .waitFor({ timeout: 90_000 });
    const cell = section('Who stopped buying?');
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      cell.getByRole('button', { name: 'Download CSV' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('regulars-lapsed.csv');
    const text = readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'Customer,Last purchase,Days since,Purchases,Revenue,Usual gap,Probably still active,Expected value lost',
    );
    // Every lapsed customer, not just the rows on screen; most valuable first.
    expect(lines.length).toBe(1 + 1821);
    expect(lines[1]).toMatch(/^georgiam2@example\.com,2024-06-16,199,24,1633\.6,15,0\.\d+,[\d.]+$/);
  });

  it('shows a segment’s customers when it is picked in the RFM table', async () => {
    await loadSample(w.page);
    const cell = section('Who is worth what?');
    await cell.getByRole('button', { name: 'Champions' }).click();
    await cell.getByRole('heading', { name: /Champions \(426\)/ }).waitFor();
    await cell.locator('.list tbody tr').nth(9).waitFor();
    expect(await cell.locator('.list tbody tr').count()).toBe(10);
    expect(w.problems).toEqual([]);
  });
});

// A shop owner opens the site, drops a file, confirms the columns and reads the cohorts.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { fixture, sharedData } from '../helpers/db';
import { loadSample, openPage, type Watched } from './browser';

const HEATMAP = 'Do new customers come back?';

describe('from a dropped file to the cohort heatmap', () => {
  let w: Watched;
  beforeEach(async () => {
    w = await openPage(inject('baseURL'));
  });
  afterEach(async () => {
    await w.browser.close();
  });

  const figure = (key: string) => w.page.locator(`[data-figure=${key}] dd`).textContent();

  it('says what it does, that nothing leaves the browser, and offers sample data', async () => {
    await w.page.getByText('your file never leaves this browser').waitFor();
    await w.page.getByRole('button', { name: 'Try with sample data' }).waitFor();
    await w.page.getByText('Analysis engine ready').waitFor();
    expect(w.problems).toEqual([]);
  });

  it('shows the guessed mapping, then the summary and heatmap numbers worked out by hand', async () => {
    const { page } = w;
    await page.locator('input[type=file]').setInputFiles(fixture('first-quarter.csv'));
    await page.getByRole('heading', { name: 'Check the columns' }).waitFor();
    const chosen = (role: string) => page.locator(`select[name=${role}]`).inputValue();
    expect(await chosen('customer')).toBe('customer');
    expect(await chosen('date')).toBe('date');
    expect(await chosen('amount')).toBe('amount');
    expect(await chosen('order')).toBe('order');
    await page.getByRole('button', { name: 'Analyse' }).click();

    await page.getByRole('figure', { name: HEATMAP }).waitFor();
    expect(await figure('rows')).toBe('10');
    expect(await figure('skipped')).toBe('2');
    expect(await figure('orders')).toBe('8');
    expect(await figure('customers')).toBe('3');
    expect(await figure('revenue')).toBe('47');

    // Cohort 2024-01 (alice, bob): 1 of 2 back in February, both in March; 2024-02 (carol): none.
    const texts = await page
      .getByRole('figure', { name: HEATMAP })
      .locator('text')
      .allTextContents();
    expect(texts).toEqual(
      expect.arrayContaining(['2024-01 (2)', '2024-02 (1)', '50%', '100%', '0%']),
    );
    await page.getByText('Skipped rows (2)').click();
    await page.getByRole('cell', { name: 'date not readable' }).waitFor();
    await page.getByRole('cell', { name: 'not a date' }).waitFor();
    expect(w.problems).toEqual([]);
  });

  it('shows exact numbers in a tooltip when hovering a square', async () => {
    const { page } = w;
    await page.locator('input[type=file]').setInputFiles(fixture('first-quarter.csv'));
    await page.getByRole('button', { name: 'Analyse' }).click();
    const heatmap = page.getByRole('figure', { name: HEATMAP });
    await heatmap.waitFor();
    const square = heatmap.locator('svg g[aria-label=cell]').nth(1).locator('rect').first();
    // The heatmap sits below the notebook's first cells: bring it into view to point at it.
    await square.scrollIntoViewIfNeeded();
    const box = await square.boundingBox();
    if (!box) throw new Error('no heatmap square');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = heatmap.locator('g[aria-label=tip]');
    await expect.poll(() => tip.textContent()).toContain('Active customers');
  });

  it('reads a gzipped real export and switches the cohorts to quarters', async () => {
    const { page } = w;
    await page
      .locator('input[type=file]')
      .setInputFiles(sharedData('online-retail/online_retail_invoices_mwoitek.csv.gz'));
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.getByRole('figure', { name: HEATMAP }).waitFor();
    expect(await figure('customers')).toBe('4,338');
    await page.getByRole('combobox', { name: /^Period/ }).selectOption('quarter');
    const heatmap = page.getByRole('figure', { name: HEATMAP });
    await heatmap.locator('text', { hasText: /^2010-Q4 \(\d+\)$/ }).waitFor();
    expect(w.problems).toEqual([]);
  });

  it('opens the sample shop with one click', async () => {
    const { page } = w;
    await loadSample(page);
    await page.getByRole('figure', { name: HEATMAP }).waitFor();
    expect(await figure('customers')).toBe('3,500');
    expect(w.problems).toEqual([]);
  });
});

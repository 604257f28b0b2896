// "Show the numbers" under the charts: a disclosure a keyboard opens, holding a real table in
// the reader's language and digits. Numbers from the CLI on the sample shop:
//   npm run --silent analyze -- static/sample/shop.csv
// (the January 2023 cohort: 104 customers, 17 of them back a month later, 16%).
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { loadSample, openPage, type Watched } from './browser';

describe('the numbers under the charts', { timeout: 300_000 }, () => {
  let w: Watched;
  beforeEach(async () => {
    w = await openPage(`${inject('baseURL')}#lang=en`);
    w.page.setDefaultTimeout(120_000);
  });
  afterEach(async () => {
    await w.browser.close();
  });

  const cohorts = () => w.page.locator('section[aria-labelledby=cohorts-title]');

  it('opens the cohort table from the keyboard and reads a cohort from it', async () => {
    const { page } = w;
    await loadSample(page);
    const summary = cohorts().locator('details.numbers summary');
    await summary.waitFor();
    await summary.focus();
    await page.keyboard.press('Enter');
    const table = cohorts().getByRole('region', { name: 'Share who bought' }).locator('table');
    const row = table.locator('tbody tr', { has: page.locator('th', { hasText: '2023-01' }) });
    // Size, then offsets 0 and 1.
    expect(
      await row.locator('td').evaluateAll((tds) => tds.slice(0, 3).map((td) => td.textContent)),
    ).toEqual(['104', '100%', '16%']);
    expect(await table.locator('thead tr').last().locator('th').first().getAttribute('scope')).toBe(
      'col',
    );
    expect(await row.locator('th').getAttribute('scope')).toBe('row');
    // The table follows the measure the chart shows.
    await cohorts().getByLabel('Measure').selectOption('customers');
    const counts = cohorts().getByRole('region', { name: 'Customers who bought' });
    const again = counts.locator('tbody tr', { has: page.locator('th', { hasText: '2023-01' }) });
    expect(await again.locator('td').nth(2).textContent()).toBe('17');
    expect(w.problems).toEqual([]);
  });

  it('offers the numbers of every chart without a table of its own', async () => {
    const { page } = w;
    await loadSample(page);
    await page.locator('section[aria-labelledby=predict-title] .finding').first().waitFor();
    const cells = ['cohorts', 'inactivity', 'pareto', 'repeat', 'predict', 'rfm'].map((id) =>
      page.locator(`section[aria-labelledby=${id}-title] details.numbers`),
    );
    // The prediction cell has two charts: P(alive) and the holdout check.
    expect(await Promise.all(cells.map((c) => c.count()))).toEqual([1, 1, 1, 1, 2, 1]);
    const repeat = page.locator('section[aria-labelledby=repeat-title] details.numbers');
    await repeat.locator('summary').click();
    const bin = repeat.locator('tbody tr', { has: page.locator('th', { hasText: '15–30 days' }) });
    expect(await bin.locator('td').first().textContent()).toBe('266');
  });

  it('writes the Persian tables in Persian digits', async () => {
    await w.browser.close();
    w = await openPage(`${inject('baseURL')}#lang=fa`);
    w.page.setDefaultTimeout(120_000);
    await w.page.locator('.drop button.secondary').click();
    const details = cohorts().locator('details.numbers');
    await details.locator('summary').click();
    const figures = await details.locator('tbody td').allTextContents();
    expect(figures.filter((f) => f !== '').length).toBeGreaterThan(10);
    expect(figures.filter((f) => /[0-9]/.test(f))).toEqual([]);
    expect(figures.filter((f) => /[۰-۹]/.test(f)).length).toBeGreaterThan(10);
  });
});

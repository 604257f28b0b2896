// The first minute on the sample shop: the overview's figures are the cells' own, each item
// brings its list into view (its cell unfolded), and the figures follow the window.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { loadSample, openPage, type Watched } from './browser';

describe('the overview', () => {
  let w: Watched;
  beforeEach(async () => {
    w = await openPage(inject('baseURL'));
  });
  afterEach(async () => {
    await w.browser.close();
  });

  const item = (kind: string) => w.page.locator(`[data-overview=${kind}]`);
  const figure = (kind: string) => item(kind).locator('.figure').textContent();
  const sentence = (kind: string) => item(kind).locator('p').textContent();
  const listCount = async (kind: string) =>
    (await w.page.locator(`#list-${kind} .count`).textContent())?.replace(/[()]/g, '');
  const section = (title: string) =>
    w.page.locator('section.cell', { has: w.page.getByRole('heading', { name: title }) });
  /** A share as the cell shows it ("32.1%"), rounded as the overview shows it ("32%"). */
  const rounded = (text: string | null) => `${Math.round(Number(text?.replace('%', '')))}%`;

  it('shows the same figures as the cells, each list one click away', async () => {
    const { page } = w;
    await loadSample(page);
    // The forecasts join the lists once fitted: wait for them, so the page stops moving.
    await section('Who is still a customer?').locator('.finding').first().waitFor();
    // Who stopped buying: the count, their lifetime revenue and its share, as the cell has them.
    const inactivity = section('Who stopped buying?');
    const lapsed = (row: string) => inactivity.locator(`tr[data-row=${row}] td`).nth(1);
    expect(await figure('lapsed')).toBe(await lapsed('customers').textContent());
    expect(await figure('lapsed')).toBe('1,821');
    expect(await sentence('lapsed')).toContain(`(${await lapsed('revenue').textContent()})`);
    expect(await sentence('lapsed')).toContain(
      rounded(await lapsed('revenue_share').textContent()),
    );
    // The other lists: their counts in their own headings.
    expect(await figure('overdue')).toBe(await listCount('overdue'));
    expect(await figure('inWindow')).toBe(await listCount('inWindow'));
    expect(await figure('top20')).toBe(await listCount('top20'));
    const top20 = await section('How concentrated is your revenue?')
      .locator('[data-figure=top20] dd')
      .textContent();
    expect(await sentence('top20')).toContain(`bring ${rounded(top20?.trim() ?? null)} of`);

    // One click from each item to its list, in view and with the focus on it.
    for (const kind of ['overdue', 'top20', 'inWindow', 'lapsed']) {
      await item(kind).getByRole('button').click();
      await expect
        .poll(
          () =>
            page.evaluate((id) => {
              const box = document.getElementById(id)?.getBoundingClientRect();
              return box ? `${Math.round(box.top)} of ${innerHeight}` : 'absent';
            }, `list-${kind}`),
          { message: kind },
        )
        .toMatch(/^\d{1,3} of 900$/);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`list-${kind}`);
    }
    expect(w.problems).toEqual([]);
  });

  it('unfolds a folded cell to show its list, and the contents lead to each section', async () => {
    const { page } = w;
    await loadSample(page);
    const frame = page.locator('section.notebook-cell', {
      has: page.locator('header .title', { hasText: /^Inactivity$/ }),
    });
    await frame.getByRole('button', { name: 'Inactivity' }).click();
    await expect.poll(() => page.locator('#list-lapsed').count()).toBe(0);
    await item('lapsed').getByRole('button').click();
    await page.locator('#list-lapsed').waitFor();
    expect(await frame.locator('.toggle').getAttribute('aria-expanded')).toBe('true');

    const contents = page.getByRole('navigation', { name: 'Contents' });
    expect(await contents.getByRole('button', { name: /^Inactivity/ }).textContent()).toContain(
      '1,821 lapsed',
    );
    await contents.getByRole('button', { name: /^Pareto/ }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const box = document.getElementById('pareto-title')?.getBoundingClientRect();
          return box !== undefined && box.top >= 0 && box.top < innerHeight / 2;
        }),
      )
      .toBe(true);
    // The contents stay in reach down the page.
    expect(await contents.isVisible()).toBe(true);
    const bar = await contents.boundingBox();
    expect(bar?.y).toBe(0);
    expect(w.problems).toEqual([]);
  });

  it('follows the window the owner sets', async () => {
    await loadSample(w.page);
    const cell = section('Who stopped buying?');
    await cell.getByLabel('Window (months)').fill('3');
    await cell.getByLabel('Window (months)').press('Enter');
    // The CLI on the same file: npm run analyze -- static/sample/shop.csv --window-months 3
    await expect.poll(() => figure('lapsed')).toBe('2,284');
    expect(await sentence('lapsed')).toContain('in the last 3 months');
    expect(w.problems).toEqual([]);
  });
});

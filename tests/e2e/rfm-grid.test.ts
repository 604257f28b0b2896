// The RFM grid on the sample shop: a square lists its own customers (as a cohort square
// does), and the columns left empty by tied scores say why.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { loadSample, openPage, type Watched } from './browser';

describe('the RFM grid', () => {
  let w: Watched | undefined;
  afterEach(async () => {
    await w?.browser.close();
  });

  it('lists the customers of a clicked square and explains the empty columns', async () => {
    w = await openPage(inject('baseURL'));
    const { page } = w;
    await loadSample(page);
    const cell = page.locator('section[aria-labelledby=rfm-title]');
    const squares = cell.locator('[role=figure] svg g[aria-label=cell] rect');
    await squares.first().waitFor({ timeout: 150_000 });
    // The first square is R 5, F 1: New Customers, 269 of them on the sample.
    await squares.first().scrollIntoViewIfNeeded();
    const box = await squares.first().boundingBox();
    if (!box) throw new Error('the R 5, F 1 square is not drawn');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect
      .poll(() => cell.locator('.list h3').textContent())
      .toBe('New Customers: R 5, F 1 (269)');
    expect(await cell.locator('.list tbody tr td:last-child').first().textContent()).toMatch(
      /^5-1-\d$/,
    );
    // Most customers bought once: F 2 and F 3 are empty, and the page says why.
    expect(await cell.locator('[data-tied]').allTextContents()).toEqual([
      'No customer has F 2 or F 3: 2,207 customers are tied at F 1 (1 purchase), and equal values always share a score.',
    ]);
    // The segment's own button still lists the whole segment.
    await cell.getByRole('button', { name: 'Hibernating' }).click();
    await expect.poll(() => cell.locator('.list h3').textContent()).toBe('Hibernating (1,152)');
    expect(w.problems).toEqual([]);
  });
});

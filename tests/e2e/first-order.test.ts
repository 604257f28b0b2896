// First orders as a shop owner uses them, on the hand-worked fixture first-orders.csv (see
// tests/lib/analyses/first-order.test.ts), as of its default date 2024-06-21: split by the
// product, then by a column of the file, a group's customers listed and downloaded, and the
// column carried in the notebook's link.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { decodeNotebook } from '../../src/lib/notebook/codec';
import { fixture } from '../helpers/db';
import { loadSample, openPage, type Watched } from './browser';

describe('first orders', { timeout: 300_000 }, () => {
  let w: Watched;
  beforeEach(async () => {
    w = await openPage(inject('baseURL'));
    w.page.setDefaultTimeout(120_000);
  });
  afterEach(async () => {
    await w.browser.close();
  });

  const cell = () =>
    w.page.locator('section.cell', {
      has: w.page.getByRole('heading', { name: 'Which new customers are worth winning?' }),
    });
  /** Each row's cells, separated by one space. */
  const rows = () =>
    cell()
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...(tr as HTMLTableRowElement).cells]
            .map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim())
            .join(' '),
        ),
      );

  it('compares the groups of the first order’s product, then of a column picked', async () => {
    await w.page.locator('input[type=file]').setInputFiles(fixture('first-orders.csv'));
    await w.page.getByRole('button', { name: 'Analyse' }).click();
    await cell().locator('tr[data-group="1"]').waitFor();
    // Products by customers: Mug (ana bo ed), Cake and Tea (2 each, Cake first by name), Jam;
    // fi's first order names no product. Every group has fewer than 30 customers: all marked.
    // Back within 30 / 60 / 90 days, of those old enough: all 2/6, 2/5, 3/5; Mug 0/3, 1/3
    // (ana), 2/3 (+ ed); Cake 0/2, 0/2, 1/2; Tea 1/2 (cy), 2/2, 2/2; gu is 1 day old; fi 37.
    const expected = [
      'All customers 7 33% 40% 60%',
      'Mug 3 0% 33% 67%',
      'Cake 2 0% 0% 50%',
      'Tea 2 50% 100% 100%',
      'Jam 1 – – –',
      'None 1 100% – –',
    ];
    const shown = (await rows()).map((r) => r.replace(/ \*/g, ''));
    expect(shown.map((r, i) => r.slice(0, expected[i]?.length))).toEqual(expected);
    await cell().getByRole('combobox', { name: 'Split by' }).selectOption('column:Source; "utm"');
    await cell().locator('tr[data-group="3"]').waitFor();
    const columns = ['All customers 7', 'web 3', 'shop 2', 'app 1', 'None 1'];
    await expect
      .poll(async () =>
        (await rows()).map((r, i) => r.replace(/ \*/g, '').slice(0, columns[i]?.length)),
      )
      .toEqual(columns);

    // web: ana, cy and gu, most valuable first (lifetime net revenue 75, 65, 8).
    await cell().locator('tr[data-group="1"]').getByRole('button', { name: 'Customers' }).click();
    const list = cell().locator('.list');
    await list.getByRole('heading', { name: 'Customers: web (3)' }).waitFor();
    // The heading counts the group at once; its rows come with their own query.
    await expect
      .poll(() => list.locator('tbody tr td:first-child').allTextContents())
      .toEqual(['cy', 'ana', 'gu']);
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      list.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('regulars-first-order-1.csv');
    const lines = readFileSync(await download.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(1 + 3);

    await w.page.getByRole('button', { name: 'Copy link' }).click();
    const url = await w.page.getByRole('textbox', { name: 'Link to this notebook' }).inputValue();
    const notebook = await decodeNotebook(url.split('#nb=')[1]);
    expect(notebook.cells.find((c) => c.kind === 'first-order')).toMatchObject({
      by: 'column:Source; "utm"',
    });
    expect(w.problems).toEqual([]);
  });

  it('adds each group’s expected 12-month value once the forecast is fitted', async () => {
    await loadSample(w.page);
    // The column comes when the fit finishes (the figures are there before it).
    await cell().getByRole('columnheader', { name: 'Expected value, next 12 months' }).waitFor();
    // npm run analyze -- static/sample/shop.csv --by product --predict: all customers 51.96
    // (3,500 with a forecast), Ceramic mug 53.80 (446), Espresso beans 1kg 61.88 (346).
    const value = (group: number) => cell().locator(`tr[data-group="${group}"] td.value`);
    await expect.poll(() => value(0).textContent()).toMatch(/\b52\b/);
    expect(await value(1).textContent()).toMatch(/\b54\b/);
    expect(await value(3).textContent()).toMatch(/\b62\b/);
    expect(await value(0).getAttribute('title')).toBe('Mean over 3,500 customers with a forecast');
    expect(w.problems).toEqual([]);
  });
});

// The notebook as a shop owner and a consultant use it: cells added, moved, folded and undone;
// SQL cells run on the data; the notebook saved in the browser, in a link and in a file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { engineQuiet, loadSample, openPage, type Watched } from './browser';

const cells = (page: Page) => page.locator('section.notebook-cell');
const titles = (page: Page) => cells(page).locator('header .title').allTextContents();
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const cell = (page: Page, title: string) =>
  cells(page).filter({ has: page.locator('header .title', { hasText: exactly(title) }) });
// The machine running these tests is shared and slow: a query on the sample can take a minute.
const SLOW = 240_000;

/** Type a query into the last SQL cell's editor (CodeMirror, once loaded) and run it. */
async function runSql(page: Page, sql: string, how: 'keys' | 'button' = 'keys') {
  const sqlCell = cell(page, 'SQL').last();
  const editor = sqlCell.locator('.cm-content');
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
  if (how === 'keys') await page.keyboard.press('Control+Enter');
  else await sqlCell.getByRole('button', { name: 'Run' }).click();
  return sqlCell;
}

describe('the notebook', () => {
  let w: Watched;
  beforeEach(async () => {
    w = await openPage(inject('baseURL'));
  });
  afterEach(async () => {
    await w.browser.close();
  });

  it('adds, moves, folds and removes cells, undoes each step, and keeps them over a reload', async () => {
    const { page } = w;
    const start = [
      'Note',
      'Summary',
      'Cohorts',
      'Second purchase',
      'What regulars buy',
      'First orders',
      'RFM segments',
      'Inactivity',
      'Forecast',
      'Pareto (80/20)',
    ];
    await expect.poll(() => titles(page)).toEqual(start);

    await page.getByRole('button', { name: '+ Note' }).click();
    const note = cells(page).last();
    await note.getByRole('textbox', { name: 'Note (markdown)' }).fill('Call the **lapsed** VIPs');
    await note.getByRole('button', { name: 'Done' }).click();
    await note.locator('strong', { hasText: 'lapsed' }).waitFor();
    expect(await titles(page)).toEqual([...start, 'Note']);

    await note.getByRole('button', { name: 'Move up' }).click();
    expect((await titles(page)).slice(-2)).toEqual(['Note', 'Pareto (80/20)']);
    await cell(page, 'Cohorts').getByRole('button', { name: 'Cohorts' }).click();
    expect(await cell(page, 'Cohorts').locator('.toggle').getAttribute('aria-expanded')).toBe(
      'false',
    );
    await cell(page, 'Second purchase').getByRole('button', { name: 'Remove' }).click();
    expect(await titles(page)).toEqual([
      'Note',
      'Summary',
      'Cohorts',
      'What regulars buy',
      'First orders',
      'RFM segments',
      'Inactivity',
      'Forecast',
      'Note',
      'Pareto (80/20)',
    ]);

    // Undo with the button, then with the keyboard, one step at a time; redo once.
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await cell(page, 'Second purchase').count()).toBe(1);
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    expect(await cell(page, 'Cohorts').locator('.toggle').getAttribute('aria-expanded')).toBe(
      'true',
    );
    await page.keyboard.press('Control+z');
    expect(await titles(page)).toEqual([...start, 'Note']);
    await page.keyboard.press('Control+Shift+z');
    expect((await titles(page)).slice(-2)).toEqual(['Note', 'Pareto (80/20)']);

    // Saved as it changes: a reload brings the same cells back.
    const before = await titles(page);
    // Wait until the notebook in local storage has as many cells as the page shows.
    const savedCells = () =>
      page.evaluate(() => {
        const text = localStorage.getItem('regulars.notebook');
        return text === null ? -1 : (JSON.parse(text) as { cells: unknown[] }).cells.length;
      });
    await expect.poll(savedCells).toBe(before.length);
    await page.reload();
    await expect.poll(() => titles(page)).toEqual(before);
    await cells(page)
      .nth(start.length - 1)
      .locator('strong', { hasText: 'lapsed' })
      .waitFor();
    expect(w.problems).toEqual([]);
  });

  it('runs a SQL cell on the data: rows, count, chart, an error with its position, blocked statements', async () => {
    const { page } = w;
    await loadSample(page);
    await page.getByRole('button', { name: '+ SQL query' }).click();

    // The customers view: the sample shop's 3,500 customers (the summary says the same).
    let sqlCell = await runSql(page, 'SELECT count(*) AS customers FROM customers');
    await sqlCell.getByText('Rows: 1').waitFor({ timeout: SLOW });
    expect(await sqlCell.locator('tbody td').first().textContent()).toBe('3500');
    expect(await page.locator('[data-figure=customers] dd').textContent()).toBe('3,500');

    // More rows than are kept: the first 100,000 shown, all counted.
    sqlCell = await runSql(page, 'SELECT range AS n FROM range(250000)', 'button');
    await sqlCell.getByText('First 100,000 of 250,000 rows').waitFor({ timeout: SLOW });
    // Virtualised: a handful of rows in the page, not 100,000.
    expect(await sqlCell.locator('tbody tr').count()).toBeLessThan(60);

    // Months and revenue: a line chart by itself, bars on request (they do not fit), a table.
    sqlCell = await runSql(
      page,
      `SELECT date_trunc('month', "date") AS month, sum(total) AS revenue FROM purchases GROUP BY 1 ORDER BY 1`,
    );
    await sqlCell.getByText('Rows: 24').waitFor({ timeout: SLOW });
    await sqlCell.getByRole('figure', { name: 'Chart of the query result' }).waitFor();
    await sqlCell.getByRole('combobox', { name: 'Chart' }).selectOption('bar');
    await sqlCell.getByText(/Bars need a text column/).waitFor();
    await sqlCell.getByRole('combobox', { name: 'Chart' }).selectOption('table');
    expect(await sqlCell.getByRole('figure').count()).toBe(0);

    sqlCell = await runSql(page, 'SELECT nope FROM orders');
    const error = sqlCell.getByRole('alert');
    await error.waitFor({ timeout: SLOW });
    expect(await error.textContent()).toMatch(/nope/);
    expect(await error.textContent()).toMatch(/LINE 1: SELECT nope FROM orders\n\s+\^/);

    sqlCell = await runSql(page, 'DROP TABLE orders');
    await sqlCell
      .getByRole('alert')
      .getByText(/^Blocked: only a query that reads can run here.*DROP would change/)
      .waitFor();
    // A second statement hidden behind a $$ string: DuckDB's tokenizer sees it.
    sqlCell = await runSql(page, "SELECT $$'$$; DROP TABLE orders; SELECT '$$' AS z");
    await sqlCell
      .getByRole('alert')
      .getByText(/^Blocked: one statement per cell/)
      .waitFor();
    // A write behind a WITH.
    sqlCell = await runSql(page, 'WITH a AS (SELECT 1) DELETE FROM orders');
    await sqlCell
      .getByRole('alert')
      .getByText(/^Blocked: .*DELETE would change/)
      .waitFor();
    // Nothing was dropped.
    sqlCell = await runSql(page, 'SELECT count(*) AS n FROM orders');
    await sqlCell.getByText('Rows: 1').waitFor({ timeout: SLOW });
    expect(w.problems).toEqual([]);
  }, 600_000);

  it('copies a link that opens the same notebook in a fresh browser, SQL held until confirmed', async () => {
    const { page } = w;
    await loadSample(page);
    await cell(page, 'Cohorts')
      .getByRole('combobox', { name: /^Period/ })
      .selectOption('quarter');
    await cell(page, 'Cohorts')
      .locator('text', { hasText: /^2023-Q1 \(\d+\)$/ })
      .waitFor();
    await cell(page, 'Pareto (80/20)').getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('button', { name: '+ SQL query' }).click();
    const sqlCell = await runSql(page, 'SELECT count(*) AS vip FROM customers WHERE revenue > 500');
    await sqlCell.getByText('Rows: 1').waitFor({ timeout: SLOW });
    const vips = await sqlCell.locator('tbody td').first().textContent();
    const lapsed = await cell(page, 'Inactivity')
      .locator('tr[data-row=customers] td')
      .nth(1)
      .textContent();

    await page.getByRole('button', { name: 'Copy link' }).click();
    const url = await page.getByRole('textbox', { name: 'Link to this notebook' }).inputValue();
    expect(url).toMatch(/#nb=v1\.[\w-]+$/);
    // The link carries no data: no customer, no number from the file.
    expect(decodeURIComponent(url)).not.toMatch(/@example\.com/);

    const other = await openPage(url);
    try {
      const p = other.page;
      await p.getByText(/Notebook opened from a link/).waitFor();
      // The cells draw once their (lazily loaded) code is there.
      const expected = await titles(page);
      await expect.poll(() => titles(p)).toEqual(expected);
      await p.getByText(/This notebook came with 1 SQL query/).waitFor();
      const shared = cell(p, 'SQL');
      await shared.getByText('WHERE revenue > 500').waitFor();
      await loadSample(p);
      // Parameters came along: quarters; the same numbers.
      await cell(p, 'Cohorts')
        .locator('text', { hasText: /^2023-Q1 \(\d+\)$/ })
        .waitFor();
      expect(
        await cell(p, 'Inactivity').locator('tr[data-row=customers] td').nth(1).textContent(),
      ).toBe(lapsed);
      // Not run until the recipient says so.
      expect(await shared.getByRole('button', { name: 'Run' }).isDisabled()).toBe(true);
      // Had it run on its own, it would have by the time the engine is quiet (the page runs
      // SQL cells as soon as the data is ready).
      await engineQuiet(p);
      expect(await shared.locator('tbody').count()).toBe(0);
      await p.getByRole('button', { name: 'Run shared SQL' }).click();
      await shared.getByText('Rows: 1').waitFor({ timeout: SLOW });
      expect(await shared.locator('tbody td').first().textContent()).toBe(vips);
      expect(other.problems).toEqual([]);
    } finally {
      await other.browser.close();
    }
    expect(w.problems).toEqual([]);
  }, 900_000);

  it('saves the notebook to a file, opens it again, and explains what is wrong with a bad one', async () => {
    const { page } = w;
    await page.getByRole('button', { name: '+ Note' }).click();
    await cells(page).last().getByRole('textbox').fill('Quarterly review');
    await cells(page).last().getByRole('button', { name: 'Done' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('notebook.regulars.json');
    const dir = mkdtempSync(join(tmpdir(), 'regulars-nb-'));
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const json = JSON.parse(readFileSync(saved, 'utf8').replace(/^\ufeff/, ''));
    expect(json).toMatchObject({ regulars: 1, version: 1 });
    const before = await titles(page);

    for (const title of ['Summary', 'Cohorts']) {
      await cell(page, title).getByRole('button', { name: 'Remove' }).click();
    }
    expect(await titles(page)).toHaveLength(before.length - 2);

    const open = async (path: string) => {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Open a file…' }).click(),
      ]);
      await chooser.setFiles(path);
    };
    await open(saved);
    await page.getByText('Notebook opened from notebook.regulars.json.').waitFor();
    expect(await titles(page)).toEqual(before);
    await page.getByText('Quarterly review').waitFor();

    const bad = join(dir, 'bad.regulars.json');
    json.cells[1].kind = 'chart';
    writeFileSync(bad, JSON.stringify(json));
    await open(bad);
    await page
      .getByRole('alert')
      .getByText(
        /This file could not be opened\. Its content is not a valid notebook \(.*cells\[1\]\.kind: unknown kind "chart"/,
      )
      .waitFor();
    // The notebook on the page is untouched.
    expect(await titles(page)).toEqual(before);
    expect(w.problems).toEqual([]);
  });
});

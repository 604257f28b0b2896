// When the database engine runs out of memory or crashes, the page says so in words, starts a
// new engine, brings back the data that was loaded, and keeps working. The failures are real:
// the test makes the running worker's memory refuse to grow (DuckDB then fails to allocate),
// or pretend to grow (the wasm then reads past its memory and traps). A SQL cell's query too
// heavy for the browser is a real one, unaided: DuckDB refuses it (the data stays) or the wasm
// traps (the data is read again); either way the cell says so and the next cell runs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { fixture } from '../helpers/db';
import { engineQuiet, openPage, type Watched } from './browser';

/** A purchases file large enough that reading it needs more wasm memory (about 25 MB). */
function bigFile(): string {
  const lines = ['order,customer,date,amount'];
  for (let i = 0; i < 500_000; i++)
    lines.push(`${i},customer-${i % 40_000},2024-0${1 + (i % 9)}-1${i % 10},${(i % 97) + 0.5}`);
  const path = join(mkdtempSync(join(tmpdir(), 'regulars-big-')), 'big.csv');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

describe('when the engine fails', () => {
  let w: Watched;
  let big: string;
  beforeAll(() => {
    big = bigFile();
  });
  beforeEach(async () => {
    w = await openPage(inject('baseURL'));
  });
  afterEach(async () => {
    await w.browser.close();
  });

  const figure = (key: string) => w.page.locator(`[data-figure=${key}] dd`).textContent();

  async function loadFirstQuarter() {
    await w.page.locator('input[type=file]').setInputFiles(fixture('first-quarter.csv'));
    await w.page.getByRole('button', { name: 'Analyse' }).click();
    await w.page.locator('[data-figure=customers]').waitFor({ timeout: 60_000 });
    expect(await figure('customers')).toBe('3');
  }

  /**
   * Drop the large file on a loaded page. The mapping form reads only its first 2 MB, which
   * may fit; the whole file is then read, and fails, once it is analysed.
   */
  async function dropBig() {
    const { page } = w;
    await page.getByRole('button', { name: 'Load another file' }).click();
    await page.locator('input[type=file]').setInputFiles(big);
    const analyse = page.getByRole('button', { name: 'Analyse' });
    await Promise.race([
      analyse.waitFor({ timeout: 60_000 }),
      page.getByRole('alert').waitFor({ timeout: 60_000 }),
    ]);
    if (await analyse.isVisible()) await analyse.click();
  }

  /**
   * Change how the running database worker's memory grows (the next worker is untouched),
   * once the work the page started on its own is done: broken under that work, the engine
   * would fail before the step the test means to break.
   */
  async function breakMemory(how: 'refuse' | 'pretend') {
    await engineQuiet(w.page);
    const worker = w.page.workers().find((wk) => /database/.test(wk.url()));
    if (!worker) throw new Error('no database worker');
    await worker.evaluate((mode) => {
      WebAssembly.Memory.prototype.grow = function (this: WebAssembly.Memory) {
        if (mode === 'refuse')
          throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded');
        return this.buffer.byteLength / 65536; // claims success, adds nothing
      };
    }, how);
  }

  it('says the file is too large, brings back the previous data and stays usable', async () => {
    const { page } = w;
    await loadFirstQuarter();
    await breakMemory('refuse');
    await dropBig();

    const alert = page.getByRole('alert');
    await alert.getByText(/The file is too large for this browser/).waitFor({ timeout: 60_000 });
    await alert.getByText(/npm run analyze/).waitFor();
    await alert.getByText(/first-quarter\.csv was read again/).waitFor({ timeout: 60_000 });
    expect(await figure('customers')).toBe('3');
    expect(await figure('revenue')).toBe('47');

    // The new engine has all its memory: the same large file now loads.
    await page.getByRole('button', { name: 'Load another file' }).click();
    await page.locator('input[type=file]').setInputFiles(big);
    await page.getByRole('button', { name: 'Analyse' }).click();
    await expect
      .poll(() => figure('customers').catch(() => null), { timeout: 90_000 })
      .toBe('40,000');
    expect(w.problems).toEqual([]);
  });

  it('restarts a crashed engine and keeps the analyses, the chosen as-of date and the notebook', async () => {
    const { page } = w;
    await loadFirstQuarter();
    await page.getByLabel('As of').fill('2024-03-15');
    await page.getByLabel('As of').dispatchEvent('change');
    await expect.poll(() => page.getByText(/As of Mar 15, 2024/).count()).toBeGreaterThan(0);
    // A note written before the crash.
    await page.getByRole('button', { name: '+ Note' }).click();
    const note = page.locator('section.notebook-cell').last();
    await note.getByRole('textbox', { name: 'Note (markdown)' }).fill('Call **Bob** on Monday');
    await note.getByRole('button', { name: 'Done' }).click();
    const titles = () => page.locator('section.notebook-cell header .title').allTextContents();
    const before = await titles();
    await breakMemory('pretend');
    await dropBig();

    const alert = page.getByRole('alert');
    await alert
      .getByText(/The analysis engine stopped unexpectedly .* and was restarted/)
      .waitFor({ timeout: 60_000 });
    await alert.getByText(/first-quarter\.csv was read again/).waitFor({ timeout: 60_000 });
    expect(await figure('customers')).toBe('3');
    await expect.poll(() => page.getByText(/As of Mar 15, 2024/).count()).toBeGreaterThan(0);
    // The notebook is as it was: the same cells, the note with its text.
    expect(await titles()).toEqual(before);
    expect(await note.locator('strong').textContent()).toBe('Bob');
    expect(w.problems).toEqual([]);
  });

  /** Add a SQL cell at the end of the notebook, type the query and run it. */
  async function runInNewCell(sql: string) {
    const { page } = w;
    const sqlCells = page
      .locator('section.notebook-cell')
      .filter({ has: page.locator('header .title', { hasText: /^SQL$/ }) });
    // Its place, not "the last one": the locator keeps pointing at it when more are added.
    const cell = sqlCells.nth(await sqlCells.count());
    await page.getByRole('button', { name: '+ SQL query' }).click();
    const editor = cell.locator('.cm-content');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.insertText(sql);
    await page.keyboard.press('Control+Enter');
    return cell;
  }

  /** The next cell reads the orders table: 8 orders in first-quarter.csv. */
  async function ordersAnswer() {
    const next = await runInNewCell('SELECT count(*) AS n FROM orders');
    await next.getByText('Rows: 1').waitFor({ timeout: 90_000 });
    expect(await next.locator('tbody td').first().textContent()).toBe('8');
  }

  it('says a SQL query needed more memory than the browser gives, and keeps the data, when DuckDB refuses it', async () => {
    const { page } = w;
    await loadFirstQuarter();
    // Ten million 1,000-character strings joined: DuckDB cannot get the 10 GB and says so.
    const heavy = await runInNewCell(
      "SELECT length(string_agg(repeat('x', 1000), ',')) FROM range(10000000)",
    );
    const said = heavy.getByRole('alert');
    await said
      .getByText(/^This query needed more memory than this browser gives it \(Out of Memory Error/)
      .waitFor({ timeout: 120_000 });
    expect(await said.textContent()).toMatch(/Your data is unchanged\./);
    await ordersAnswer();
    expect(await figure('customers')).toBe('3');
    expect(await page.getByText(/too large/).count()).toBe(0);
    expect(w.problems).toEqual([]);
  });

  it('restarts the engine a SQL query crashed, brings back the analyses and as-of date, and runs the next cell', async () => {
    const { page } = w;
    await loadFirstQuarter();
    await page.getByLabel('As of').fill('2024-03-15');
    await page.getByLabel('As of').dispatchEvent('change');
    await expect.poll(() => page.getByText(/As of Mar 15, 2024/).count()).toBeGreaterThan(0);
    // A 3 GB string in a 4 GB wasm memory: the engine reads past its memory and traps.
    const heavy = await runInNewCell("SELECT length(repeat(repeat('x', 100000000), 30))");
    const said = heavy.getByRole('alert');
    await said
      .getByText(/^This query needed more memory than this browser gives it/)
      .waitFor({ timeout: 120_000 })
      .catch(async (e: Error) => {
        throw new Error(`${e.message}\nThe cell says: ${await heavy.textContent()}`);
      });
    expect(await said.textContent()).toMatch(/The engine was restarted and your data read again/);
    await page
      .getByRole('alert')
      .getByText(/A SQL query stopped the analysis engine .* first-quarter\.csv was read again/)
      .waitFor({ timeout: 90_000 });
    expect(await figure('customers')).toBe('3');
    await expect.poll(() => page.getByText(/As of Mar 15, 2024/).count()).toBeGreaterThan(0);
    await ordersAnswer();
    // The heavy cell was not run again with the data: it still says why it stopped.
    expect(await said.textContent()).toMatch(/runs again only when you click Run/);
    expect(await heavy.getByRole('button', { name: 'Run' }).isEnabled()).toBe(true);
    expect(await page.getByText(/too large/).count()).toBe(0);
    expect(w.problems).toEqual([]);
  });
});

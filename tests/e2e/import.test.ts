// A shop owner drops what their system gave them: a Greek CSV from an old Windows, an Excel
// workbook, a file without a header line. The page reads the right letters and numbers, and
// lets them say otherwise (another encoding, another sheet).
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { fixture, sharedData } from '../helpers/db';
import { openPage, type Watched } from './browser';

describe('importing files in other encodings and formats', () => {
  let w: Watched;
  beforeEach(async () => {
    w = await openPage(inject('baseURL'));
  });
  afterEach(async () => {
    await w.browser.close();
  });

  const figure = (key: string) => w.page.locator(`[data-figure=${key}] dd`).textContent();
  const header = () => w.page.locator('.table-wrap th').allTextContents();
  const drop = async (path: string) => {
    await w.page.locator('input[type=file]').setInputFiles(path);
    await w.page.getByRole('heading', { name: 'Check the columns' }).waitFor({ timeout: 60_000 });
  };

  it('reads a Windows-1253 Greek CSV in Greek letters, and another encoding on request', async () => {
    const { page } = w;
    await drop(fixture('import/el-windows-1253.csv'));
    const encoding = page.locator('select[name=encoding]');
    expect(await encoding.inputValue()).toBe('windows-1253');
    expect(await header()).toEqual(['Πελάτης', 'Ημερομηνία', 'Σύνολο']);
    expect(await page.locator('select[name=customer]').inputValue()).toBe('Πελάτης');

    // Read as Western European, the same bytes are other letters; back to Greek, Greek again.
    await encoding.selectOption('windows-1252');
    await expect.poll(header).toEqual(['ÐåëÜôçò', 'Çìåñïìçíßá', 'Óýíïëï']);
    await page.locator('select[name=encoding]').selectOption('windows-1253');
    await expect.poll(header).toEqual(['Πελάτης', 'Ημερομηνία', 'Σύνολο']);

    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('[data-figure=customers]').waitFor({ timeout: 60_000 });
    // 3 customers; 1,234.56 + 12.00 + 45.50 + 8.90 = 1,300.96, in the euros the cells show.
    expect(await figure('rows')).toBe('4');
    expect(await figure('customers')).toBe('3');
    // The card rounds to whole euros; the exact sum is its title.
    expect(await figure('revenue')).toBe('€1,301');
    expect(await page.locator('[data-figure=revenue] dd').getAttribute('title')).toBe('€1,300.96');
    await page.getByText('Γιώργος Παπαδόπουλος').first().waitFor({ timeout: 60_000 });
    expect(w.problems).toEqual([]);
  });

  it('reads the first sheet of an .xlsx workbook, and the sheet the user picks', async () => {
    const { page } = w;
    await drop(fixture('import/orders.xlsx'));
    const sheet = page.locator('select[name=sheet]');
    expect(await sheet.inputValue()).toBe('Orders');
    expect(await header()).toEqual(['Order', 'Customer', 'Date', 'Total']);
    // The date cell styled as a date in Excel reads as a date, with its time of day.
    await page.getByRole('cell', { name: '2024-02-11 12:00:00' }).waitFor();

    await sheet.selectOption('Returns');
    await expect.poll(header).toEqual(['Customer', 'Date', 'Amount']);
    await page.locator('select[name=sheet]').selectOption('Orders');
    await expect.poll(header).toEqual(['Order', 'Customer', 'Date', 'Total']);

    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('[data-figure=customers]').waitFor({ timeout: 60_000 });
    // anna 30.50 + 20.25, bob 12, carla 100: 3 customers, 162.75.
    expect(await figure('rows')).toBe('4');
    expect(await figure('orders')).toBe('4');
    expect(await figure('customers')).toBe('3');
    expect(await figure('revenue')).toBe('163');
    expect(await page.locator('[data-figure=revenue] dd').getAttribute('title')).toBe('162.75');
    expect(w.problems).toEqual([]);
  });

  it('says which column is still missing and how to find it, instead of a silent grey button', async () => {
    const { page } = w;
    await drop(fixture('import/no-customer.csv'));
    const missing = page.locator('#mapping-missing');
    expect(await missing.locator('p').textContent()).toBe('Still needed: Customer');
    expect(await missing.locator('li').allTextContents()).toEqual([
      'Customer: pick the column that identifies the buyer (a customer id, email or name). If no column does, export the file again with one: without it, purchases cannot be told apart by customer.',
    ]);
    const analyse = page.getByRole('button', { name: 'Analyse' });
    expect(await analyse.isDisabled()).toBe(true);
    // The button points at the reason, for a screen reader too.
    expect(await analyse.getAttribute('aria-describedby')).toBe('mapping-missing');
    // Picking a column for the role takes the message away and lets the analysis start.
    await page.locator('select[name=customer]').selectOption('amount');
    await missing.waitFor({ state: 'detached' });
    expect(await analyse.isDisabled()).toBe(false);
    expect(w.problems).toEqual([]);
  });

  it('numbers the columns of a file without a header line and says so', async () => {
    const { page } = w;
    await drop(sharedData('cdnow/CDNOW_sample.txt'));
    await page.getByText('The first line of this file is data, not column names').waitFor();
    expect(await header()).toEqual(['column1', 'column2', 'column3', 'column4', 'column5']);
    await page.locator('select[name=customer]').selectOption('column1');
    await page.locator('select[name=date]').selectOption('column3');
    await page.locator('select[name=amount]').selectOption('column5');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('[data-figure=customers]').waitFor({ timeout: 60_000 });
    // Checked with python: 6,919 lines, 2,349 customers with a purchase.
    expect(await figure('rows')).toBe('6,919');
    expect(await figure('customers')).toBe('2,349');
    expect(w.problems).toEqual([]);
  });

  it('takes column names that look like SQL or HTML as plain names, all the way', async () => {
    const { page } = w;
    await drop(fixture('import/hostile-headers.csv'));
    const sql = '"); DROP TABLE x; --';
    const html = '<img src=x onerror=alert(1)>';
    expect(await header()).toEqual([sql, html, "amount'; DELETE FROM raw; --"]);
    await page.locator('select[name=customer]').selectOption(sql);
    await page.locator('select[name=date]').selectOption(html);
    await page.locator('select[name=amount]').selectOption("amount'; DELETE FROM raw; --");
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('[data-figure=customers]').waitFor({ timeout: 60_000 });
    // ann 10 and bob 20: nothing dropped, nothing deleted, no script ran.
    expect(await figure('rows')).toBe('2');
    expect(await figure('customers')).toBe('2');
    expect(await figure('revenue')).toBe('30');
    expect(w.problems).toEqual([]);
  });
});

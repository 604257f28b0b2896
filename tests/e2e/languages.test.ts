// The app in each of its languages: a shop owner opens a shared link with `#lang=xx`, loads
// the sample shop and reads the cohorts in their own words, numbers and direction.
import { mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { el } from '../../src/lib/i18n/el';
import { en, type Catalogue, type MessageKey } from '../../src/lib/i18n/en';
import { fa } from '../../src/lib/i18n/fa';
import { hu } from '../../src/lib/i18n/hu';
import { LANGUAGE_INFO, type Language } from '../../src/lib/i18n/languages';
import { ro } from '../../src/lib/i18n/ro';
import { SAMPLE_FILES } from '../../src/lib/sample/files';
import { fixture } from '../helpers/db';
import { loadSample, openPage, type Watched } from './browser';

const catalogues: Record<Language, Catalogue> = { en, el, ro, hu, fa };

function text(lang: Language, key: MessageKey): string {
  const message = catalogues[lang][key];
  if (typeof message !== 'string') throw new Error(`${lang} ${key} is a plural message`);
  return message;
}

// Each language opens its own sample (a Greek taverna, a Persian bookshop, ...); its number of
// customers written the way that language writes it.
const customersIn = (lang: Language, intl = LANGUAGE_INFO[lang].intl) =>
  new Intl.NumberFormat(intl).format(SAMPLE_FILES[lang].customers);
const CUSTOMERS = Object.fromEntries(
  (Object.keys(catalogues) as Language[]).map((lang) => [lang, customersIn(lang)]),
) as Record<Language, string>;

describe('the app in each language', () => {
  let w: Watched;
  const open = async (lang: Language) => {
    w = await openPage(`${inject('baseURL')}#lang=${lang}`);
  };
  afterEach(async () => {
    await w?.browser.close();
  });

  const customers = () => w.page.locator('[data-figure=customers] dd').textContent();

  describe.each(Object.keys(catalogues) as Language[])('%s', (lang) => {
    beforeEach(() => open(lang));

    it('reads the sample shop in its own words and numbers', async () => {
      const { page } = w;
      await loadSample(page);
      await page.getByRole('heading', { name: text(lang, 'rfm.title') }).waitFor();
      await page.getByRole('heading', { name: text(lang, 'pareto.title') }).waitFor();
      expect(await customers()).toBe(CUSTOMERS[lang]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: `test-results/lang-${lang}.png`, fullPage: true });
      expect(w.problems).toEqual([]);
    });
  });

  it('switches every text at once from the picker, and remembers the choice', async () => {
    await open('en');
    const { page } = w;
    await loadSample(page);
    await page.getByLabel(text('en', 'language.label')).selectOption('el');
    await page.getByRole('heading', { name: text('el', 'cohorts.title') }).waitFor();
    await page.getByRole('heading', { name: text('el', 'inactivity.title') }).waitFor();
    // The English sample stays loaded, now in Greek numbers.
    expect(await customers()).toBe(
      new Intl.NumberFormat('el-GR').format(SAMPLE_FILES.en.customers),
    );
    expect(await page.evaluate(() => location.hash)).toBe('#lang=el');
    await page.goto(inject('baseURL'));
    await page.getByRole('button', { name: text('el', 'start.sample') }).waitFor();
    expect(w.problems).toEqual([]);
  });

  it('says an error already shown again in the language switched to', async () => {
    await open('en');
    const { page } = w;
    await page.locator('input[type=file]').setInputFiles(fixture('import/empty.csv'));
    const alert = page.getByRole('alert');
    const said = (lang: Language) =>
      text(lang, 'load.failed')
        .replace('{name}', 'empty.csv')
        .replace(
          '{reason}',
          `${text(lang, 'error.import.empty')} ${text(lang, 'error.import.goodFile')}`,
        );
    await expect.poll(() => alert.textContent()).toContain(said('en'));
    await page.getByLabel(text('en', 'language.label')).selectOption('el');
    await expect.poll(() => alert.textContent()).toContain(said('el'));
    expect(w.problems).toEqual([]);
  });

  it('lays Persian out right to left, keeps charts left to right, and offers Latin digits', async () => {
    await open('fa');
    const { page } = w;
    await page.getByRole('button', { name: text('fa', 'start.sample') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');

    // The drop zone reads right to left: its first button, "choose a file", is on the right.
    const drop = page.locator('section.drop');
    expect(await drop.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
    const choose = await drop
      .getByRole('button', { name: text('fa', 'start.choose') })
      .boundingBox();
    const sample = await drop
      .getByRole('button', { name: text('fa', 'start.sample') })
      .boundingBox();
    if (!choose || !sample) throw new Error('no drop zone buttons');
    expect(choose.x).toBeGreaterThan(sample.x);
    // Text aligned to the start sits flush right: the tagline ends at its box's right edge.
    const tagline = page.locator('.tagline');
    const flush = await tagline.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const rects = [...range.getClientRects()];
      const box = p.getBoundingClientRect();
      return Math.abs(rects[0].right - box.right) < 2 && rects.at(-1)!.left > box.left + 2;
    });
    expect(flush).toBe(true);

    await loadSample(page);
    const heatmap = page.getByRole('figure', { name: text('fa', 'cohorts.title') });
    expect(await heatmap.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
    expect(await customers()).toBe(CUSTOMERS.fa);

    await page.getByLabel(text('fa', 'language.latinDigits')).check();
    await expect.poll(customers).toBe(customersIn('fa', 'fa-IR-u-nu-latn'));
    expect(w.problems).toEqual([]);
  });
});

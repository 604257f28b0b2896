// Dates, digits and money as the user reads them: a Persian reader sees cohorts and the as-of
// date in the Solar Hijri calendar and chart axes in Persian digits; a Greek shop owner sees the
// euros the receipts say, and a currency picked over them is remembered.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { el } from '../../src/lib/i18n/el';
import type { MessageKey } from '../../src/lib/i18n/en';
import { fa } from '../../src/lib/i18n/fa';
import { loadSample, openPage, type Watched } from './browser';

const text = (catalogue: typeof fa | typeof el, key: MessageKey): string => {
  const message = catalogue[key];
  if (typeof message !== 'string') throw new Error(`${key} is a plural message`);
  return message;
};

const LATIN_DIGIT = /[0-9]/;
// Chart labels come wrapped in bidi isolates (FSI … PDI) so that Persian keeps its order.
const bare = (s: string | undefined) => (s ?? '').replace(/[\u2068\u2069]/g, '');

describe('calendar, digits and currency', () => {
  let w: Watched;
  afterEach(async () => {
    await w?.browser.close();
  });

  const ticks = (figure: string, axis: 'x' | 'y') =>
    w.page
      .getByRole('figure', { name: figure })
      .locator(`g[aria-label="${axis}-axis tick label"] text`)
      .allTextContents();

  it('shows a Persian reader Solar Hijri cohorts and as-of date, and Persian digits on the axes', async () => {
    w = await openPage(`${inject('baseURL')}#lang=fa`);
    const { page } = w;
    await loadSample(page);

    // Each cohort row is a Gregorian month read as its first and last Jalali day ("… تا …").
    const rows = await ticks(text(fa, 'cohorts.title'), 'y');
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      expect(row).toContain(' تا ');
      expect(row).not.toMatch(LATIN_DIGIT);
    }
    // The offsets across the top, and the lapsed share by month, in Persian digits.
    const offsets = await ticks(text(fa, 'cohorts.title'), 'x');
    expect(offsets.slice(0, 3).map(bare)).toEqual(['۰', '۱', '۲']);
    const lapsed = text(fa, 'inactivity.overTime');
    // Cells draw as their results arrive: the lapsed chart may come after the heatmap.
    await expect.poll(async () => (await ticks(lapsed, 'x')).length).toBeGreaterThan(2);
    const months = await ticks(lapsed, 'x');
    const shares = await ticks(lapsed, 'y');
    expect(months.length).toBeGreaterThan(2);
    for (const label of [...months, ...shares]) expect(label).not.toMatch(LATIN_DIGIT);

    // Beside the native date input, the same day in the Solar Hijri calendar.
    const asOf = await page.locator('.asof input[type=date]').inputValue();
    const jalali = new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).format(new Date(`${asOf}T00:00:00Z`));
    await expect.poll(() => page.getByTestId('asof-reading').textContent()).toBe(jalali);

    // Gregorian dates asked for: cohorts are the contract's labels again, in Persian digits.
    await page.getByLabel(text(fa, 'language.gregorian')).check();
    await expect
      .poll(async () => bare((await ticks(text(fa, 'cohorts.title'), 'y'))[0]))
      .toMatch(/^[۰-۹]{4}-[۰-۹]{2} \(/);
    await expect.poll(() => page.getByTestId('asof-reading').count()).toBe(0);
    expect(w.problems).toEqual([]);
  });

  it('shows a Greek taverna in the euros its receipts say, and remembers a pick over them', async () => {
    w = await openPage(`${inject('baseURL')}#lang=el`);
    const { page } = w;
    await loadSample(page);
    // The card shows whole euros; its title, the exact sum in the receipts' cents.
    const revenue = () => page.locator('[data-figure=revenue] dd').getAttribute('title');
    const picker = page.getByLabel(text(el, 'currency.label'));
    // The receipts read "60,50 €": euros without a pick, and the picker says why.
    await expect.poll(revenue).toMatch(/^[\d.]+,\d\d\s€$/);
    expect(await picker.locator('option:checked').textContent()).toContain(
      text(el, 'currency.shown').replace('{currency}', '').trim(),
    );
    await picker.selectOption('RON');
    await expect.poll(revenue).toContain('RON');
    await picker.selectOption('EUR');
    await expect.poll(revenue).toMatch(/^[\d.]+,\d\d\s€$/);

    await page.reload();
    await loadSample(page);
    await expect.poll(revenue).toContain('€');
    expect(await picker.inputValue()).toBe('EUR');

    // A notebook link carries the pick to whoever opens it.
    await page.getByRole('button', { name: text(el, 'notebook.copyLink') }).click();
    const link = page.getByRole('textbox', { name: text(el, 'notebook.linkLabel') });
    expect(new URL(await link.inputValue()).hash).toMatch(/[#&]cur=EUR&/);
    expect(w.problems).toEqual([]);
  });
});

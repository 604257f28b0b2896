// "Print / save as PDF": a report of the analyses with no controls, each analysis on a page
// of its own, charts within the page width.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { loadSample, openPage, type Watched } from './browser';

describe('the printed report', () => {
  let w: Watched;
  afterEach(async () => {
    await w?.browser.close();
  });

  it('prints the analyses without controls, one analysis per page, charts fitting the page', async () => {
    w = await openPage(inject('baseURL'));
    const { page } = w;
    await loadSample(page);
    await page.getByRole('button', { name: en['print.button'] }).waitFor();

    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() => {
      const shown = (e: Element) => (e as HTMLElement).offsetParent !== null;
      return {
        buttons: [...document.querySelectorAll('main button')]
          .filter(shown)
          .filter((b) => !b.closest('td, th'))
          .map((b) => b.textContent?.trim()),
        selects: [...document.querySelectorAll('select, input')].filter(shown).length,
        cellsBreak: [...document.querySelectorAll('section.cell')].map(
          (c) => getComputedStyle(c).breakBefore,
        ),
        // A4 at 96 dpi is 794 px wide; 12 mm margins leave about 703 px.
        widest: Math.max(
          ...[...document.querySelectorAll('[role=figure] svg')].map(
            (s) => s.getBoundingClientRect().width,
          ),
        ),
      };
    });
    expect(visible.buttons).toEqual([]);
    expect(visible.selects).toBe(0);
    expect(visible.cellsBreak.length).toBeGreaterThanOrEqual(5);
    expect(new Set(visible.cellsBreak)).toEqual(new Set(['page']));
    await page.getByText('Made with regulars on').waitFor();

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // The summary, then at least one page per analysis.
    expect(pages).toBeGreaterThanOrEqual(6);
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/report.pdf', pdf);
    await page.setViewportSize({ width: 794, height: 1123 });
    const widest = await page.evaluate(() =>
      Math.max(
        ...[...document.querySelectorAll('[role=figure] svg')].map(
          (s) => s.getBoundingClientRect().width,
        ),
      ),
    );
    expect(widest).toBeLessThanOrEqual(794);
    await page.screenshot({ path: 'test-results/print.png', fullPage: true });
    expect(w.problems).toEqual([]);
  }, 200_000);
});

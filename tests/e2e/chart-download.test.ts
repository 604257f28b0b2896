// Every chart can be saved: an SVG file with the chart in it, and a PNG made in the page from
// that SVG (under the site's CSP, with no request) that is a real picture, not a blank one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { loadSample, openPage, type Watched } from './browser';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('chart downloads', () => {
  let w: Watched;
  afterEach(async () => {
    await w?.browser.close();
  });

  it('saves the cohort heatmap as SVG and as PNG', async () => {
    w = await openPage(inject('baseURL'));
    const { page } = w;
    await loadSample(page);
    const heatmap = page.getByRole('figure', { name: en['cohorts.title'] });
    const chart = page.locator('.plot', { has: heatmap });

    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: en['chart.downloadSvg'] }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe('Do-new-customers-come-back.svg');
    const svg = readFileSync((await svgDownload.path()) as string, 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('<svg');
    // Plot's stylesheet travels inside, and so do the cohort labels.
    expect(svg).toMatch(/<style>[^<]*\.plot-/);
    expect(svg).toContain('2023-01 (');
    // No square clicked by accident: the download buttons are not part of the heatmap.
    expect(await page.getByRole('button', { name: en['cohorts.show.returned'] }).count()).toBe(0);

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: en['chart.downloadPng'] }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe('Do-new-customers-come-back.png');
    const png = readFileSync((await pngDownload.path()) as string);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/chart.png', png);
    // IHDR: width and height, twice the chart's size on screen.
    const box = await heatmap.locator('svg').first().boundingBox();
    expect(png.readUInt32BE(16)).toBe(Math.ceil((box?.width ?? 0) * 2));

    // Drawn, not blank: a good share of the pixels are neither white nor transparent.
    const inked = await page.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(img, 0, 0);
      const pixels = context.getImageData(0, 0, img.width, img.height).data;
      let ink = 0;
      for (let i = 0; i < pixels.length; i += 4)
        if (pixels[i + 3] > 0 && pixels[i] + pixels[i + 1] + pixels[i + 2] < 600) ink++;
      return ink / (pixels.length / 4);
    }, png.toString('base64'));
    expect(inked).toBeGreaterThan(0.1);
    expect(w.problems).toEqual([]);
  }, 200_000);

  it('saves a chart whose label holds a control character as an SVG that opens and a PNG', async () => {
    w = await openPage(inject('baseURL'));
    const { page } = w;
    await loadSample(page);
    await page.getByRole('button', { name: en['notebook.add.sql'] }).click();
    const cell = page.locator('section.notebook-cell', { has: page.locator('.cm-content') }).last();
    const editor = cell.locator('.cm-content');
    await editor.click();
    // A product name with a BEL (0x07) in it, as a till or an old export may write one.
    await page.keyboard.insertText(
      `SELECT 'caf' || chr(7) || 'é' AS product, 3 AS sold UNION ALL SELECT 'tea', 2 ORDER BY 2 DESC`,
    );
    await page.keyboard.press('Control+Enter');
    const figure = cell.getByRole('figure', { name: en['sql.figure'] });
    await figure.locator('svg').first().waitFor({ timeout: 150_000 });
    const chart = cell.locator('.plot');

    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: en['chart.downloadSvg'] }).click(),
    ]);
    const svg = readFileSync((await svgDownload.path()) as string, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        labels: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.labels).toContain('café');

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: en['chart.downloadPng'] }).click(),
    ]);
    const png = readFileSync((await pngDownload.path()) as string);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(w.problems).toEqual([]);
  }, 300_000);
});

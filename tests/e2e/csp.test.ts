// The site runs under a strict Content-Security-Policy: sent as a header on every response (the
// database worker's too: a <meta> policy does not reach a worker) and as a <meta> tag, and the
// app works under it without a single refusal. Injected script and off-site requests are refused.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Response } from 'playwright-core';
import { loadSample, openPage, type Watched } from './browser';
import { startRecorder, type Recorder } from './recorder';

const HEATMAP = 'Do new customers come back?';

const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** The policy as a map from directive to its sources, to compare regardless of order. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources.join(' ')]),
  );
}

describe('the Content-Security-Policy', () => {
  let w: Watched;
  let recorder: Recorder;
  const base = inject('baseURL');
  beforeEach(async () => {
    recorder = await startRecorder();
    w = await openPage(base);
  });
  afterEach(async () => {
    await w.browser.close();
    await recorder.close();
  });

  it('comes as a header with the page, the database worker and the wasm, and as a <meta> tag', async () => {
    const responses: Response[] = [];
    w.page.context().on('response', (r) => responses.push(r));
    await w.page.reload();
    await w.page.getByText('Analysis engine ready').waitFor();

    const page = await fetch(base);
    const header = page.headers.get('content-security-policy') ?? '';
    const sent = directives(header);
    for (const [name, sources] of directives(POLICY.join('; '))) {
      // Kit adds the boot script's hash to script-src; the rest is exactly the policy.
      expect(sent.get(name), name).toMatch(
        new RegExp(`^${sources.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
    }
    // Only three inline styles, by hash: Plot's stylesheet, app.html's wrapper, Kit's announcer.
    expect(sent.get('style-src')).toMatch(/^'self' 'unsafe-hashes'( 'sha256-[\w+/=]+'){3}$/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    // No CORS header: another site open in the same browser cannot read the app's files.
    const asked = await fetch(base, { headers: { Origin: 'https://another.example' } });
    expect(asked.headers.get('access-control-allow-origin')).toBeNull();

    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(
      (await page.text()).replaceAll('&#39;', "'"),
    );
    expect(meta).not.toBeNull();
    expect(`${meta?.[1]}; frame-ancestors 'none'`).toBe(header);

    const worker = responses.find((r) => /database\.worker-[\w-]+\.js$/.test(r.url()));
    const wasm = responses.find((r) => /duckdb-(eh|mvp)-[\w-]+\.wasm$/.test(r.url()));
    expect(worker, 'the worker script was fetched').toBeDefined();
    expect(wasm, 'the wasm was fetched').toBeDefined();
    expect((await worker?.allHeaders())?.['content-security-policy']).toBe(header);
    expect((await wasm?.allHeaders())?.['content-security-policy']).toBe(header);
    for (const response of [worker, wasm])
      expect((await response?.allHeaders())?.['access-control-allow-origin']).toBeUndefined();
    expect(w.problems).toEqual([]);
  });

  it('lets the app load data, draw charts and show tooltips without a single refusal', async () => {
    const { page } = w;
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.reload();
    await loadSample(page);
    const heatmap = page.getByRole('figure', { name: HEATMAP });
    await heatmap.waitFor();
    const square = heatmap.locator('svg g[aria-label=cell] rect').nth(3);
    await square.scrollIntoViewIfNeeded();
    const box = await square.boundingBox();
    if (!box) throw new Error('no heatmap square');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => heatmap.locator('g[aria-label=tip]').textContent()).toContain('Active');
    // Plot's own stylesheet applied (it is allowed by hash): charts are blocks, not inline.
    const display = await heatmap
      .locator('svg')
      .first()
      .evaluate((s) => getComputedStyle(s).display);
    expect(display).toBe('block');
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    expect(w.problems).toEqual([]);
  });

  it('refuses injected script, and requests to another site from the page and from the worker', async () => {
    const { page } = w;
    await page.getByText('Analysis engine ready').waitFor();
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return 'injected' in window;
    });
    expect(ran).toBe(false);

    await page.evaluate((origin) => {
      const img = new Image();
      img.src = `${origin}/from-an-image`;
      document.body.append(img);
      void fetch(`${origin}/from-the-page`).catch(() => {});
    }, recorder.origin);
    // The worker gets its policy only from its response headers: this proves they are there.
    const [worker] = page.workers();
    expect(worker, 'the database worker runs').toBeDefined();
    const fromWorker = await worker.evaluate(async (origin) => {
      try {
        await fetch(`${origin}/from-the-worker`);
        return 'sent';
      } catch {
        return 'refused';
      }
    }, recorder.origin);
    expect(fromWorker).toBe('refused');
    // Refused, not merely slow: the page reports the image's and the fetch's refusals (a
    // request the browser refused is never sent later).
    await expect
      .poll(
        () =>
          w.problems.filter(
            (p) => /Content Security Policy/.test(p) && /connect-src|img-src/.test(p),
          ).length,
      )
      .toBeGreaterThanOrEqual(2);
    expect(recorder.requests).toEqual([]);
  });

  it('refuses to submit an injected form', async () => {
    const { page } = w;
    await page.getByText('Analysis engine ready').waitFor();
    const violation = page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          document.addEventListener('securitypolicyviolation', (e) =>
            resolve(e.effectiveDirective),
          ),
        ),
    );
    const url = page.url();
    await page.evaluate((origin) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = `${origin}/from-a-form`;
      const field = document.createElement('input');
      field.name = 'stolen';
      field.value = 'customers';
      form.append(field);
      document.body.append(form);
      form.submit();
    }, recorder.origin);
    expect(await violation).toBe('form-action');
    expect(page.url()).toBe(url);
    expect(recorder.requests).toEqual([]);
  });

  it('runs a SQL cell again and again without a refusal or an error in the console', async () => {
    const { page } = w;
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
      );
    });
    await page.reload();
    await loadSample(page);
    await page.getByRole('button', { name: '+ SQL query' }).click();
    const cell = page.locator('section.notebook-cell', { has: page.locator('.cm-content') }).last();
    const editor = cell.locator('.cm-content');
    // A result with a chart and a table: every part of the cell is drawn again on each run;
    // each run keeps a different number of months, so each one is seen to end.
    for (const months of [24, 23, 22]) {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText(
        `SELECT date_trunc('month', "date") AS month, sum(total) AS revenue FROM purchases GROUP BY 1 ORDER BY 1 LIMIT ${months}`,
      );
      await cell.getByRole('button', { name: 'Run', exact: true }).click();
      await cell.getByText(`Rows: ${months}`).waitFor();
      await cell.getByRole('figure', { name: 'Chart of the query result' }).waitFor();
    }
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    expect(w.problems).toEqual([]);
  });
});

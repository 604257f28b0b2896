// A fresh Chromium page that records what a user would call a problem: console errors,
// uncaught exceptions, dialogs (a sign of injected script) and requests off the origin.
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

export interface Watched {
  browser: Browser;
  page: Page;
  problems: string[];
}

/** A phone: `{ width: 390, height: 844, isMobile: true, hasTouch: true }`. */
export interface Screen {
  width: number;
  height: number;
  isMobile?: boolean;
  hasTouch?: boolean;
  colorScheme?: 'light' | 'dark';
}

export async function openPage(
  base: string,
  screen: Screen = { width: 1280, height: 900 },
): Promise<Watched> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const { width, height, ...device } = screen;
  const context = await browser.newContext({
    viewport: { width, height },
    ...device,
    acceptDownloads: true,
  });
  // Waits sized for a busy 2-core CI machine; a test that waits this long has still failed
  // if what it waits for never appears.
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  // The machines running these tests are shared and often loaded: starting DuckDB and reading
  // the sample can take a minute there, twice Playwright's 30 s default.
  page.setDefaultTimeout(90_000);
  const origin = new URL(base).origin;
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url))
      problems.push(`left the origin: ${url}`);
  });
  await page.goto(base);
  return { browser, page, problems };
}

/**
 * Open the sample shop (the drop zone's "Try with sample data", in any language) and wait until
 * it is analysed: the overview's first-time buyers still in their window, which come after every
 * cell's figures. `still`: also until the forecasts are fitted and the engine is quiet, so that
 * nothing on the page moves any more (for screenshots, layout and axe).
 */
export async function loadSample(page: Page, { still = false } = {}): Promise<void> {
  await page.locator('.drop button.secondary').click();
  // Reading and analysing the sample on a loaded 2-core machine can take minutes.
  await page.locator('[data-overview=inWindow]').waitFor({ timeout: 240_000 });
  if (!still) return;
  await page.locator('section[aria-labelledby=predict-title] .finding').first().waitFor();
  await engineQuiet(page);
}

/**
 * Wait until the database worker has run no statement for `ms` and no cell is busy: work the
 * page starts on its own (lists after a new as-of date, the skipped rows, the `raw` view)
 * is done. The worker reports every statement on the timings channel (workers/database.worker).
 */
export async function engineQuiet(page: Page, ms = 2000): Promise<void> {
  await page.locator('[aria-busy=true]').first().waitFor({ state: 'detached' });
  await page.evaluate(
    (ms) =>
      new Promise<void>((resolve) => {
        const channel = new BroadcastChannel('regulars-timings');
        let timer = setTimeout(done, ms);
        function done() {
          channel.close();
          resolve();
        }
        channel.onmessage = () => {
          clearTimeout(timer);
          timer = setTimeout(done, ms);
        };
      }),
    ms,
  );
}

/**
 * Wait until whatever the page's content could ask of the network it has asked: the engine is
 * quiet (DuckDB reads a URL before its statement ends) and every image has loaded or failed
 * (its request was answered, or refused before it left). A test may then say nothing was sent.
 */
export async function requestsSettled(page: Page): Promise<void> {
  await engineQuiet(page);
  await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
}

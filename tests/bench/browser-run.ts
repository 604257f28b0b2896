// One run in headless Chromium: open the built site, drop the file, confirm the mapping, wait
// until every cell is drawn, then change three parameters and time each redraw.
import { chromium, type CDPSession, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium';
import { largest, rendererPids } from './memory';
import { INSTRUMENT, type BenchState, type ChangeTiming, type PageTiming } from './page-script';
import { byStep, type StepTimes } from './steps';
import { workerMemory } from './worker-memory';

export const CHANGES = ['period', 'window', 'factor'] as const;
export type Change = (typeof CHANGES)[number];

export interface BrowserRun {
  completed: boolean;
  /** What went wrong: the app's message, or the browser's (a crashed tab). */
  error: string | null;
  /** A notice shown while the file was read (a large file's), not a failure. */
  warning: string | null;
  crashed: boolean;
  chromium: string;
  fcpMs: number | null;
  /** Page start to "Analysis engine ready" shown, on a first visit. */
  engineReadyMs: number | null;
  /** Page start to the engine's warm-up done. */
  engineWarmMs: number | null;
  /** The same on a second visit: site and wasm from the service worker's cache. */
  engineReadyAgainMs: number | null;
  dropToFormMs: number | null;
  /** The mapping form waiting for the (scripted) click: not counted in dropToDrawnMs. */
  userWaitMs: number | null;
  /** File drop to the last cell drawn (the page quiet), minus the wait for the click. */
  dropToDrawnMs: number | null;
  /** Same, to the Pareto cell's heading appearing (the last cell of the page). */
  dropToParetoMs: number | null;
  /** Drop to the first chart (the cohort heatmap), the user's wait at the form excluded. */
  dropToChartMs: number | null;
  /** Database time per step during the load, plus `start`. */
  steps: StepTimes;
  sqlMs: number;
  /** dropToDrawnMs minus the database time: transfers, JS, Svelte, Plot, idle. */
  renderMs: number | null;
  changes: Partial<Record<Change, ChangeTiming>>;
  /** Page (main thread) JS heap, highest sample, MB. */
  peakJsHeapMb: number;
  /** Renderer process (page + database worker), highest resident size, MB. */
  peakRendererMb: number;
  /** The database worker's JS heap at the end of the run, MB. */
  workerJsHeapMb: number | null;
  /** Paths of the JS and CSS the page fetched before the file was dropped. */
  initialAssets: string[];
  statements: PageTiming[];
}

type Log = (line: string) => void;

export interface RunOptions {
  url: string;
  file: string;
  /** For the load, ms; parameter changes get a tenth of it, at least 30 s. */
  timeoutMs: number;
  log: Log;
}

const state = (page: Page) => page.evaluate(() => window.__bench);

/**
 * Wait until nothing changed for `forMs` and, unless `busyToo` is false, no cell says it is
 * still at work (products recomputing for a new window, forecasts being fitted).
 */
async function quiet(
  page: Page,
  forMs: number,
  timeoutMs: number,
  busyToo = true,
): Promise<BenchState> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = await state(page);
    const now = await page.evaluate(() => performance.now());
    const last = Math.max(s.lastMutation, ...s.timings.map((t) => t.at));
    const busy = busyToo && (await page.locator('section.cell[aria-busy="true"]').count()) > 0;
    if ((now - last >= forMs && !busy) || Date.now() > until) return s;
    await page.waitForTimeout(200);
  }
}

function sampler(cdp: CDPSession, pids: () => number[]) {
  let heap = 0;
  let renderer = 0;
  const sample = async () => {
    try {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      heap = Math.max(heap, used / 2 ** 20);
    } catch {
      // the page is gone (crashed or closed)
    }
    renderer = Math.max(renderer, largest(pids())?.peakMb ?? 0);
  };
  const timer = setInterval(() => void sample(), 500);
  return {
    sample,
    stop: async () => {
      clearInterval(timer);
      await sample();
      return { heap, renderer };
    },
  };
}

async function changeParameters(page: Page, timeoutMs: number, out: BrowserRun, log: Log) {
  const controls: Record<Change, [Locator, string]> = {
    period: [page.getByRole('combobox', { name: /^Period/ }), 'quarter'],
    window: [page.getByLabel('Window (months)'), '3'],
    factor: [page.getByLabel(/overdue/i).first(), '3'],
  };
  for (const change of CHANGES) {
    const [locator, value] = controls[change];
    try {
      const control = await locator.elementHandle({ timeout: 5000 });
      out.changes[change] = await page.evaluate(([el, v, t]) => window.__benchChange(el, v, t), [
        control,
        value,
        timeoutMs,
      ] as const);
    } catch (e) {
      // One change not redrawn (or its control not found) does not void the others.
      log(
        `${change} change not timed: ${String(e instanceof Error ? e.message : e).split('\n')[0]}`,
      );
      if (page.isClosed() || out.crashed) throw e;
    }
    await quiet(page, 500, timeoutMs);
  }
}

/**
 * Wait for `selector`. An alert fails the wait, unless it appeared while the file was still
 * being read and says the same since (the notice before reading a large file).
 */
async function waitPast(page: Page, selector: string, timeoutMs: number, out: BrowserRun) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (out.crashed) throw new Error('the tab crashed');
    const alert = await alertText(page);
    if (alert !== null && alert !== out.warning) {
      const reading = (await page.locator('section.progress').count()) > 0;
      if (!reading || out.warning !== null) throw new Error(alert);
      out.warning = alert;
    } else if ((await page.locator(selector).count()) > 0) return;
    if (Date.now() > until) throw new Error(`nothing like ${selector} within ${timeoutMs} ms`);
    await page.waitForTimeout(250);
  }
}

async function alertText(page: Page): Promise<string | null> {
  const alert = page.locator('[role=alert] p').first();
  return (await alert.count()) > 0 ? ((await alert.textContent())?.trim() ?? null) : null;
}

/** Open the site again in the same browser profile: how fast the engine is ready then. */
async function secondVisit(page: Page, log: Log): Promise<number | null> {
  try {
    await page.reload();
    await page.getByText('Analysis engine ready').waitFor({ timeout: 60_000 });
    return (await state(page)).readyAt;
  } catch (e) {
    log(`second visit not timed: ${String(e instanceof Error ? e.message : e).split('\n')[0]}`);
    return null;
  }
}

export async function runInBrowser({ url, file, timeoutMs, log }: RunOptions): Promise<BrowserRun> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const out: BrowserRun = {
    completed: false,
    error: null,
    warning: null,
    crashed: false,
    chromium: browser.version(),
    fcpMs: null,
    engineReadyMs: null,
    engineWarmMs: null,
    engineReadyAgainMs: null,
    dropToFormMs: null,
    userWaitMs: null,
    dropToDrawnMs: null,
    dropToParetoMs: null,
    dropToChartMs: null,
    steps: {},
    sqlMs: 0,
    renderMs: null,
    changes: {},
    peakJsHeapMb: 0,
    peakRendererMb: 0,
    workerJsHeapMb: null,
    initialAssets: [],
    statements: [],
  };
  let pids: number[] = [];
  let last: BenchState | null = null;
  let drawnAt: number | null = null;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: INSTRUMENT });
  const page = await context.newPage();
  page.on('crash', () => (out.crashed = true));
  let dropped = false;
  const assets = new Set<string>();
  context.on('request', (request) => {
    // The service worker's precache downloads every file: not what the page needs to show.
    if (request.serviceWorker()) return;
    const path = new URL(request.url()).pathname;
    if (!dropped && /\.(js|css)$/.test(path)) assets.add(path);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const memory = sampler(cdp, () => pids);
  try {
    await page.goto(url);
    await page.getByText('Analysis engine ready').waitFor({ timeout: 60_000 });
    pids = await rendererPids(browser);
    // The engine warms up once started (workers/warm-up.ts); a user picking a file takes
    // longer than that, so the file is dropped on a warm engine.
    await page.waitForFunction(
      () => window.__bench.timings.some((t) => t.kind === 'warm' && t.sql.startsWith('DETACH')),
      undefined,
      { timeout: 60_000 },
    );
    out.engineWarmMs =
      (await state(page)).timings.find((t) => t.kind === 'warm' && t.sql.startsWith('DETACH'))
        ?.at ?? null;
    log('engine ready and warm; dropping the file');
    dropped = true;
    out.initialAssets = [...assets];
    await page.locator('input[type=file]').setInputFiles(file);
    await waitPast(page, 'form.mapping', timeoutMs, out);
    log('mapping form shown; confirming');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await waitPast(page, '#pareto-title', timeoutMs, out);
    // Drawn: what the user waits for; the forecasts' fit goes on in the background.
    last = await quiet(page, 1000, timeoutMs, false);
    await waitPast(page, '#pareto-title', timeoutMs, out);
    drawnAt = last.lastMutation;
    out.completed = true;
    // The forecasts' fit (in a worker of its own) refreshes the lists when it ends: let it end
    // first, or it lands inside a parameter change and is timed as part of its redraw.
    await page
      .locator('section[aria-labelledby="predict-title"][aria-busy="false"]')
      .waitFor({ timeout: timeoutMs });
    await quiet(page, 1000, timeoutMs);
    log('all cells drawn, forecasts fitted; changing parameters');
    await changeParameters(page, Math.max(30_000, timeoutMs / 10), out, log);
  } catch (e) {
    const message = String(e instanceof Error ? e.message : e).split('\n')[0];
    out.error ??= out.crashed ? `the tab crashed (${message})` : message;
    log(`failed: ${out.error}`);
  }
  if (!out.crashed) {
    try {
      last = await state(page);
      out.fcpMs = await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      );
      out.workerJsHeapMb = (await workerMemory(page))?.jsHeapMb ?? null;
    } catch {
      // keep what the run already read
    }
  }
  const peaks = await memory.stop();
  out.peakJsHeapMb = peaks.heap;
  out.peakRendererMb = peaks.renderer;
  if (out.completed && !out.crashed) out.engineReadyAgainMs = await secondVisit(page, log);
  await browser.close();
  if (last) summarise(last, drawnAt, out);
  return out;
}

function summarise(s: BenchState, drawnAt: number | null, out: BrowserRun): void {
  out.engineReadyMs = s.readyAt;
  const start = s.timings.filter((t) => t.kind === 'start');
  const drop = s.drop ?? Infinity;
  // The load: everything from the drop to the page going quiet, before any parameter change.
  const drawn = drawnAt === null ? Infinity : drawnAt + 500;
  // Arrow inserts carry a table name, not SQL: native DuckDB has nothing to replay.
  out.statements = s.timings.filter(
    (t) => t.kind !== 'start' && t.kind !== 'insert' && t.at >= drop && t.at <= drawn,
  );
  out.steps = byStep([...start, ...out.statements]);
  out.sqlMs = out.statements.reduce((sum, t) => sum + t.ms, 0);
  if (s.formAt !== null && s.drop !== null) out.dropToFormMs = s.formAt - s.drop;
  if (s.click !== null && s.formAt !== null) out.userWaitMs = s.click - s.formAt;
  if (drawnAt !== null && s.drop !== null && out.userWaitMs !== null) {
    out.dropToDrawnMs = drawnAt - s.drop - out.userWaitMs;
    out.renderMs = out.dropToDrawnMs - out.sqlMs;
    if (s.paretoAt !== null) out.dropToParetoMs = s.paretoAt - s.drop - out.userWaitMs;
    if (s.chartAt !== null) out.dropToChartMs = s.chartAt - s.drop - out.userWaitMs;
  }
}

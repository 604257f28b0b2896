// `npm run bench`: the same file through the built site in headless Chromium (DuckDB-wasm) and
// through native DuckDB, per step; a table on stdout, the medians in bench/results.json.
// Progress goes to stderr. Figures are printed, never asserted: CI does not fail on timing.
import { statSync } from 'node:fs';
import os from 'node:os';
import { parseBenchArgs, SLOW_RUN_MS } from './args';
import { runInBrowser, type BrowserRun } from './browser-run';
import { machine } from './machine';
import { runNative, type NativeRun } from './native-run';
import { ensureDataset, SIZES, type Size } from './retail/datasets';
import { table, writeResults, RESULTS } from './report';
import { summarise, type Scenario } from './scenario';
import { buildSite, serve } from './server';
import { shellSize } from './shell';

const log = (line: string) => console.error(`[bench] ${line}`);
const TIMEOUT_MS: Record<Size, number> = {
  shop: 60_000,
  '1m': 5 * 60_000,
  '10m': 30 * 60_000,
  '30m': 30 * 60_000,
};

interface Runs {
  browser: BrowserRun[];
  replay: NativeRun[];
  cli: NativeRun[];
}

/**
 * Browser, native replay of that run's statements, command line; again. Interleaved, so that
 * the load of a shared machine falls alike on both engines and the ratios stay meaningful.
 */
async function scenarioRuns(url: string, file: string, size: Size, runs: number): Promise<Runs> {
  const out: Runs = { browser: [], replay: [], cli: [] };
  for (let i = 0; i < runs; i++) {
    log(`${size}: run ${i + 1}/${runs}: browser`);
    const run = await runInBrowser({ url, file, timeoutMs: TIMEOUT_MS[size], log });
    out.browser.push(run);
    log(`${size}: drop → drawn ${run.dropToDrawnMs?.toFixed(0) ?? '–'} ms`);
    if (run.completed) {
      log(`${size}: run ${i + 1}/${runs}: native replay`);
      out.replay.push(runNative('replay', file, run.statements));
    }
    log(`${size}: run ${i + 1}/${runs}: native command line`);
    out.cli.push(runNative('cli', file));
    if (!run.completed) break;
    if ((run.dropToDrawnMs ?? 0) > SLOW_RUN_MS) {
      log(`${size}: a browser run takes minutes: one run only`);
      break;
    }
  }
  return out;
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  const files = new Map<Size, string>();
  for (const size of options.sizes) files.set(size, await ensureDataset(size, log));
  if (options.build) {
    log('building the site');
    buildSite(options.site);
  }
  const server = await serve(options.site);
  const scenarios: Scenario[] = [];
  try {
    for (const [size, file] of files) {
      const load = os.loadavg();
      const { browser, replay, cli } = await scenarioRuns(server.url, file, size, options.runs);
      const shell = shellSize(browser[0]?.initialAssets ?? [], `${options.site}/build`);
      const scenario = summarise({
        scenario: size,
        file,
        lines: SIZES[size],
        bytes: statSync(file).size,
        machine: machine(browser[0]?.chromium ?? 'unknown'),
        load: [...load, os.loadavg()[0]],
        shell,
        browser,
        replay,
        cli,
      });
      scenarios.push(scenario);
      console.log(table(scenario) + '\n');
    }
  } finally {
    server.stop();
  }
  writeResults(scenarios);
  log(`wrote ${RESULTS}`);
}

await main();

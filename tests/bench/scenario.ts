// One scenario's figures: medians over the runs, wasm/native ratios, the slowest statements.
import type { BrowserRun, Change } from './browser-run';
import type { Machine } from './machine';
import type { NativeRun } from './native';
import type { ShellSize } from './shell';
import { median, medianRecord, round } from './stats';
import { byStep, statementKeys, STEPS, stepOf, type Step, type StepTimes } from './steps';

export interface NativeSummary {
  runs: number;
  steps: StepTimes;
  totalMs: number;
  peakRssMb: number;
  duckdbMb: number;
}

export interface SlowStatement {
  step: Step;
  sql: string;
  wasmMs: number;
  nativeMs: number | null;
}

export interface Scenario {
  scenario: string;
  date: string;
  file: string;
  lines: number;
  megabytes: number;
  machine: Machine;
  /**
   * 1, 5 and 15-minute load averages when the scenario started, then the 1-minute one when it
   * ended (the machine is shared: above its 2 cores, figures are slower than they would be).
   */
  load: number[];
  /** gzip KB, wasm excluded (see shell.ts), and the first contentful paint. */
  shell: { shellKb: number; pageKb: number; workerKb: number; allKb: number; fcpMs: number | null };
  browser: {
    runs: number;
    completed: boolean;
    error: string | null;
    /** The notice shown before reading (a large file), if any. */
    warning: string | null;
    dropToDrawnMs: number | null;
    dropToParetoMs: number | null;
    dropToChartMs: number | null;
    dropToFormMs: number | null;
    engineReadyMs: number | null;
    engineWarmMs: number | null;
    engineReadyAgainMs: number | null;
    /** Database time per step, plus `render`: the wall clock the SQL does not explain. */
    steps: StepTimes & { render?: number };
    sqlMs: number;
    changes: Partial<Record<Change, { ms: number; sqlMs: number }>>;
    peakJsHeapMb: number;
    peakRendererMb: number;
    /** The database worker's JS heap at the end of the run, MB. */
    workerJsHeapMb: number | null;
  };
  /** The browser's statements replayed natively, and the command line's own run. */
  native: { replay: NativeSummary | null; cli: NativeSummary | null };
  /** wasm / native (replay) per step, and for all the SQL after the start (`total`). */
  ratios: Partial<Record<Step | 'total', number>>;
  slowest: SlowStatement[];
}

const rounded = <K extends string>(r: Partial<Record<K, number>>, digits = 0) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v as number, digits)])) as Partial<
    Record<K, number>
  >;

const medianOf = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? round(median(known)) : null;
};

export function summariseNative(runs: NativeRun[]): NativeSummary | null {
  if (runs.length === 0) return null;
  return {
    runs: runs.length,
    steps: rounded(medianRecord(runs.map((r) => byStep(r.statements)))),
    totalMs: round(median(runs.map((r) => r.totalMs))),
    peakRssMb: round(median(runs.map((r) => r.peakRssMb))),
    duckdbMb: round(median(runs.map((r) => r.duckdbMb))),
  };
}

/** Per statement (keyed by text and repeat), the median duration over runs. */
function perStatement(runs: { statements: { sql: string; ms: number }[] }[]) {
  const values = new Map<string, number[]>();
  for (const run of runs) {
    const keys = statementKeys(run.statements);
    run.statements.forEach((s, i) => values.set(keys[i], [...(values.get(keys[i]) ?? []), s.ms]));
  }
  return new Map([...values].map(([k, v]) => [k, median(v)]));
}

function slowest(browser: BrowserRun[], replay: NativeRun[], count = 5): SlowStatement[] {
  const wasm = perStatement(browser.filter((r) => r.completed));
  const native = perStatement(replay);
  return [...wasm]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => {
      const sql = key.slice(key.indexOf('\u0000') + 1);
      const kind = /\bread_csv\(/.test(sql) ? 'ingest' : 'query';
      return {
        step: stepOf(kind, sql),
        sql: sql.replace(/\s+/g, ' ').slice(0, 100),
        wasmMs: round(ms),
        nativeMs: native.has(key) ? round(native.get(key) as number) : null,
      };
    });
}

function ratios(wasm: StepTimes, native: StepTimes): Scenario['ratios'] {
  const out: Scenario['ratios'] = {};
  let w = 0;
  let n = 0;
  for (const step of STEPS) {
    const a = wasm[step];
    const b = native[step];
    if (a === undefined || b === undefined || step === 'start') continue;
    w += a;
    n += b;
    if (b > 0) out[step] = round(a / b, 2);
  }
  if (n > 0) out.total = round(w / n, 2);
  return out;
}

export interface ScenarioInput {
  scenario: string;
  file: string;
  lines: number;
  bytes: number;
  machine: Machine;
  load: number[];
  shell: ShellSize;
  browser: BrowserRun[];
  replay: NativeRun[];
  cli: NativeRun[];
}

export function summarise(input: ScenarioInput): Scenario {
  const done = input.browser.filter((r) => r.completed);
  const used = done.length > 0 ? done : input.browser;
  const steps: Scenario['browser']['steps'] = rounded(medianRecord(used.map((r) => r.steps)));
  const render = medianOf(used.map((r) => r.renderMs));
  if (render !== null) steps.render = render;
  const changes: Scenario['browser']['changes'] = {};
  for (const change of ['period', 'window', 'factor'] as const) {
    const timed = done.map((r) => r.changes[change]).filter((c) => c !== undefined);
    if (timed.length > 0) {
      changes[change] = {
        ms: round(median(timed.map((c) => c.ms))),
        sqlMs: round(median(timed.map((c) => c.sqlMs))),
      };
    }
  }
  const replay = summariseNative(input.replay);
  const failed = input.browser.find((r) => !r.completed);
  return {
    scenario: input.scenario,
    date: new Date().toISOString(),
    file: input.file,
    lines: input.lines,
    megabytes: round(input.bytes / 1e6),
    machine: input.machine,
    load: input.load.map((l) => round(l, 2)),
    shell: {
      shellKb: round(input.shell.shellKb, 1),
      pageKb: round(input.shell.pageKb, 1),
      workerKb: round(input.shell.workerKb, 1),
      allKb: round(input.shell.allKb, 1),
      fcpMs: medianOf(input.browser.map((r) => r.fcpMs)),
    },
    browser: {
      runs: input.browser.length,
      completed: done.length > 0,
      error: failed?.error ?? null,
      warning: input.browser.find((r) => r.warning)?.warning ?? null,
      dropToDrawnMs: medianOf(done.map((r) => r.dropToDrawnMs)),
      dropToParetoMs: medianOf(done.map((r) => r.dropToParetoMs)),
      dropToChartMs: medianOf(done.map((r) => r.dropToChartMs)),
      dropToFormMs: medianOf(used.map((r) => r.dropToFormMs)),
      engineReadyMs: medianOf(input.browser.map((r) => r.engineReadyMs)),
      engineWarmMs: medianOf(input.browser.map((r) => r.engineWarmMs)),
      engineReadyAgainMs: medianOf(input.browser.map((r) => r.engineReadyAgainMs)),
      steps,
      sqlMs: round(median(used.map((r) => r.sqlMs))),
      changes,
      peakJsHeapMb: round(median(input.browser.map((r) => r.peakJsHeapMb)), 1),
      peakRendererMb: round(median(input.browser.map((r) => r.peakRendererMb))),
      workerJsHeapMb: medianOf(input.browser.map((r) => r.workerJsHeapMb)),
    },
    native: { replay, cli: summariseNative(input.cli) },
    ratios: replay ? ratios(steps, replay.steps) : {},
    slowest: slowest(input.browser, input.replay),
  };
}

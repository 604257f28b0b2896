// The human table on stdout, and bench/results.json (one object per scenario; a run of some
// scenarios replaces those and keeps the others).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Scenario } from './scenario';
import { STEP_LABELS, STEPS } from './steps';

export const RESULTS = 'bench/results.json';

const ms = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : Math.round(v).toLocaleString('en');
const pad = (cells: string[], widths: number[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');

export function table(s: Scenario): string {
  const b = s.browser;
  const replay = s.native.replay;
  const cli = s.native.cli;
  const widths = [34, 10, 10, 10, 6];
  const lines = [
    `== ${s.scenario}: ${s.lines.toLocaleString('en')} lines, ${s.megabytes} MB — browser runs ${b.runs}, native runs ${replay?.runs ?? 0}+${cli?.runs ?? 0} (median); load average ${s.load.slice(0, 3).join(' / ')} at start, ${s.load[3] ?? '–'} at end (2 cores)`,
    pad(['step', 'wasm ms', 'native ms', 'CLI ms', 'ratio'], widths),
  ];
  for (const step of STEPS) {
    const ratio = s.ratios[step];
    lines.push(
      pad(
        [
          STEP_LABELS[step],
          ms(b.steps[step]),
          ms(replay?.steps[step]),
          ms(cli?.steps[step]),
          ratio === undefined ? '' : ratio.toFixed(2),
        ],
        widths,
      ),
    );
  }
  lines.push(
    pad(['rendering, transfers (wall − SQL)', ms(b.steps.render), '', '', ''], widths),
    pad(
      [
        'all SQL after start',
        ms(b.sqlMs),
        ms(replay?.totalMs),
        ms(cli?.totalMs),
        s.ratios.total?.toFixed(2) ?? '',
      ],
      widths,
    ),
    pad(['drop → all analyses drawn', ms(b.dropToDrawnMs), '', '', ''], widths),
  );
  if (b.warning) lines.push(`notice shown before reading: ${b.warning}`);
  if (!b.completed) lines.push(`browser did not finish: ${b.error}`);
  const change = (k: 'period' | 'window' | 'factor', label: string) => {
    const c = b.changes[k];
    return c ? `${label} ${ms(c.ms)} ms (SQL ${ms(c.sqlMs)})` : `${label} –`;
  };
  lines.push(
    `drop → mapping form ${ms(b.dropToFormMs)} ms; drop → first chart ${ms(b.dropToChartMs)} ms; drop → Pareto heading ${ms(b.dropToParetoMs)} ms; page start → engine ready ${ms(b.engineReadyMs)} ms, warm ${ms(b.engineWarmMs)} ms (second visit: ready ${ms(b.engineReadyAgainMs)} ms)`,
    `parameter → redraw: ${change('period', 'period=quarter')}, ${change('window', 'window=3')}, ${change('factor', 'factor=3')}`,
    `memory: page JS heap peak ${b.peakJsHeapMb} MB, worker JS heap ${ms(b.workerJsHeapMb)} MB, renderer (page + DuckDB-wasm) peak RSS ${ms(b.peakRendererMb)} MB;`,
    `  native peak RSS ${ms(replay?.peakRssMb)} MB (CLI ${ms(cli?.peakRssMb)}), duckdb_memory() ${ms(replay?.duckdbMb)} MB (CLI ${ms(cli?.duckdbMb)})`,
    `shell (gzip, wasm excluded): ${s.shell.shellKb} KB preloaded for the first paint (${ms(s.shell.fcpMs)} ms); fetched before the drop: page ${s.shell.pageKb} KB, worker ${s.shell.workerKb} KB; whole build ${s.shell.allKb} KB`,
    'slowest statements (wasm ms / native ms):',
    ...s.slowest.map(
      (t) => `  ${ms(t.wasmMs).padStart(7)} / ${ms(t.nativeMs).padStart(7)}  [${t.step}] ${t.sql}`,
    ),
  );
  return lines.join('\n');
}

export function writeResults(scenarios: Scenario[]): void {
  const previous: Scenario[] = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Scenario[])
    : [];
  const names = new Set(scenarios.map((s) => s.scenario));
  const merged = [...previous.filter((s) => !names.has(s.scenario)), ...scenarios];
  const order = ['1m', '10m', '30m'];
  merged.sort((a, b) => order.indexOf(a.scenario) - order.indexOf(b.scenario));
  writeFileSync(RESULTS, JSON.stringify(merged, null, 2) + '\n');
}

// Which step of the work a SQL statement belongs to, from its text: the same rule for the
// browser's statements and the native ones, so that per-step figures compare like with like.
import type { Timing } from '../../workers/database.worker';

export const STEPS = [
  'start',
  'ingest',
  'inspect',
  'canonical',
  'customers',
  'summary',
  'cohorts',
  'rfm',
  'inactivity',
  'pareto',
  'repeat',
] as const;
export type Step = (typeof STEPS)[number];

/** What a step covers, for the table. */
export const STEP_LABELS: Record<Step, string> = {
  start: 'wasm start and warm-up',
  ingest: 'read_csv: sample, whole file → lines',
  inspect: 'import: inspect, formats',
  canonical: 'import: canonical tables',
  customers: 'per-customer summary',
  summary: 'analysis: summary',
  cohorts: 'analysis: cohorts',
  rfm: 'analysis: RFM',
  inactivity: 'analysis: inactivity',
  pareto: 'analysis: Pareto',
  repeat: 'analysis: second purchase',
};

const RULES: [Step, RegExp][] = [
  ['ingest', /\bread_csv\(/],
  [
    'customers',
    /CREATE OR REPLACE TABLE customer_(days|summary)\b|customer_summary_source|concat_ws\('\|'/,
  ],
  // Before `canonical`: the summary also counts the skipped lines.
  ['summary', /AS skipped_rows/],
  ['canonical', /TABLE (lines|orders) AS|VIEW purchases|FROM lines|FROM purchases/],
  ['rfm', /\br_rank\b/],
  ['pareto', /\(count\(\*\) OVER \(\) \+ 4\) \/\/ 5/],
  ['repeat', /\bdays_to_second\b/],
  ['cohorts', /\bcohort\b/],
  ['inactivity', /\bcustomer_(summary|days)\b|AS cutoff\b/],
];

export function stepOf(kind: Timing['kind'], sql: string): Step {
  if (kind === 'start' || kind === 'warm') return 'start';
  for (const [step, pattern] of RULES) if (pattern.test(sql)) return step;
  // Everything else reads `raw` or the catalog: normalising, sampling, guessing formats.
  return 'inspect';
}

export type StepTimes = Partial<Record<Step, number>>;

/** Milliseconds per step. */
export function byStep(timings: readonly Pick<Timing, 'kind' | 'sql' | 'ms'>[]): StepTimes {
  const out: StepTimes = {};
  for (const t of timings) {
    const step = stepOf(t.kind, t.sql);
    out[step] = (out[step] ?? 0) + t.ms;
  }
  return out;
}

/** A key per statement that is the same in every run: its text and which repeat it is. */
export function statementKeys(timings: readonly Pick<Timing, 'sql'>[]): string[] {
  const seen = new Map<string, number>();
  return timings.map((t) => {
    const n = (seen.get(t.sql) ?? 0) + 1;
    seen.set(t.sql, n);
    return `${n}\u0000${t.sql}`;
  });
}

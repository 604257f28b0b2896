// `npm run test:unit`: the unit project, and once more for the files whose test process died
// without a word. Under heavy load, vitest's forked test process that opens native DuckDB
// (@duckdb/node-api) has, rarely, exited in the middle of a run ("Worker exited unexpectedly":
// 3 runs in about 15, each time a different file, none reproduced alone or in a loop). A file
// lost that way never reported a result, so it is run again, alone; a test that fails, or a
// file that dies again, fails the run as before.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const LOST = 'Worker exited unexpectedly';

function vitest(files: string[]): { status: number; output: string } {
  const run = spawnSync('npx', ['vitest', 'run', '--project', 'unit', ...files], {
    env: { ...process.env, TZ: 'UTC' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  return { status: run.status ?? 1, output: run.stdout + run.stderr };
}

// eslint-disable-next-line no-control-regex -- the colours vitest writes
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** The files vitest reported on, whatever their result. */
const reported = (output: string) =>
  new Set(
    [...plain(output).matchAll(/^\s*[✓↓×❯]\s+unit\s+(tests\/\S+\.test\.ts)/gm)].map((m) => m[1]),
  );

/** Every file of the unit project (or of those filters), as vitest lists them. */
function allFiles(filters: string[]): string[] {
  // Written to a file: printed, the list is cut short when vitest exits.
  const out = join(mkdtempSync(join(tmpdir(), 'regulars-')), 'files.json');
  spawnSync('npx', [
    'vitest',
    'list',
    '--project',
    'unit',
    '--filesOnly',
    `--json=${out}`,
    ...filters,
  ]);
  const files = JSON.parse(readFileSync(out, 'utf8')) as { file: string }[];
  return files.map((f) => relative(process.cwd(), f.file));
}

// Filters given to `npm run test:unit -- …` pass through.
const filters = process.argv.slice(2);
const first = vitest(filters);
const failed = /^\s*(Test Files|Tests)\s.*\bfailed\b/m.test(plain(first.output));
if (first.status === 0 || failed || !first.output.includes(LOST)) process.exit(first.status);

const seen = reported(first.output);
const lost = allFiles(filters).filter((file) => !seen.has(file));
if (lost.length === 0 || lost.length > 3) process.exit(first.status);
console.log(`\nThe test process of ${lost.join(', ')} died without a result: running it again.\n`);
process.exit(vitest(lost).status);

// The command line as a consultant runs it, for the CLI tests: one JSON document on stdout,
// or one line on stderr and a non-zero exit code.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
// tsx itself, not npm: npm may print its own warnings on stderr.
const tsx = join(root, 'node_modules/.bin/tsx');

export function analyze(...args: string[]) {
  const run = spawnSync(tsx, ['src/cli/analyze.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' },
    // A fit (--predict) on a loaded machine takes a while.
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

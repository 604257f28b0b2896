// Runs tests/bench/native.ts in a child process and reads its JSON answer.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { NativeRun, NativeTiming } from './native';

export type { NativeRun };

export function runNative(
  mode: 'cli' | 'replay',
  file: string,
  statements: readonly NativeTiming[] = [],
): NativeRun {
  const args = ['tests/bench/native.ts', mode, file];
  if (mode === 'replay') {
    const json = 'bench/data/replay.json';
    const plain = statements.map(({ kind, sql, ms }) => ({ kind, sql, ms }));
    writeFileSync(json, JSON.stringify(plain));
    args.push(json);
  }
  const child = spawnSync('node_modules/.bin/tsx', args, {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.status !== 0) {
    const reason = child.stderr.trim().split('\n').slice(-3).join(' ');
    throw new Error(`native ${mode} failed (exit ${child.status}): ${reason}`);
  }
  return JSON.parse(child.stdout) as NativeRun;
}

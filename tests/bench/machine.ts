// The machine and the versions the figures come from.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  mhz: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  duckdbWasm: string;
  duckdbNode: string;
}

const versionOf = (pkg: string): string =>
  (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string })
    .version;

export function machine(chromium: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    mhz: cpus[0]?.speed ?? 0,
    memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium,
    duckdbWasm: versionOf('@duckdb/duckdb-wasm'),
    duckdbNode: versionOf('@duckdb/node-api'),
  };
}

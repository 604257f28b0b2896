// The benchmark files: generated once into bench/data/ (gitignored) and reused after.
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeSchedule } from './schedule';
import { writeCsv } from './write';

export const DATA_DIR = 'bench/data';
/** Bump when the generator changes, so stale files are not reused. */
const VERSION = 1;
const SEED = 20091201;

export const SIZES = {
  shop: 17_000,
  '1m': 1_000_000,
  '10m': 10_000_000,
  '30m': 30_000_000,
} as const;
export type Size = keyof typeof SIZES;

export const isSize = (s: string): s is Size => s in SIZES;

/** The sample shop the page offers (a small shop's whole history), as shipped. */
const SHOP = 'static/sample/shop.csv';

export const dataPath = (size: Size) =>
  size === 'shop' ? SHOP : join(DATA_DIR, `retail-${size}-v${VERSION}.csv`);

/** The file for `size`, generated when missing (written aside, renamed when complete). */
export async function ensureDataset(size: Size, log = console.error): Promise<string> {
  const path = dataPath(size);
  if (existsSync(path)) return path;
  mkdirSync(DATA_DIR, { recursive: true });
  const started = Date.now();
  log(`generating ${path} (${SIZES[size].toLocaleString('en')} lines) ...`);
  const schedule = makeSchedule(SEED, SIZES[size]);
  const partial = `${path}.partial`;
  await writeCsv(partial, schedule, SEED);
  renameSync(partial, path);
  const mb = statSync(path).size / 1e6;
  log(`wrote ${path}: ${mb.toFixed(0)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return path;
}

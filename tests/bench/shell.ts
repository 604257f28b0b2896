// The app shell as a first visit downloads it: JS and CSS under build/_app, gzipped (the
// DuckDB wasm is excluded; it loads in the worker, in parallel with reading the file).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ShellSize {
  /** Page JS and CSS, gzip KB (what the first paint needs). */
  pageKb: number;
  /** The database worker's JS, gzip KB (loaded with the engine, not before first paint). */
  workerKb: number;
  files: number;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

export function shellSize(root = 'build/_app'): ShellSize {
  let page = 0;
  let worker = 0;
  let files = 0;
  for (const path of walk(root)) {
    if (!/\.(js|css)$/.test(path)) continue;
    const gz = gzipSync(readFileSync(path)).length;
    files++;
    if (path.includes('/workers/')) worker += gz;
    else page += gz;
  }
  return { pageKb: page / 1024, workerKb: worker / 1024, files };
}

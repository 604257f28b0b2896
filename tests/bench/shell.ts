// The app shell, gzipped, the DuckDB wasm excluded (it loads in the worker, in parallel with
// the user picking a file): the JS and CSS index.html preloads (what the first paint needs),
// the JS and CSS the page and its worker had fetched by the time the file was dropped, and
// everything under build/_app (what the service worker caches, lazy chunks included).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ShellSize {
  /** JS and CSS preloaded by index.html, gzip KB: the shell the first paint waits for. */
  shellKb: number;
  /** Page JS and CSS fetched before the drop, gzip KB (the shell, then the lazy cells). */
  pageKb: number;
  /** The database worker's JS fetched before the drop, gzip KB. */
  workerKb: number;
  /** Every JS and CSS file of the build, gzip KB. */
  allKb: number;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

const gzipKb = (path: string) => gzipSync(readFileSync(path)).length / 1024;
const sum = (paths: Iterable<string>) => [...paths].reduce((kb, p) => kb + gzipKb(p), 0);

/** `loaded`: URL paths the page requested (from a browser run); `build`: the served folder. */
export function shellSize(loaded: readonly string[], build = 'build'): ShellSize {
  const html = readFileSync(join(build, 'index.html'), 'utf8');
  const preloaded = new Set(
    [...html.matchAll(/href="\.\/(_app\/[^"]+\.(?:js|css))"/g)].map((m) => join(build, m[1])),
  );
  const fetched = [...new Set(loaded)]
    .map((url) => join(build, decodeURIComponent(url)))
    .filter((path) => /\.(js|css)$/.test(path) && existsSync(path));
  const all = [...walk(join(build, '_app'))].filter((path) => /\.(js|css)$/.test(path));
  return {
    shellKb: sum(preloaded),
    pageKb: sum(fetched.filter((p) => !p.includes('/workers/'))),
    workerKb: sum(fetched.filter((p) => p.includes('/workers/'))),
    allKb: sum(all),
  };
}

import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The Content-Security-Policy: nothing but this site's own files, no inline script except
 * Kit's boot script (hashed at build), WebAssembly allowed for DuckDB. Kit writes it as a
 * <meta> tag; vite.config.ts sends it as a header too (a <meta> CSP does not cover the
 * worker, and cannot carry frame-ancestors).
 * @type {NonNullable<NonNullable<NonNullable<import('@sveltejs/kit').Config['kit']>['csp']>['directives']>}
 */
export const CSP_DIRECTIVES = {
  'default-src': ['self'],
  'script-src': ['self', 'wasm-unsafe-eval'],
  // Three inline styles, allowed by hash (tests/e2e/csp.test.ts fails, naming the hash, if
  // one changes): Observable Plot's stylesheet inside every chart (fixed while its class name
  // stays `plot-d6a7b5`: Plot renames the class when it changes these styles), the
  // `display: contents` wrapper in src/app.html and Kit's route announcer.
  'style-src': [
    'self',
    'unsafe-hashes',
    'sha256-jSYQUrW7J0b3jPqhZP9C2Xh1PyJKHKXd4s0fpGGKrww=',
    'sha256-tcbDxjMo+xKqM21aCGYbs/QAJqB7yUXC06oPWDapBgc=',
    'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=',
  ],
  'worker-src': ['self'],
  'connect-src': ['self'],
  'img-src': ['self', 'data:', 'blob:'],
  'object-src': ['none'],
  'base-uri': ['self'],
  // The app has no form that submits anywhere: an injected <form> cannot post data away.
  'form-action': ['none'],
  'frame-ancestors': ['none'],
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
    // The app is a single prerendered page; relative paths let a copy live in any sub-folder.
    paths: { relative: true },
    // duckdb-wasm ships a blocking browser build without listing it in its package exports.
    alias: {
      'duckdb-wasm-blocking': 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking',
    },
    csp: { mode: 'hash', directives: CSP_DIRECTIVES },
  },
};

export default config;

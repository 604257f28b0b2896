import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CSP_DIRECTIVES } from './svelte.config.js';

const BUILD = 'build';

/**
 * The headers every response of the built site carries. The CSP is the one Kit wrote into
 * build/index.html (its boot-script hash changes with every build), plus frame-ancestors,
 * which a <meta> tag cannot carry.
 */
function siteHeaders(html: string): Record<string, string> {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html);
  if (!meta) throw new Error(`${BUILD}/index.html has no Content-Security-Policy <meta> tag`);
  const frameAncestors = CSP_DIRECTIVES['frame-ancestors'] ?? [];
  const policy = meta[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"');
  return {
    'Content-Security-Policy': `${policy}; frame-ancestors ${frameAncestors.map((s) => `'${s}'`).join(' ')}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

const toHeadersFile = (headers: Record<string, string>) =>
  `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}\n`)
    .join('')}`;

/** Headers from a `_headers` file (the Netlify / Cloudflare Pages format), for one path rule. */
function fromHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const header = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (header) headers[header[1]] = header[2];
  }
  return headers;
}

/**
 * Writes build/_headers once the adapter has written the site, and makes `vite preview` send
 * the same headers on every response (the worker script's CSP comes only from its headers),
 * and no CORS header.
 */
function securityHeaders(): Plugin {
  let ssr = false;
  let failed = false;
  return {
    name: 'regulars:security-headers',
    // No Access-Control-Allow-Origin from `vite preview` (`npm start`): another site open in the
    // same browser may not read this one's responses. Kit's plugin turns CORS on for preview
    // (`{ preflightContinue: true }`, which answers `*`), so `preview.cors: false` in the
    // config below would be overridden; this hook runs after Kit's and wins.
    config: () => ({ preview: { cors: false } }),
    configResolved: (config) => void (ssr = Boolean(config.build.ssr)),
    buildEnd: (error) => void (failed = Boolean(error)),
    closeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        // Kit's adapter runs at the end of the server build; the client build ends earlier.
        if (!ssr || failed) return;
        const headers = siteHeaders(readFileSync(`${BUILD}/index.html`, 'utf8'));
        writeFileSync(`${BUILD}/_headers`, toHeadersFile(headers));
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        const file = `${BUILD}/_headers`;
        const headers = existsSync(file) ? fromHeadersFile(readFileSync(file, 'utf8')) : {};
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [
    sveltekit(),
    SvelteKitPWA({
      // 'prompt', not 'autoUpdate': a new version waits until every tab of the old one is
      // closed (or the user clicks "reload" in the banner), so an open page keeps the files it
      // was built with; autoUpdate would swap caches and reload under a user's loaded data.
      registerType: 'prompt',
      injectRegister: false, // registered in src/routes/+layout.svelte
      manifest: false, // static/manifest.webmanifest
      // The plugin leaves the file named here out of the precache (it adds its own generated
      // manifest instead); naming one that does not exist keeps ours precached.
      manifestFilename: 'generated.webmanifest',
      // Relative, like the rest of the site, so that a copy in a sub-folder works offline too.
      scope: './',
      buildBase: './',
      kit: { base: './' },
      workbox: {
        globPatterns: [
          'client/**/*.{js,css,ico,png,svg,webp,webmanifest}',
          // The wasm build Chromium, Firefox and Safari pick (34 MB); the fallback `mvp`
          // build is cached on first use instead of making every visitor download both.
          'client/**/duckdb-eh-*.wasm',
          'client/sample/*.csv',
          // The list of hosted datasets; the files themselves are fetched when opened.
          'client/datasets/index.json',
          'prerendered/**/*.{html,json}',
        ],
        maximumFileSizeToCacheInBytes: 48 * 1024 * 1024,
        runtimeCaching: [
          {
            urlPattern: /\.wasm$/,
            handler: 'CacheFirst',
            options: { cacheName: 'wasm', expiration: { maxEntries: 2 } },
          },
        ],
      },
    }),
    securityHeaders(),
  ],
  optimizeDeps: { include: ['papaparse', 'comlink', '@observablehq/plot'] },
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 1500 },
  preview: { port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        // `// @vitest-environment svelte-client` in a test file: its modules are compiled for
        // the browser, where effects run (see tests/helpers/svelte-client.ts).
        resolve: {
          alias: {
            'vitest-environment-svelte-client': fileURLToPath(
              new URL('./tests/helpers/svelte-client.ts', import.meta.url),
            ),
          },
        },
        environments: { client: { resolve: { conditions: ['browser', 'development'] } } },
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          // Resolved by Vite, so that such a file gets Svelte's browser runtime.
          server: { deps: { inline: ['svelte'] } },
          exclude: ['tests/e2e/**'],
          testTimeout: 60_000,
          // A suite's beforeAll may start DuckDB-wasm (seconds on a loaded machine).
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 180_000,
          // A recount after a parameter change can take seconds on a loaded machine.
          expect: { poll: { timeout: 60_000, interval: 200 } },
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});

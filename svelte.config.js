import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

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
  },
};

export default config;

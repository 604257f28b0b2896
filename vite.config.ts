import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// duckdb-wasm does not export its browser blocking build; the worker imports it through this alias.
const duckdbBlocking = fileURLToPath(
  new URL('./node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs', import.meta.url),
);

export default defineConfig({
  plugins: [sveltekit()],
  resolve: { alias: { 'duckdb-wasm-blocking': duckdbBlocking } },
  optimizeDeps: { include: ['papaparse', 'comlink', '@observablehq/plot'] },
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 1500 },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});

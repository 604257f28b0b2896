// duckdb-wasm ships a blocking browser build without listing it in its package exports;
// vite.config.ts aliases this module name to it.
declare module 'duckdb-wasm-blocking' {
  export * from '@duckdb/duckdb-wasm/dist/types/src/targets/duckdb-browser-blocking';
}

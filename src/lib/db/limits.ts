// What to expect from a file's size before reading it. DuckDB-wasm gets at most 4 GiB of memory
// in a browser and one thread; a 10-million-row file (about 0.5 GB) takes ten seconds and
// 1.7 GB of memory, so a file over 1 GB may take minutes and may not fit at all.

export const LARGE_FILE = 1024 ** 3;
// A gzipped CSV is typically 5–10 times smaller than what DuckDB reads out of it.
export const LARGE_GZIP_FILE = 150 * 1024 ** 2;

export const isLargeFile = (file: { name: string; size: number }): boolean =>
  file.size > (/\.gz$/i.test(file.name) ? LARGE_GZIP_FILE : LARGE_FILE);

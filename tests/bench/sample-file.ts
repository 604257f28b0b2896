// The sample the mapping form reads (the first SAMPLE_LIMIT bytes, cut at a line end), as a
// file beside the benchmark data, so that replays read what the browser read.
import { closeSync, existsSync, mkdirSync, openSync, readSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sampleEnd, SAMPLE_LIMIT } from '../../src/lib/import/ingest';
import { DATA_DIR } from './retail/datasets';

export function sampleFile(file: string): string {
  mkdirSync(DATA_DIR, { recursive: true });
  const path = join(DATA_DIR, `${basename(file)}.sample.csv`);
  if (existsSync(path)) return path;
  const head = Buffer.alloc(SAMPLE_LIMIT + 1);
  const fd = openSync(file, 'r');
  const read = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const end = read > SAMPLE_LIMIT ? sampleEnd(head) : read;
  writeFileSync(path, head.subarray(0, end ?? read));
  return path;
}

/** Which file a registered name stands for: the sample, or the whole input. */
export const fileFor = (name: string, file: string) =>
  name === 'sample.csv' ? sampleFile(file) : file;

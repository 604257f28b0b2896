// The Node side of src/lib/import/source.ts: turn a file on disk into what DuckDB reads. A
// spreadsheet becomes a temporary CSV, text in another encoding a temporary UTF-8 copy
// (streamed, chunk by chunk); UTF-8 text is read where it is. The copies stay until the
// process ends: the whole file is read again once the mapping is applied.
import {
  closeSync,
  createReadStream,
  createWriteStream,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import readXlsxFile from 'read-excel-file/node';
import { SAMPLE_BYTES, toUtf8 } from '../lib/import/encoding';
import { isGzip, longLine, longLineError, notGzipError } from '../lib/import/first-bytes';
import { readError } from '../lib/import/read-errors';
import { ingestFile, sampleEnd, SAMPLE_LIMIT, type RawSource } from '../lib/import/ingest';
import { planSource, workbookCsv, type SourceInfo, type SourceOptions } from '../lib/import/source';
import type { Executor } from '../lib/sql/executor';

const gzipped = (path: string) => /\.gz$/i.test(path);

function bytes(path: string): AsyncIterable<Uint8Array> {
  const file = createReadStream(path);
  return gzipped(path) ? file.pipe(createGunzip()) : file;
}

/** The first two bytes of the file as it is on disk. */
function magic(path: string): Uint8Array {
  const first = new Uint8Array(2);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, first, 0, 2, 0);
  } finally {
    closeSync(fd);
  }
  return first;
}

async function head(path: string): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of bytes(path)) {
      parts.push(chunk as Buffer);
      size += chunk.byteLength;
      if (size >= SAMPLE_BYTES) break;
    }
  } catch {
    // Not gzip after all: DuckDB will say so when it reads it.
  }
  return new Uint8Array(Buffer.concat(parts).subarray(0, SAMPLE_BYTES));
}

async function write(path: string, chunks: AsyncIterable<Uint8Array | string>): Promise<void> {
  await pipeline(Readable.from(chunks), createWriteStream(path));
}

/** How much the mapping form reads (tests make the one-pass read happen on small files). */
export interface Sampling {
  /** Bytes of a sample (default SAMPLE_LIMIT). */
  limit?: number;
  /** Read the file again for `lines` even when the form read all of it. */
  readAgain?: boolean;
}

let temporary: string | undefined;

/** A folder for this process's copies (transcoded text, samples), removed when it exits. */
function scratch(): string {
  if (!temporary) {
    const dir = mkdtempSync(join(tmpdir(), 'regulars-input-'));
    temporary = dir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return mkdtempSync(join(temporary, 'file-'));
}

/** The first SAMPLE_LIMIT bytes of the text (decompressed), and whether that is all of it. */
async function firstPart(
  path: string,
  limit: number,
): Promise<{ bytes: Uint8Array; whole: boolean }> {
  const parts: Buffer[] = [];
  let size = 0;
  let whole = true;
  try {
    for await (const chunk of bytes(path)) {
      parts.push(chunk as Buffer);
      size += chunk.byteLength;
      if (size > limit) {
        whole = false;
        break;
      }
    }
  } catch {
    // Not gzip after all: DuckDB will say so when it reads it.
  }
  return { bytes: new Uint8Array(Buffer.concat(parts)), whole };
}

/** The sample the mapping form reads: the input itself when it is small, else its first part. */
async function sampleOf(input: string, dir: () => string, sample: Sampling): Promise<RawSource> {
  const limit = sample.limit ?? SAMPLE_LIMIT;
  if (sample.readAgain) return { file: input, input, whole: false };
  const small = !gzipped(input) && statSync(input).size <= limit;
  if (small) return { file: input, input, whole: true };
  const head = await firstPart(input, limit);
  const long = longLine(head.bytes);
  if (long !== undefined) throw longLineError(long);
  const end = head.whole ? undefined : sampleEnd(head.bytes, limit);
  if (head.whole || end === undefined) return { file: input, input, whole: true };
  const file = join(dir(), 'sample.csv');
  writeFileSync(file, head.bytes.subarray(0, end));
  return { file, input, whole: false };
}

/**
 * Read a sample of `path` (all of it when it is small) into the sample table the way the
 * browser does, and say how it was read; the whole file is read when the mapping is applied.
 */
export async function ingestPath(
  db: Executor,
  path: string,
  options: SourceOptions = {},
  sample: Sampling = {},
): Promise<SourceInfo> {
  if (gzipped(path) && !isGzip(magic(path))) throw notGzipError();
  const plan = planSource(path, await head(path), options);
  let folder: string | undefined;
  const dir = () => (folder ??= scratch());
  let input = path;
  let info: SourceInfo;
  if (plan.kind === 'spreadsheet') {
    const workbook = await workbookCsv((o) => readXlsxFile(path, o), options.sheet);
    input = join(dir(), 'input.csv');
    await write(input, workbook.csv);
    info = workbook.info;
  } else {
    if (plan.transcode) {
      input = join(dir(), 'input.csv');
      await write(input, toUtf8(bytes(path), plan.encoding));
    }
    info = { kind: 'text', encoding: plan.encoding, detected: plan.detected };
  }
  const read = await sampleOf(input, dir, sample);
  await ingestFile(db, read).catch((e: unknown) => {
    throw readError(e);
  });
  return info;
}

// The browser side of src/lib/import/source.ts: turn a dropped File into what DuckDB reads.
// Transcoding streams the file in chunks and collects the UTF-8 output as Blobs, which the
// browser keeps outside the JavaScript heap, so a large file is never held twice in memory.
import readXlsxFile from 'read-excel-file/web-worker';
import { SAMPLE_BYTES, toUtf8 } from '../src/lib/import/encoding';
import { sampleEnd, SAMPLE_LIMIT } from '../src/lib/import/ingest';
import { isGzip, longLine, longLineError, notGzipError } from '../src/lib/import/first-bytes';
import {
  planSource,
  workbookCsv,
  type SourceInfo,
  type SourceOptions,
} from '../src/lib/import/source';
import { INPUT_NAMES, inputName, SAMPLE_NAME } from './input-names';

export interface PreparedInput {
  /** What DuckDB reads, registered under `name` (never the user's file name). */
  file: File;
  name: (typeof INPUT_NAMES)[number];
  info: SourceInfo;
}

type Progress = (read: number, total: number) => void;

const gzipped = (name: string) => /\.gz$/i.test(name);

/** The file's bytes as a stream, decompressed when it is gzipped; `onRead` counts file bytes. */
type Bytes = Uint8Array<ArrayBuffer>;

function bytes(file: File, onRead?: (size: number) => void): ReadableStream<Bytes> {
  let stream: ReadableStream<Bytes> = file.stream();
  if (onRead) {
    stream = stream.pipeThrough(
      new TransformStream<Bytes, Bytes>({
        transform(chunk, out) {
          onRead(chunk.byteLength);
          out.enqueue(chunk);
        },
      }),
    );
  }
  return gzipped(file.name) ? stream.pipeThrough(new DecompressionStream('gzip')) : stream;
}

async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The first `limit` bytes of the (decompressed) text. */
async function head(file: File, limit = SAMPLE_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  let size = 0;
  const stream = bytes(file);
  const reader = stream.getReader();
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      size += value.byteLength;
    }
  } catch {
    // A file that claims to be gzip and is not: DuckDB will say so when it reads it.
  } finally {
    await reader.cancel().catch(() => {});
  }
  const out = new Uint8Array(Math.min(size, limit));
  let at = 0;
  for (const p of parts) {
    const take = p.subarray(0, out.length - at);
    out.set(take, at);
    at += take.length;
    if (at >= out.length) break;
  }
  return out;
}

/** Collect chunks into Blobs of about 8 MB each, then one File of them all. */
async function collect(chunks: AsyncIterable<Uint8Array | string>, name: string): Promise<File> {
  const blobs: Blob[] = [];
  let pending: BlobPart[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    pending.push(chunk as BlobPart);
    size += typeof chunk === 'string' ? chunk.length : chunk.byteLength;
    if (size >= 8 << 20) {
      blobs.push(new Blob(pending));
      pending = [];
      size = 0;
    }
  }
  blobs.push(new Blob(pending));
  return new File(blobs, name, { type: 'text/csv' });
}

async function spreadsheet(file: File, options: SourceOptions): Promise<PreparedInput> {
  const { csv, info } = await workbookCsv((o) => readXlsxFile(file, o), options.sheet);
  return { file: await collect(csv, INPUT_NAMES[0]), name: INPUT_NAMES[0], info };
}

/**
 * The part of the prepared text the mapping form reads: its first SAMPLE_LIMIT bytes up to a
 * line end (decompressed, when gzipped), or all of it (`whole`) when it is no larger.
 */
export async function sampleOf(file: File): Promise<{ sample: File; whole: boolean }> {
  const first = await head(file, SAMPLE_LIMIT + 1);
  const long = longLine(first);
  if (long !== undefined) throw longLineError(long);
  const end = first.length > SAMPLE_LIMIT ? sampleEnd(first) : undefined;
  if (end === undefined) return { sample: file, whole: true };
  const sample = gzipped(file.name)
    ? new File([first.subarray(0, end)], SAMPLE_NAME)
    : new File([file.slice(0, end)], SAMPLE_NAME);
  return { sample, whole: false };
}

/** Make `file` readable by DuckDB: converted, transcoded, or as it is. */
export async function prepareInput(
  file: File,
  options: SourceOptions,
  onProgress: Progress,
): Promise<PreparedInput> {
  if (gzipped(file.name) && !isGzip(new Uint8Array(await file.slice(0, 2).arrayBuffer()))) {
    throw notGzipError();
  }
  const plan = planSource(file.name, await head(file), options);
  if (plan.kind === 'spreadsheet') return spreadsheet(file, options);
  const info: SourceInfo = { kind: 'text', encoding: plan.encoding, detected: plan.detected };
  if (!plan.transcode) return { file, name: inputName(file.name), info };
  let read = 0;
  const source = chunksOf(
    bytes(file, (n) => {
      read += n;
      onProgress(read, file.size);
    }),
  );
  const utf8 = await collect(toUtf8(source, plan.encoding), INPUT_NAMES[0]);
  return { file: utf8, name: INPUT_NAMES[0], info };
}

// The Node side of src/lib/import/source.ts: turn a file on disk into what DuckDB reads. A
// spreadsheet becomes a temporary CSV, text in another encoding a temporary UTF-8 copy
// (streamed, chunk by chunk); UTF-8 text is read where it is.
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import readXlsxFile from 'read-excel-file/node';
import { SAMPLE_BYTES, toUtf8 } from '../lib/import/encoding';
import { GOOD_FILE, ImportError } from '../lib/import/errors';
import { ingestFile } from '../lib/import/ingest';
import { normalizeRaw } from '../lib/import/normalize';
import { chooseSheet, planSource, type SourceInfo, type SourceOptions } from '../lib/import/source';
import { sheetToCsv } from '../lib/import/spreadsheet';
import type { Executor } from '../lib/sql/executor';

const gzipped = (path: string) => /\.gz$/i.test(path);

function bytes(path: string): AsyncIterable<Uint8Array> {
  const file = createReadStream(path);
  return gzipped(path) ? file.pipe(createGunzip()) : file;
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

async function* fromSync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/** Read `path` into the `raw` table the way the browser does; says how it was read. */
export async function ingestPath(
  db: Executor,
  path: string,
  options: SourceOptions = {},
): Promise<SourceInfo> {
  const plan = planSource(path, await head(path), options);
  if (plan.kind === 'text' && !plan.transcode) {
    await ingestFile(db, path);
    return { kind: 'text', encoding: plan.encoding, detected: plan.detected };
  }
  const dir = mkdtempSync(join(tmpdir(), 'regulars-input-'));
  const copy = join(dir, 'input.csv');
  try {
    let info: SourceInfo;
    if (plan.kind === 'spreadsheet') {
      let sheets;
      try {
        sheets = await readXlsxFile(path, { parseNumber: (text: string) => text });
      } catch (e) {
        const reason = String(e instanceof Error ? e.message : e).split('\n')[0];
        throw new ImportError(
          `this file cannot be read as an Excel workbook (${reason}); ${GOOD_FILE}`,
        );
      }
      const names = sheets.map((s) => s.sheet);
      const sheet = chooseSheet(names, options.sheet);
      await write(copy, fromSync(sheetToCsv(sheets.find((s) => s.sheet === sheet)?.data ?? [])));
      info = { kind: 'spreadsheet', sheets: names, sheet: sheet ?? '' };
    } else {
      await write(copy, toUtf8(bytes(path), plan.encoding));
      info = { kind: 'text', encoding: plan.encoding, detected: plan.detected };
    }
    await ingestFile(db, copy);
    // Repairs that read the file again (no header line) must run while the copy is here.
    await normalizeRaw(db);
    return info;
  } finally {
    // DuckDB has read the copy into `raw`, except for the re-reads normalizeRaw may do;
    // those only happen for encodings DuckDB reads itself, which never need a copy.
    rmSync(dir, { recursive: true, force: true });
  }
}

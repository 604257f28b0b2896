// A notebook as text to carry elsewhere: a link fragment (`v1.` + base64url of deflate-raw of
// the JSON) or a `.regulars.json` file. Reading either checks sizes first, inflates in small
// steps so that a tiny link cannot expand into gigabytes, and validates with schema.ts.
import { fromBase64Url, toBase64Url } from './base64url';
import type { Notebook } from './model';
import { parseNotebook } from './schema';

export const LINK_PREFIX = 'v1.';
/** Longest link code read or written, in characters. */
export const MAX_LINK_CHARS = 64 * 1024;
/** Most bytes a link code may inflate to, and the largest file read. */
export const MAX_JSON_BYTES = 1024 * 1024;
export const FILE_EXTENSION = '.regulars.json';
const FILE_MARKER = 1;
// Compressed bytes fed to the inflater per step: deflate expands at most ~1032 times, so one
// step yields at most ~1 MB before the size check runs again.
const STEP = 1024;

/**
 * Why a link or file could not be read: `format` not a notebook at all, `version` made by a
 * newer copy of the site, `size` too large, `corrupt` damaged or tampered with (it does not
 * decompress or decode), `invalid` well-formed but not a valid notebook (see the message).
 */
export type CodecProblem = 'format' | 'version' | 'size' | 'corrupt' | 'invalid';

export class CodecError extends Error {
  readonly problem: CodecProblem;
  constructor(problem: CodecProblem, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CodecError';
    this.problem = problem;
  }
}

const sizeError = (what: string, limit: number) =>
  new CodecError('size', `${what} is too large (more than ${Math.round(limit / 1024)} kB)`);

/** The code to put after `#nb=`; refuses a notebook whose code would be too long to open. */
export async function encodeNotebook(notebook: Notebook): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(notebook));
  if (json.length > MAX_JSON_BYTES) throw sizeError('the notebook', MAX_JSON_BYTES);
  const deflated = new Uint8Array(
    await new Response(
      chunks(json, json.length || 1).pipeThrough(new CompressionStream('deflate-raw')),
    ).arrayBuffer(),
  );
  const code = LINK_PREFIX + toBase64Url(deflated);
  if (code.length > MAX_LINK_CHARS) throw sizeError('the link', MAX_LINK_CHARS);
  return code;
}

export async function decodeNotebook(code: string): Promise<Notebook> {
  if (code.length > MAX_LINK_CHARS) throw sizeError('the link', MAX_LINK_CHARS);
  const version = /^v(\d+)\./.exec(code);
  if (!version) throw new CodecError('format', 'not a regulars notebook link');
  if (`v${version[1]}.` !== LINK_PREFIX) {
    throw new CodecError('version', `the link is of version ${version[1]}, newer than this site`);
  }
  const bytes = fromBase64Url(code.slice(LINK_PREFIX.length));
  if (!bytes) throw new CodecError('corrupt', 'the link is damaged: it is not base64url text');
  const json = await inflate(bytes, MAX_JSON_BYTES);
  let text: string;
  let value: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
    value = JSON.parse(text);
  } catch (e) {
    throw new CodecError('corrupt', 'the link is damaged: its content is not JSON', { cause: e });
  }
  return validate(value);
}

/** The notebook as a pretty `.regulars.json` file, marked so it can be recognised. */
export function toFile(notebook: Notebook): string {
  return `${JSON.stringify({ regulars: FILE_MARKER, ...notebook }, null, 2)}\n`;
}

export function fromFile(text: string): Notebook {
  if (text.length > MAX_JSON_BYTES) throw sizeError('the file', MAX_JSON_BYTES);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new CodecError('format', 'not a regulars notebook file: it is not JSON', { cause: e });
  }
  if (typeof value !== 'object' || value === null || !('regulars' in value)) {
    throw new CodecError('format', 'not a regulars notebook file (no "regulars" marker)');
  }
  const { regulars, ...notebook } = value as { regulars: unknown };
  if (typeof regulars !== 'number') {
    throw new CodecError('format', 'not a regulars notebook file ("regulars" is not a number)');
  }
  if (regulars > FILE_MARKER) {
    throw new CodecError('version', `the file is of format ${regulars}, newer than this site`);
  }
  return validate(notebook);
}

function validate(value: unknown): Notebook {
  try {
    return parseNotebook(value);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new CodecError('invalid', `not a valid notebook: ${message}`, { cause: e });
  }
}

/** `bytes` as a stream of pieces of `size`, produced only as fast as they are read. */
function chunks(bytes: Uint8Array, size: number): ReadableStream<Uint8Array<ArrayBuffer>> {
  let offset = 0;
  return new ReadableStream(
    {
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, (offset += size)));
      },
    },
    { highWaterMark: 0 },
  );
}

async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const reader = chunks(bytes, STEP)
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) throw sizeError('the link, once decompressed,', limit);
      parts.push(value);
    }
  } catch (e) {
    if (e instanceof CodecError) throw e;
    throw new CodecError('corrupt', 'the link is damaged: it does not decompress', { cause: e });
  } finally {
    reader.cancel().catch(() => {});
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

// Sharing a notebook as a link or a file: what is written opens again exactly, and a damaged,
// tampered, oversized or decompression-bomb link is refused with a reason, never half-opened.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../src/lib/notebook/base64url';
import {
  CodecError,
  decodeNotebook,
  encodeNotebook,
  fromFile,
  LINK_PREFIX,
  MAX_LINK_CHARS,
  toFile,
  type CodecProblem,
} from '../../../src/lib/notebook/codec';
import { createCell, defaultNotebook, type Notebook } from '../../../src/lib/notebook/model';

const notebook = (): Notebook => {
  const base = defaultNotebook({ intro: '# Καφενείο Νίκος\nΠελάτες που **επιστρέφουν** 🎉' });
  return {
    ...base,
    // Fixed ids: the same notebook, hence the same link, on every run.
    cells: [
      ...base.cells.map((cell, i) => ({ ...cell, id: `c${i}` })),
      { ...createCell('sql', 'q1'), sql: "SELECT country, sum(total) FROM orders WHERE x = 'é'" },
    ],
    params: {
      ...base.params,
      period: 'week',
      asOf: '2024-03-01',
      mapping: { customer: 'Πελάτης', date: 'Ημερομηνία', amount: 'Σύνολο' },
    },
  };
};

/** A link code made by hand from any text, as a forger would. */
const forged = (text: string | Uint8Array) =>
  LINK_PREFIX + toBase64Url(deflateRawSync(typeof text === 'string' ? Buffer.from(text) : text));

async function refusal(code: string): Promise<{ problem: CodecProblem; message: string }> {
  try {
    await decodeNotebook(code);
  } catch (e) {
    if (e instanceof CodecError) return { problem: e.problem, message: e.message };
    throw e;
  }
  throw new Error('the link was accepted');
}

describe('a shared link', () => {
  it('opens the same cells, parameters and mapping it was made from', async () => {
    const original = notebook();
    expect(await decodeNotebook(await encodeNotebook(original))).toEqual(original);
  });

  it('is versioned and uses only characters that survive in a URL fragment', async () => {
    const code = await encodeNotebook(notebook());
    expect(code.startsWith('v1.')).toBe(true);
    expect(code).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  });

  it('is compressed: a default notebook fits in a short link', async () => {
    // Eleven cells (ten analyses and a note): about 410 characters.
    expect((await encodeNotebook(defaultNotebook({ intro: 'Hello' }))).length).toBeLessThan(450);
  });

  it('is not made when it would be too long to open', async () => {
    const random = Array.from({ length: 60_000 }, () =>
      String.fromCharCode(33 + Math.floor(Math.random() * 90)),
    ).join('');
    const big = { ...notebook(), cells: [{ ...createCell('markdown', 'n'), text: random }] };
    await expect(encodeNotebook(big)).rejects.toMatchObject({ problem: 'size' });
  });
});

describe('a link that is not right', () => {
  // prettier-ignore
  const table: [string, () => string | Promise<string>, CodecProblem, RegExp][] = [
    ['something that is not a notebook link', () => 'lang=el', 'format', /not a regulars notebook link/],
    ['a link from a newer version of the site', () => 'v2.abc', 'version', /version 2, newer/],
    ['characters that are not base64url', () => 'v1.abc+/==', 'corrupt', /not base64url/],
    ['random letters', () => 'v1.SGVsbG8gd29ybGQh', 'corrupt', /does not decompress/],
    ['a cut-off link', async () => (await encodeNotebook(notebook())).slice(0, -12), 'corrupt', /does not decompress/],
    ['compressed text that is not JSON', () => forged('hello, world'), 'corrupt', /not JSON/],
    ['compressed bytes that are not UTF-8', () => forged(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 'corrupt', /not JSON/],
    ['JSON that is not a notebook', () => forged('{"version":1,"cells":"all"}'), 'invalid', /cells: expected a list/],
    ['a notebook with a cell kind we do not run', () => forged(JSON.stringify({ ...notebook(), cells: [{ id: 'x', kind: 'script', collapsed: false }] })), 'invalid', /cells\[0\]\.kind: unknown kind "script"/],
  ];
  it.each(table)('is refused: %s', async (_, code, problem, message) => {
    const refused = await refusal(await code());
    expect(refused.problem).toBe(problem);
    expect(refused.message).toMatch(message);
  });

  it('is refused with a reason, never a crash, wherever one character was changed', async () => {
    const original = notebook();
    const code = await encodeNotebook(original);
    const outcomes = new Set<string>();
    for (let at = LINK_PREFIX.length; at < code.length; at += 7) {
      const tampered = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
      outcomes.add(
        await decodeNotebook(tampered).then(
          // deflate-raw carries no checksum: a change may still decode to a valid notebook,
          // which is then checked like any other.
          (opened) => (JSON.stringify(opened) === JSON.stringify(original) ? 'same' : 'other'),
          (e: unknown) => (e instanceof CodecError ? e.problem : `crash: ${e}`),
        ),
      );
    }
    expect([...outcomes].filter((o) => !['corrupt', 'invalid', 'other'].includes(o))).toEqual([]);
    expect(outcomes).toContain('corrupt');
  });
});

describe('an oversized link', () => {
  it(`is refused before decompressing when longer than ${MAX_LINK_CHARS / 1024} kB`, async () => {
    expect((await refusal(`v1.${'A'.repeat(MAX_LINK_CHARS)}`)).problem).toBe('size');
  });

  it('is refused when it would decompress beyond 1 MB (a 2 MB note in a 3 kB link)', async () => {
    const code = forged(JSON.stringify({ ...notebook(), padding: ' '.repeat(2 * 1024 * 1024) }));
    expect(code.length).toBeLessThan(4000);
    expect(await refusal(code)).toMatchObject({ problem: 'size' });
  });

  it('stops reading a decompression bomb (40 MB of zeros in a 50 kB link) without inflating it', async () => {
    const code = forged(new Uint8Array(40 * 1024 * 1024));
    expect(code.length).toBeLessThan(MAX_LINK_CHARS);
    const before = process.memoryUsage().arrayBuffers;
    expect(await refusal(code)).toMatchObject({ problem: 'size' });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(20 * 1024 * 1024);
  });
});

describe('a .regulars.json file', () => {
  it('opens the same notebook it was saved from', () => {
    const original = notebook();
    expect(fromFile(toFile(original))).toEqual(original);
  });

  it('is pretty JSON that says what it is', () => {
    const text = toFile(notebook());
    expect(text.startsWith('{\n  "regulars": 1,\n  "version": 1,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('opens when saved by an editor that adds a byte-order mark', () => {
    const original = notebook();
    expect(fromFile(`\ufeff${toFile(original)}`)).toEqual(original);
  });

  // prettier-ignore
  const table: [string, string, CodecProblem, RegExp][] = [
    ['a file that is not JSON', 'customer,date\n1,2024-01-01', 'format', /not JSON/],
    ['JSON without the marker', JSON.stringify(notebook()), 'format', /no "regulars" marker/],
    ['a marker that is not a number', JSON.stringify({ regulars: 'yes' }), 'format', /not a number/],
    ['a file from a newer site', JSON.stringify({ regulars: 2 }), 'version', /format 2, newer/],
    ['a file with a broken cell', JSON.stringify({ regulars: 1, ...notebook(), cells: [{ id: 'a', kind: 'sql' }] }), 'invalid', /cells\[0\]\.sql: expected text/],
    ['a file over 1 MB', `{"regulars":1,"x":"${' '.repeat(1024 * 1024)}"}`, 'size', /too large/],
  ];
  it.each(table)('is refused: %s', (_, text, problem, message) => {
    let error: unknown;
    try {
      fromFile(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CodecError);
    expect((error as CodecError).problem).toBe(problem);
    expect((error as CodecError).message).toMatch(message);
  });
});

// Which character encoding a text file is in, and turning it into UTF-8 chunk by chunk.
// DuckDB reads UTF-8 (and, without an extension, only UTF-16 and Latin-1 besides), so every
// other encoding is transcoded before it reads the file. TextDecoder knows all these labels
// in browsers and in Node. Detection: a byte-order mark; NUL bytes in every other position
// (UTF-16 without one); valid UTF-8; else the single-byte code page whose letters make the
// most plausible words (Greek words all Greek, Latin words mostly ASCII with a few accents
// of a real language, Persian words all Arabic script).

export const ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'windows-1250',
  'iso-8859-2',
  'windows-1253',
  'windows-1256',
] as const;

export type TextEncoding = (typeof ENCODINGS)[number];

export const isEncoding = (name: string): name is TextEncoding =>
  (ENCODINGS as readonly string[]).includes(name);

/** How many bytes from the start of a file detection looks at. */
export const SAMPLE_BYTES = 256 * 1024;

function bomOf(b: Uint8Array): TextEncoding | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 without a byte-order mark: ASCII text has a NUL in every other byte. */
function utf16Without(b: Uint8Array): TextEncoding | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > 0.3 * half && even < 0.05 * half) return 'utf-16le';
  if (even > 0.3 * half && odd < 0.05 * half) return 'utf-16be';
  return undefined;
}

/**
 * Well-formed multi-byte UTF-8 sequences and bytes that cannot be UTF-8. A sequence cut off
 * by the end of the sample counts as neither.
 */
export function utf8Counts(b: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const need =
      c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) {
      invalid++;
      i++;
      continue;
    }
    if (i + need >= b.length) break;
    let ok = true;
    for (let k = 1; k <= need; k++) if ((b[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

type Script = 'latin' | 'greek' | 'arabic';

interface CodePage {
  encoding: TextEncoding;
  script: Script;
  /** Accented letters of the languages written in this code page; the rest weigh less. */
  common?: string;
  rare?: string;
}

// In order of preference when two read the same (windows-1250 before ISO-8859-2: Romanian
// and Hungarian Windows files use it, and its quotes are C1 controls in ISO-8859-2).
const CODE_PAGES: CodePage[] = [
  {
    encoding: 'windows-1252',
    script: 'latin',
    common: 'äöüßàâçéèêëîïôùûñáíóúÄÖÜÀÂÇÉÈÊËÎÏÔÙÛÑÁÍÓÚ',
    rare: 'ãõìòåæøœšžýÃÕÌÒÅÆØŒŠŽÝ',
  },
  {
    encoding: 'windows-1250',
    script: 'latin',
    common: 'áéíóöőúüűăâîşţäßÁÉÍÓÖŐÚÜŰĂÂÎŞŢÄ',
    rare: 'čďěňřšťůžąćęłńśźżĺľŕýçëČĎĚŇŘŠŤŮŽĄĆĘŁŃŚŹŻĹĽŔÝÇË',
  },
  {
    encoding: 'iso-8859-2',
    script: 'latin',
    common: 'áéíóöőúüűăâîşţäßÁÉÍÓÖŐÚÜŰĂÂÎŞŢÄ',
    rare: 'čďěňřšťůžąćęłńśźżĺľŕýçëČĎĚŇŘŠŤŮŽĄĆĘŁŃŚŹŻĹĽŔÝÇË',
  },
  { encoding: 'windows-1253', script: 'greek' },
  { encoding: 'windows-1256', script: 'arabic' },
];

const SCRIPT_TEST: Record<Script, RegExp> = {
  latin: /^\p{Script=Latin}+$/u,
  greek: /^\p{Script=Greek}+$/u,
  arabic: /^[\p{Script=Arabic}\u200c]+$/u,
};

// Capitalised, lower case or upper case: not `ÐåëÜôçò` (Greek bytes read as Western).
const NATURAL_CASE = /^(\p{Lu}?[^\p{Lu}]*|[^\p{Ll}]*)$/u;
// Punctuation and symbols that real text has outside words; other non-ASCII symbols (and
// C1 controls, unassigned bytes) are signs of the wrong code page.
const NEUTRAL = new Set('€–—„“”‘’‚«»°·•…\u00a0№£§©®™×');
const WORD = /[\p{L}\p{M}\u200c]+/gu;

/** How plausible `text` is as this code page's reading: words that make sense minus those that do not. */
export function plausibility(text: string, page: CodePage): number {
  let score = 0;
  for (const [word] of text.matchAll(WORD)) {
    const high = [...word].filter((ch) => ch.charCodeAt(0) >= 0x80);
    if (high.length === 0) continue;
    let ok = SCRIPT_TEST[page.script].test(word) && NATURAL_CASE.test(word);
    let weight = 1;
    if (ok && page.script === 'latin') {
      const ascii = word.length - high.length;
      const weights = high.map((ch) =>
        page.common?.includes(ch) ? 1 : page.rare?.includes(ch) ? 0.4 : 0,
      );
      ok = weights.every((w) => w > 0) && (ascii > 0 || word.length <= 2);
      weight = Math.min(...weights);
    }
    score += ok ? weight * high.length : -high.length;
  }
  for (const ch of text.replace(WORD, '')) {
    const c = ch.charCodeAt(0);
    if (c >= 0x80 && !NEUTRAL.has(ch)) score -= 2;
  }
  return score;
}

export interface Detected {
  encoding: TextEncoding;
  /** True when a byte-order mark said so; false for a guess from the bytes. */
  bom: boolean;
}

/** The encoding of a file from its first bytes (up to SAMPLE_BYTES). */
export function detectEncoding(sample: Uint8Array): Detected {
  const bom = bomOf(sample);
  if (bom) return { encoding: bom, bom: true };
  const wide = utf16Without(sample);
  if (wide) return { encoding: wide, bom: false };
  const { valid, invalid } = utf8Counts(sample);
  // A UTF-8 file with a few broken bytes stays UTF-8 (those lines are skipped rows).
  if (invalid === 0 || valid >= 4 * invalid) return { encoding: 'utf-8', bom: false };
  let best: { encoding: TextEncoding; score: number } | undefined;
  for (const page of CODE_PAGES) {
    const score = plausibility(decoderFor(page.encoding).decode(sample), page);
    if (!best || score > best.score) best = { encoding: page.encoding, score };
  }
  // Two or more letters that make sense, or it is UTF-8 with broken bytes after all (those
  // lines become skipped rows, and normalize.ts rereads as Latin-1 if there are many).
  return best && best.score >= 2
    ? { encoding: best.encoding, bom: false }
    : { encoding: 'utf-8', bom: false };
}

// Windows-1252's letters and signs at 0x80-0x9F (five bytes are unassigned). Node's
// TextDecoder reads that label as ISO-8859-1 (C1 controls there), browsers do not: this
// table makes both read it the same.
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/** A decoder for `encoding` that reads the same in browsers and Node. */
export function decoderFor(encoding: TextEncoding): {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
} {
  if (encoding !== 'windows-1252') return new TextDecoder(encoding);
  return {
    decode(bytes = new Uint8Array()) {
      let out = '';
      for (let i = 0; i < bytes.length; i += 8192) {
        const codes = Array.from(bytes.subarray(i, i + 8192), (b) =>
          b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b,
        );
        out += String.fromCharCode(...codes);
      }
      return out;
    },
  };
}

/** Whether DuckDB can read bytes in this encoding as they are (UTF-8, with or without BOM). */
export const readsAsIs = (encoding: TextEncoding) => encoding === 'utf-8';

/** The same text as UTF-8, chunk by chunk (a byte-order mark is dropped). */
export async function* toUtf8(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncoding,
): AsyncGenerator<Uint8Array> {
  const decoder = decoderFor(encoding);
  const encoder = new TextEncoder();
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield encoder.encode(text);
  }
  const rest = decoder.decode();
  if (rest) yield encoder.encode(rest);
}

// A shop's export in the code page of its Windows is read in the right letters.
import { describe, expect, it } from 'vitest';
import {
  decoderFor,
  detectEncoding,
  toUtf8,
  utf8Counts,
  type TextEncoding,
} from '../../../src/lib/import/encoding';

/** Text in a single-byte code page, from TextDecoder's own table of its 256 bytes. */
function encodeWith(text: string, encoding: TextEncoding): Uint8Array {
  const decoder = decoderFor(encoding);
  const byteOf = new Map<string, number>();
  for (let b = 255; b >= 0; b--) byteOf.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array(
    [...text].map((ch) => {
      const b = byteOf.get(ch);
      if (b === undefined) throw new Error(`${ch} is not in ${encoding}`);
      return b;
    }),
  );
}

const utf16 = (text: string, big: boolean) => {
  const out = new Uint8Array(text.length * 2);
  [...text].forEach((ch, i) => {
    const c = ch.charCodeAt(0);
    out[2 * i + (big ? 1 : 0)] = c & 0xff;
    out[2 * i + (big ? 0 : 1)] = c >> 8;
  });
  return out;
};

const cases: [string, string, TextEncoding][] = [
  [
    'Greek shop',
    'Πελάτης;Ημερομηνία;Σύνολο\nΓιώργος Παπαδόπουλος;25/01/2024;1.234,56 €\nΜαρία Οικονόμου;03/02/2024;12,00 €\n',
    'windows-1253',
  ],
  ['Greek capitals', 'ΠΕΛΑΤΗΣ,ΗΜΕΡΟΜΗΝΙΑ,ΠΟΣΟ\nΑΝΝΑ ΚΩΝΣΤΑΝΤΙΝΟΥ,2024-01-05,10\n', 'windows-1253'],
  [
    'Romanian shop',
    'Client;Dată comandă;Total\nŞtefan Ţurcanu;15.01.2024;1.234,56 lei\nIoana Mureşan;20.01.2024;99,90 lei\n',
    'windows-1250',
  ],
  [
    'Hungarian shop',
    'Vevő;Dátum;Összeg\nKovács Ödön;2024.01.15.;12 345 Ft\nSzőke Győző;2024.01.20.;1 000 Ft\n',
    'windows-1250',
  ],
  [
    'Persian shop',
    'مشتري,تاريخ,مبلغ\nعلي رضايي,1402/07/15,123456\nزهرا كريمي,1402/07/16,50000\nپرويز گلچين,1402/07/20,9000\n',
    'windows-1256',
  ],
  [
    'French shop',
    'Client;Date;Montant\nCécile Lefèvre;05/01/2024;12,50 €\nFrançois Müller;06/01/2024;8,00 €\n',
    'windows-1252',
  ],
  ['German shop', 'Kunde;Datum;Betrag\nJürgen Weiß;05.01.2024;12,50\n', 'windows-1252'],
];

describe('detecting the code page of a file without a byte-order mark', () => {
  for (const [what, text, encoding] of cases) {
    it(`${what}: ${encoding}`, () => {
      const bytes = encodeWith(text, encoding);
      expect(detectEncoding(bytes)).toEqual({ encoding, bom: false });
      expect(decoderFor(encoding).decode(bytes)).toBe(text);
    });
  }

  it('UTF-8 text stays UTF-8, also with a few broken bytes among many good letters', () => {
    const good = new TextEncoder().encode('Πελάτης,Ημερομηνία\nΓιώργος,2024-01-05\n'.repeat(3));
    expect(detectEncoding(good).encoding).toBe('utf-8');
    const broken = new Uint8Array([...good, 0xff, 0x0a]);
    // (7 + 10 + 7) Greek letters × 3 lines = 72 well-formed sequences; 0xFF is not UTF-8.
    expect(utf8Counts(broken)).toEqual({ valid: 72, invalid: 1 });
    expect(detectEncoding(broken).encoding).toBe('utf-8');
  });

  it('plain ASCII is UTF-8', () => {
    expect(detectEncoding(new TextEncoder().encode('a,b\n1,2\n')).encoding).toBe('utf-8');
  });

  it('a multi-byte letter cut off by the end of the sample is not a broken byte', () => {
    const cut = new TextEncoder().encode('Ά').subarray(0, 1);
    expect(utf8Counts(cut)).toEqual({ valid: 0, invalid: 0 });
  });
});

describe('byte-order marks and UTF-16', () => {
  it('reads the mark: UTF-8, UTF-16 little- and big-endian', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({
      encoding: 'utf-8',
      bom: true,
    });
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toEqual({
      encoding: 'utf-16le',
      bom: true,
    });
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toEqual({
      encoding: 'utf-16be',
      bom: true,
    });
  });

  it('UTF-16 without a mark: a NUL in every other byte of ASCII text', () => {
    const text = 'customer,date,amount\nann,2024-01-05,10\n';
    expect(detectEncoding(utf16(text, false)).encoding).toBe('utf-16le');
    expect(detectEncoding(utf16(text, true)).encoding).toBe('utf-16be');
  });
});

describe('transcoding to UTF-8 chunk by chunk', () => {
  async function transcode(chunks: Uint8Array[], encoding: TextEncoding): Promise<string> {
    async function* source() {
      yield* chunks;
    }
    const parts: Uint8Array[] = [];
    for await (const part of toUtf8(source(), encoding)) parts.push(part);
    return new TextDecoder().decode(Buffer.concat(parts));
  }

  it('a letter split between two chunks comes out whole', async () => {
    // UTF-16BE "Πα": 03 A0 03 B1, cut in the middle of each letter.
    const bytes = [
      new Uint8Array([0xfe, 0xff, 0x03]),
      new Uint8Array([0xa0, 0x03]),
      new Uint8Array([0xb1]),
    ];
    expect(await transcode(bytes, 'utf-16be')).toBe('Πα');
  });

  it('Windows-1253 Greek becomes the same letters in UTF-8', async () => {
    const text = 'Πελάτης;Σύνολο\nΜαρία;12,00 €\n';
    const bytes = encodeWith(text, 'windows-1253');
    const chunks = [bytes.subarray(0, 5), bytes.subarray(5, 17), bytes.subarray(17)];
    expect(await transcode(chunks, 'windows-1253')).toBe(text);
  });
});

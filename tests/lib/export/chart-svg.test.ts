// A chart saved as SVG is an XML file: a label from the data with a character XML forbids
// (a BEL, a NUL, half of an emoji) must not make the file unreadable. The browser test
// tests/e2e/chart-download.test.ts parses the saved file; this checks the text rule itself.
import { describe, expect, it } from 'vitest';
import { xmlSafe } from '../../../src/lib/components/chart-export';

describe('text written into a saved SVG', () => {
  it.each([
    ['a BEL', 'caf\x07é', 'café'],
    ['a NUL', 'a\x00b', 'ab'],
    ['an escape and a vertical tab', '\x1b[31mred\x0b', '[31mred'],
    ['a form feed and a backspace', 'x\x0cy\x08', 'xy'],
    ['half of an emoji', 'shop \ud83d', 'shop '],
    ['U+FFFE and U+FFFF', 'a\ufffeb\uffff', 'ab'],
  ])('drops %s', (_, input, expected) => {
    expect(xmlSafe(input)).toBe(expected);
  });

  it.each([
    ['tab, line feed and carriage return', 'a\tb\nc\rd'],
    ['Greek, Persian and Hungarian', 'Ελένη مریم Győr'],
    ['an emoji', 'shop 🛍️'],
    ['markup characters (the serialiser escapes them)', '<b>&"\''],
    ['DEL and C1 controls (allowed in XML 1.0)', 'a\x7fb\x85c'],
  ])('keeps %s', (_, input) => {
    expect(xmlSafe(input)).toBe(input);
  });
});

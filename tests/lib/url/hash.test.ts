// The fragment of a shared link: `nb`, `data`, `lang` and `cur` read and rewritten in one
// place, whatever else the link carries left as it was.
import { describe, expect, it } from 'vitest';
import { buildHash, parseHash } from '../../../src/lib/url/hash';

const NOTHING = { nb: null, data: null, lang: null, cur: null };

describe('reading a fragment', () => {
  it.each([
    ['', NOTHING],
    ['#', NOTHING],
    ['#lang=fa', { ...NOTHING, lang: 'fa' }],
    ['lang=fa', { ...NOTHING, lang: 'fa' }],
    ['#period=week&lang=hu', { ...NOTHING, lang: 'hu' }],
    [
      '#lang=el&data=shop&nb=v1.abc&cur=EUR',
      { nb: 'v1.abc', data: 'shop', lang: 'el', cur: 'EUR' },
    ],
    ['#data=reports%2Fjune.csv', { ...NOTHING, data: 'reports/june.csv' }],
  ])('%s', (hash, expected) => {
    expect(parseHash(hash)).toEqual(expected);
  });

  it('gives values as written: checking them is the reader’s job', () => {
    expect(parseHash('#cur=%3Cscript%3E&lang=xx').cur).toBe('<script>');
    expect(parseHash('#cur=%3Cscript%3E&lang=xx').lang).toBe('xx');
    expect(parseHash('#data=').data).toBe('');
    expect(parseHash('#data= shop ').data).toBe(' shop ');
  });

  it('survives a broken escape or a bare name', () => {
    expect(parseHash('#lang=%ZZ&data')).toEqual({ ...NOTHING, lang: '%ZZ', data: '' });
  });
});

describe('rewriting a fragment', () => {
  it.each([
    [
      'a language switch rewrites only `lang`',
      '#period=week&lang=hu',
      { lang: 'fa' },
      '#period=week&lang=fa',
    ],
    ['a set parameter stays in its place', '#data=a&lang=fa', { data: 'b' }, '#data=b&lang=fa'],
    ['a new parameter goes last', '#lang=fa', { data: 'shop' }, '#lang=fa&data=shop'],
    ['a currency is added', '#lang=hu', { cur: 'HUF' }, '#lang=hu&cur=HUF'],
    ['a currency is removed', '#lang=hu&cur=HUF', { cur: null }, '#lang=hu'],
    ['a dataset is forgotten', '#lang=fa&data=shop', { data: null }, '#lang=fa'],
    ['nothing left is no fragment', '#data=shop', { data: null }, ''],
    ['removing what is absent changes nothing', '#lang=el', { nb: null }, '#lang=el'],
    ['undefined leaves a parameter alone', '#lang=el', { lang: undefined }, '#lang=el'],
    [
      'changes apply in their order',
      '',
      { data: 'shop', cur: 'EUR', nb: 'v1.x' },
      '#data=shop&cur=EUR&nb=v1.x',
    ],
    ['values are escaped', '', { data: 'a b&c' }, '#data=a+b%26c'],
  ] as const)('%s', (_, hash, changes, expected) => {
    expect(buildHash(hash, changes)).toBe(expected);
  });

  it('keeps the parameters it does not know', () => {
    expect(buildHash('#period=week&x=1&nb=v1.old', { nb: 'v1.new' })).toBe(
      '#period=week&x=1&nb=v1.new',
    );
  });

  it('reads back what it wrote', () => {
    const written = { nb: 'v1.Zm9v', data: 'https://shop.example/a b.csv', lang: 'fa', cur: 'IRR' };
    expect(parseHash(buildHash('#period=week', written))).toEqual(written);
    expect(parseHash(buildHash(buildHash('', written), { data: null }))).toEqual({
      ...written,
      data: null,
    });
  });
});

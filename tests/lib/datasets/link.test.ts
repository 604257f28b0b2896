// `#data=` in a shared link: a dataset name, or a file on the same site; anything from
// another site is refused before a single request is made.
import { describe, expect, it } from 'vitest';
import { hasDataLink, parseDataLink } from '../../../src/lib/datasets/link';
import { DatasetProblem } from '../../../src/lib/datasets/problem';
import { setLocale } from '../../../src/lib/i18n/translate';
import { problemText } from '../../../src/lib/state/datasets.svelte';

const PAGE = 'https://shop.example/reports/';

function refusal(hash: string): DatasetProblem {
  try {
    parseDataLink(hash, PAGE);
  } catch (e) {
    if (e instanceof DatasetProblem) return e;
    throw e;
  }
  throw new Error(`${hash} was accepted`);
}

describe('the data a link asks for', () => {
  it.each([
    ['', null],
    ['#lang=el', null],
    ['#data=', null],
    ['#data=coffee-shop', { kind: 'name', name: 'coffee-shop' }],
    ['#lang=fa&data=shop.2024', { kind: 'name', name: 'shop.2024' }],
    [
      '#data=datasets/clinic.csv',
      { kind: 'url', url: 'https://shop.example/reports/datasets/clinic.csv' },
    ],
    ['#data=../sample/shop.csv', { kind: 'url', url: 'https://shop.example/sample/shop.csv' }],
    [
      '#data=https%3A%2F%2Fshop.example%2Freports%2Fx.csv',
      { kind: 'url', url: 'https://shop.example/reports/x.csv' },
    ],
    ['#data=/x.csv', { kind: 'url', url: 'https://shop.example/x.csv' }],
  ])('%s → %j', (hash, expected) => {
    expect(parseDataLink(hash, PAGE)).toEqual(expected);
  });

  it.each([
    [
      '#data=https://evil.example/steal.csv',
      'datasets.link.origin',
      { origin: 'https://evil.example' },
    ],
    ['#data=//evil.example/x.csv', 'datasets.link.origin', { origin: 'https://evil.example' }],
    [
      '#data=http://shop.example/reports/x.csv',
      'datasets.link.origin',
      { origin: 'http://shop.example' },
    ],
    ['#data=javascript:alert(1)', 'datasets.link.scheme', { url: '"javascript:alert(1)"' }],
    ['#data=data:text/csv,a', 'datasets.link.scheme', { url: '"data:text/csv,a"' }],
    ['#data=my shop', 'datasets.unknown', { name: 'my shop' }],
  ])('refuses %s', (hash, key, params) => {
    const p = refusal(hash);
    expect(p.key).toBe(key);
    expect(p.params).toEqual(params);
  });

  it('says which site it refused, in words', () => {
    setLocale('en');
    expect(problemText(refusal('#data=https://evil.example/steal.csv'))).toBe(
      'This link asks to load data from https://evil.example, another site. regulars only loads data from the site it is served from, so that nothing you open here talks to anyone else.',
    );
  });

  it('is noticed before anything loads, so a remembered file is not restored over it', () => {
    expect(hasDataLink('#lang=el&data=shop')).toBe(true);
    expect(hasDataLink('#lang=el&data=')).toBe(false);
    expect(hasDataLink('#data=https://evil.example/x.csv')).toBe(true);
  });
});

// The list of datasets a consultant writes by hand: a good one is read as it is; a bad one is
// refused with a message naming the entry and the field, never half-used.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../src/lib/datasets/manifest';
import { DatasetProblem } from '../../../src/lib/datasets/problem';
import { setLocale } from '../../../src/lib/i18n/translate';
import { problemText } from '../../../src/lib/state/datasets.svelte';

const MANIFEST = 'https://shop.example/reports/datasets/index.json';
const read = (datasets: unknown) => parseManifest(JSON.stringify({ datasets }), MANIFEST);

function problem(text: string): DatasetProblem {
  try {
    parseManifest(text, MANIFEST);
  } catch (e) {
    if (e instanceof DatasetProblem) return e;
    throw e;
  }
  throw new Error('the manifest was accepted');
}
const problemOf = (datasets: unknown) => problem(JSON.stringify({ datasets }));

describe('a hosted datasets list', () => {
  it('resolves files against the list, on the same site, and keeps title, description and mapping', () => {
    const [one, two] = read([
      {
        name: 'clinic-2024',
        title: ' Clinic ',
        file: 'clinic.csv',
        mapping: { customer: 'Patient' },
      },
      { name: 'shop', title: 'Shop', file: '../sample/shop.csv', description: 'The sample' },
    ]);
    expect(one).toEqual({
      name: 'clinic-2024',
      title: 'Clinic',
      url: 'https://shop.example/reports/datasets/clinic.csv',
      mapping: { customer: 'Patient' },
    });
    expect(two).toEqual({
      name: 'shop',
      title: 'Shop',
      url: 'https://shop.example/reports/sample/shop.csv',
      description: 'The sample',
    });
  });

  it('reads the list shipped in static/datasets/, and its file is a sample of the site', () => {
    const path = fileURLToPath(new URL('../../../static/datasets/index.json', import.meta.url));
    const datasets = parseManifest(
      readFileSync(path, 'utf8'),
      'http://localhost/datasets/index.json',
    );
    expect(datasets.map((d) => d.url)).toEqual(['http://localhost/sample/shop.csv']);
    expect(datasets[0].mapping?.customer).toBe('Customer Email');
  });

  it.each([
    ['not JSON', '{"datasets": [', 'datasets.bad.json', {}],
    ['no list', '{"data": []}', 'datasets.bad.shape', {}],
    ['a bare list', '[]', 'datasets.bad.shape', {}],
  ])('refuses %s', (_, text, key, params) => {
    const p = problem(text);
    expect(p.key).toBe(key);
    expect(p.params).toEqual(params);
  });

  it.each([
    ['an entry that is not an object', ['shop.csv'], 'datasets.bad.entry', { entry: 1 }],
    [
      'a name a link cannot carry',
      [{ name: 'my shop', title: 'x', file: 'a.csv' }],
      'datasets.bad.name',
      { entry: 1, value: '"my shop"' },
    ],
    ['no title', [{ name: 'a', file: 'a.csv' }], 'datasets.bad.title', { entry: 1 }],
    [
      'a file on another site',
      [{ name: 'a', title: 'A', file: 'https://elsewhere.example/a.csv' }],
      'datasets.bad.file',
      { entry: 1, value: '"https://elsewhere.example/a.csv"' },
    ],
    [
      'a file that is not on the web',
      [{ name: 'a', title: 'A', file: 'javascript:alert(1)' }],
      'datasets.bad.file',
      { entry: 1, value: '"javascript:alert(1)"' },
    ],
    ['no file', [{ name: 'a', title: 'A' }], 'datasets.bad.file', { entry: 1, value: 'nothing' }],
    [
      'a description that is not text',
      [{ name: 'a', title: 'A', file: 'a.csv', description: 3 }],
      'datasets.bad.description',
      { entry: 1 },
    ],
    [
      'the same name twice (the second entry is the mistake)',
      [
        { name: 'a', title: 'A', file: 'a.csv' },
        { name: 'a', title: 'B', file: 'b.csv' },
      ],
      'datasets.bad.duplicate',
      { entry: 2, value: '"a"' },
    ],
  ])('refuses %s, naming the entry', (_, datasets, key, params) => {
    const p = problemOf(datasets);
    expect(p.key).toBe(key);
    expect(p.params).toEqual(params);
  });

  it('refuses a mapping to a role that does not exist, listing the roles', () => {
    const p = problemOf([
      { name: 'a', title: 'A', file: 'a.csv' },
      { name: 'b', title: 'B', file: 'b.csv', mapping: { client: 'Email' } },
    ]);
    expect(p.key).toBe('datasets.bad.mapping');
    expect(p.params).toMatchObject({ entry: 2, value: '{"client":"Email"}' });
    expect(p.params.roles).toContain('customer, date, amount');
  });

  it('says in words which file, which entry and what is wrong', () => {
    setLocale('en');
    const p = problemOf([
      { name: 'a', title: 'A', file: 'a.csv' },
      { name: 'b', file: 'b.csv' },
    ]);
    expect(problemText(p)).toBe(
      'The list of datasets on this site (datasets/index.json) cannot be used: entry 2 needs a "title".',
    );
    setLocale('el');
    expect(problemText(p)).toBe(
      'Η λίστα δεδομένων του ιστότοπου (datasets/index.json) δεν μπορεί να χρησιμοποιηθεί: η καταχώριση 2 χρειάζεται "title".',
    );
    setLocale('en');
  });
});

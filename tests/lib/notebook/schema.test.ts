// Reading a notebook someone else wrote (a link, a file, an old save): valid ones open,
// anything else is refused with the place of the problem, and old versions are upgraded.
import { describe, expect, it } from 'vitest';
import { defaultNotebook, MAX_CELLS, type Notebook } from '../../../src/lib/notebook/model';
import { MAX_TEXT_BYTES, NotebookError, parseNotebook } from '../../../src/lib/notebook/schema';

const valid = (): Notebook => ({
  version: 1,
  cells: [
    { id: 'intro', kind: 'markdown', collapsed: false, text: '# Hello' },
    { id: 'q1', kind: 'sql', collapsed: true, sql: 'SELECT 1', chart: 'bar' },
    { id: 'rfm', kind: 'rfm', collapsed: false },
  ],
  params: {
    period: 'quarter',
    windowMonths: 12,
    overdueFactor: 2.5,
    asOf: '2024-06-30',
    language: 'el',
    mapping: { customer: 'Email', date: 'Created at', amount: 'Total' },
    dateFormats: ['%d/%m/%Y'],
    dataset: 'shop-2024.csv',
  },
});

/** The valid notebook with one value at `path` replaced (undefined deletes it). */
function withValue(path: (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(valid()));
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key];
  const last = path[path.length - 1];
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

const problem = (value: unknown) => {
  try {
    parseNotebook(value);
  } catch (e) {
    if (e instanceof NotebookError) return e.message;
    throw e;
  }
  return 'accepted';
};

describe('a valid notebook', () => {
  it('is read back exactly', () => {
    expect(parseNotebook(valid())).toEqual(valid());
  });

  it('is the default notebook too', () => {
    const notebook = defaultNotebook({ intro: 'Hi' });
    expect(parseNotebook(JSON.parse(JSON.stringify(notebook)))).toEqual(notebook);
  });

  it('may leave out collapsed, the chart, the language, the date formats and the mapping', () => {
    const lean = {
      version: 1,
      cells: [{ id: 'q', kind: 'sql', sql: '' }],
      params: { period: 'month', windowMonths: 6, overdueFactor: 2, asOf: null },
    };
    expect(parseNotebook(lean)).toEqual({
      version: 1,
      cells: [{ id: 'q', kind: 'sql', collapsed: false, sql: '' }],
      params: { period: 'month', windowMonths: 6, overdueFactor: 2, asOf: null, mapping: {} },
    });
  });

  it('carries what a first-order cell splits by, a column name included', () => {
    const notebook = {
      ...valid(),
      cells: [
        { id: 'f1', kind: 'first-order', collapsed: false, by: 'column:Discount Code' },
        { id: 'f2', kind: 'first-order', collapsed: false },
      ],
    };
    expect(parseNotebook(JSON.parse(JSON.stringify(notebook)))).toEqual(notebook);
    expect(problem(withValue(['cells', 2], { id: 'f', kind: 'first-order', by: 3 }))).toBe(
      'cells[2].by: expected text',
    );
  });

  it('loses fields it does not know instead of carrying them along', () => {
    const extra = withValue(['cells', 2, 'script'], '<script>');
    expect(parseNotebook(extra).cells[2]).toEqual({ id: 'rfm', kind: 'rfm', collapsed: false });
  });
});

describe('a broken notebook is refused, naming the place', () => {
  // prettier-ignore
  const table: [string, unknown, string][] = [
    ['not an object', [], 'expected an object'],
    ['no version', withValue(['version'], undefined), 'version: expected a whole number'],
    ['a version from the future', withValue(['version'], 2), 'version: 2 is newer than this site reads (1): open it with a newer copy'],
    ['a version that never existed', withValue(['version'], -1), 'version: unknown version -1'],
    ['cells not a list', withValue(['cells'], {}), 'cells: expected a list'],
    ['a cell that is not an object', withValue(['cells', 1], 'sql'), 'cells[1]: expected an object'],
    ['a cell without an id', withValue(['cells', 0, 'id'], undefined), 'cells[0].id: expected text'],
    ['an id with odd characters', withValue(['cells', 0, 'id'], 'a b'), 'cells[0].id: expected 1 to 40 letters, digits, - or _'],
    ['two cells with one id', withValue(['cells', 2, 'id'], 'intro'), 'cells[2].id: duplicate id "intro"'],
    ['an unknown kind of cell', withValue(['cells', 2, 'kind'], 'python'), 'cells[2].kind: unknown kind "python" (expected one of markdown, sql, summary, cohorts, repeat, products, first-order, rfm, inactivity, predict, pareto, follow-ups)'],
    ['a note without text', withValue(['cells', 0, 'text'], 42), 'cells[0].text: expected text'],
    ['a SQL cell without a query', withValue(['cells', 1, 'sql'], null), 'cells[1].sql: expected text'],
    ['an unknown chart', withValue(['cells', 1, 'chart'], 'pie'), 'cells[1].chart: unknown chart "pie" (expected one of auto, table, line, bar)'],
    ['collapsed not true or false', withValue(['cells', 2, 'collapsed'], 'yes'), 'cells[2].collapsed: expected true or false'],
    ['no parameters', withValue(['params'], undefined), 'params: expected an object'],
    ['an unknown period', withValue(['params', 'period'], 'year'), 'params.period: unknown period "year" (expected one of month, week, quarter)'],
    ['a window of zero months', withValue(['params', 'windowMonths'], 0), 'params.windowMonths: expected a whole number from 1 to 120'],
    ['a window of half a month', withValue(['params', 'windowMonths'], 0.5), 'params.windowMonths: expected a whole number from 1 to 120'],
    ['a negative overdue factor', withValue(['params', 'overdueFactor'], -1), 'params.overdueFactor: expected a number above 0'],
    ['an as-of date that does not exist', withValue(['params', 'asOf'], '2023-02-30'), 'params.asOf: expected a date (YYYY-MM-DD) or null'],
    ['an as-of date in another format', withValue(['params', 'asOf'], '30/06/2024'), 'params.asOf: expected a date (YYYY-MM-DD) or null'],
    ['a language that is not a tag', withValue(['params', 'language'], '"><x'), 'params.language: expected a language tag, not ""><x"'],
    ['a mapping that is not an object', withValue(['params', 'mapping'], 'Email'), 'params.mapping: expected an object'],
    ['a mapping to an unknown role', withValue(['params', 'mapping', 'password'], 'x'), 'params.mapping.password: unknown role "password"'],
    ['a mapping to a number', withValue(['params', 'mapping', 'customer'], 7), 'params.mapping.customer: expected text'],
    ['a column name of a novel\'s length', withValue(['params', 'mapping', 'customer'], 'x'.repeat(501)), 'params.mapping.customer: column name too long (at most 500 characters)'],
    ['a dataset name that is a path', withValue(['params', 'dataset'], '../secret'), 'params.dataset: expected a dataset name (letters, digits, -, _ and .), not "../secret"'],
    ['a dataset name that is a URL', withValue(['params', 'dataset'], 'http://x/y.csv'), 'params.dataset: expected a dataset name'],
    ['date formats not a list', withValue(['params', 'dateFormats'], '%d'), 'params.dateFormats: expected a list'],
    ['a date format we do not know (it would reach SQL)', withValue(['params', 'dateFormats', 0], "%d'); DROP"), `params.dateFormats[0]: unknown date format "%d'); DROP" (expected one of`],
  ];
  it.each(table)('%s', (_, value, message) => {
    expect(problem(value).startsWith(message), problem(value)).toBe(true);
  });

  it('says where the problem is as a path', () => {
    try {
      parseNotebook(withValue(['cells', 1, 'sql'], 1));
    } catch (e) {
      expect((e as NotebookError).path).toBe('cells[1].sql');
    }
    expect.assertions(1);
  });
});

describe('an oversized notebook', () => {
  it(`is refused beyond ${MAX_CELLS} cells`, () => {
    const cells = Array.from({ length: MAX_CELLS + 1 }, (_, i) => ({
      id: `c${i}`,
      kind: 'rfm',
      collapsed: false,
    }));
    expect(problem({ ...valid(), cells })).toBe('cells: too many cells: 201 (at most 200)');
  });

  it('is refused beyond 100 kB of notes and queries', () => {
    const big = withValue(['cells', 0, 'text'], 'é'.repeat(MAX_TEXT_BYTES / 2));
    expect(problem(big)).toBe('cells: too much text: 101 kB (at most 100 kB)');
  });

  it('is accepted right up to the limit', () => {
    const cells = [{ id: 'n', kind: 'markdown', text: 'x'.repeat(MAX_TEXT_BYTES) }];
    expect(problem({ ...valid(), cells })).toBe('accepted');
  });
});

describe('a notebook saved by the first version', () => {
  const v0 = {
    version: 0,
    settings: { period: 'week', window: 3, factor: 3, asOf: '2024-01-31' },
    columns: { customer: 'Client', date: 'Date', amount: 'Sum' },
    cells: [
      { type: 'note', source: 'My shop' },
      { type: 'analysis', name: 'cohorts', hidden: true },
      { type: 'query', source: 'SELECT count(*) FROM orders' },
    ],
  };

  it('opens with its cells, parameters and mapping', () => {
    expect(parseNotebook(v0)).toEqual({
      version: 1,
      cells: [
        { id: 'c0', kind: 'markdown', collapsed: false, text: 'My shop' },
        { id: 'c1', kind: 'cohorts', collapsed: true },
        { id: 'c2', kind: 'sql', collapsed: false, sql: 'SELECT count(*) FROM orders' },
      ],
      params: {
        period: 'week',
        windowMonths: 3,
        overdueFactor: 3,
        asOf: '2024-01-31',
        mapping: { customer: 'Client', date: 'Date', amount: 'Sum' },
      },
    });
  });

  it('takes the defaults for settings it did not have', () => {
    const { params } = parseNotebook({ version: 0, cells: [] });
    expect(params).toEqual({
      period: 'month',
      windowMonths: 6,
      overdueFactor: 2,
      asOf: null,
      mapping: {},
    });
  });

  it('is still checked after the upgrade, naming the field as it is now', () => {
    const broken = { ...v0, cells: [{ type: 'chart', source: '' }] };
    expect(problem(broken)).toMatch(/^cells\[0\]\.kind: unknown kind "chart"/);
  });
});

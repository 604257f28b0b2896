// The currency money is shown in: the file's own, when its currency column names one.
import { describe, expect, it } from 'vitest';
import { runSummary } from '../../../src/lib/analyses/summary/run';
import { fileCurrency, isoCurrency } from '../../../src/lib/import/currency';
import { buildReport } from '../../../src/lib/report/report';
import { fixture, load, loadText } from '../../helpers/db';

describe('a currency cell read as an ISO code', () => {
  // prettier-ignore
  const table: [string | null, string | null][] = [
    ['EUR', 'EUR'], ['eur', 'EUR'], [' USD ', 'USD'], ['€', 'EUR'], ['lei', 'RON'], ['Lei', 'RON'],
    ['Ft', 'HUF'], ['Ft.', 'HUF'], ['ریال', 'IRR'], ['Ευρώ', 'EUR'],
    ['$', null], // dollars of which country?
    ['تومان', null], // the toman is no ISO currency
    ['XYZ', null], // three letters, but no currency
    ['', null], [null, null],
  ];
  it.each(table)('%s is %s', (text, code) => expect(isoCurrency(text)).toBe(code));

  it('a file is in a currency only when its column names exactly one', () => {
    expect(fileCurrency(1, 'EUR')).toBe('EUR');
    expect(fileCurrency(2, 'EUR')).toBeNull();
    expect(fileCurrency(0, null)).toBeNull();
  });
});

describe('the summary says which currencies the file names', () => {
  // Rows 1–3 name euros (row 2 leaves the cell empty: not a second currency); the other file
  // mixes euros and dollars: 2 currencies, the first in sort order is EUR.
  it('one currency, empty cells aside', async () => {
    const t = await loadText(
      'customer,date,amount,currency\na,2024-01-02,10,EUR\nb,2024-01-03,5,\na,2024-02-01,7, EUR\n',
    );
    const summary = await runSummary(t.db, '2024-02-02');
    expect([summary.currencies, summary.currency]).toEqual([1, 'EUR']);
    t.db.close();
  });

  it('two currencies', async () => {
    const t = await loadText(
      'customer,date,amount,currency\na,2024-01-02,10,USD\nb,2024-01-03,5,EUR\n',
    );
    const summary = await runSummary(t.db, '2024-01-04');
    expect([summary.currencies, summary.currency]).toEqual([2, 'EUR']);
    t.db.close();
  });

  it('a Shopify export is in the currency of its Currency column, and the report has no such key', async () => {
    const t = await load(fixture('import/shopify-orders.csv'));
    const summary = await runSummary(t.db, '2024-12-31');
    expect(fileCurrency(summary.currencies, summary.currency)).toBe('USD');
    const report = await buildReport(t.db, { mapping: t.plan.mapping, period: 'month' });
    expect(Object.keys(report.summary)).not.toContain('currency');
    expect(Object.keys(report.summary)).not.toContain('currencies');
    t.db.close();
  });
});

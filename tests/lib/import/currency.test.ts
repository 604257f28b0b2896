// The currency money is shown in: the file's own, when its currency column names one.
import { describe, expect, it } from 'vitest';
import { runSummary } from '../../../src/lib/analyses/summary/run';
import { fileURLToPath } from 'node:url';
import { openNodeDatabase } from '../../../src/cli/node-db';
import { ingestPath } from '../../../src/cli/input';
import {
  fileCurrency,
  headerCurrency,
  isoCurrency,
  moneyCurrency,
} from '../../../src/lib/import/currency';
import { inspectAndPlan } from '../../../src/lib/import/prepare';
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

describe('the currency the amounts show', () => {
  // One line a till or a shop export: the amount column's header, a few of its cells, and the
  // currency a shop owner reads in them (null: the amounts say no one currency).
  // prettier-ignore
  const table: [string, string, (string | null)[], string | null][] = [
    ['a Hungarian furniture store writes forints', 'Összeg', ['289 900 Ft', '2 084,34 Ft', null], 'HUF'],
    ['a Romanian shop writes lei', 'Sumă', ['12,50 lei', '249,00 Lei'], 'RON'],
    ['a Greek taverna writes the euro after the amount', 'Σύνολο', ['60,50 €', '1.234,56 €'], 'EUR'],
    ['a euro sign before the amount', 'Total', ['€1.234,56', '€12'], 'EUR'],
    ['a code after the amount', 'Total', ['12.00 EUR', '7.50 eur'], 'EUR'],
    ['a rial price in Persian digits', 'مبلغ', ['۱۲۰٬۰۰۰ ریال'], 'IRR'],
    ['a header with the euro sign', 'Σύνολο (€)', ['60,50', '12'], 'EUR'],
    ['a header with a code in brackets', 'Total (EUR)', ['60.50'], 'EUR'],
    ['a header with forints', 'Összeg (Ft)', ['289 900'], 'HUF'],
    ['a header with lei', 'Sumă (lei)', ['39,90'], 'RON'],
    ['a header with a code after a space', 'Amount USD', ['74.69'], 'USD'],
    ['dollars in a header that says which', 'Amount (USD)', ['$74.69'], 'USD'],
    ['plain numbers say nothing', 'Total', ['60,50', '1.234,56', '-3'], null],
    ['a bare dollar: of which country?', 'Total', ['$74.69'], null],
    ['the toman is no ISO currency', 'قیمت', ['۱۲۰٬۰۰۰ تومان'], null],
    ['kronor of which country?', 'Belopp', ['120 kr'], null],
    ['euros and lei mixed: no guess', 'Total', ['12 €', '12 lei'], null],
    ['a header in euros over cells in forints: no guess', 'Total (EUR)', ['12 Ft'], null],
    ['a lower-case word is no code', 'Total all', ['12'], null],
    ['text without digits is not an amount', 'Total', ['n/a', '12 €'], 'EUR'],
  ];
  it.each(table)('%s', (_, name, values, code) =>
    expect(moneyCurrency([{ name, values }])).toBe(code),
  );

  it('the amount and the unit price must agree', () => {
    const price = { name: 'Unit price', values: ['12,50 lei'] };
    expect(moneyCurrency([price, { name: 'Total', values: ['25,00 lei'] }])).toBe('RON');
    expect(moneyCurrency([price, { name: 'Total (€)', values: ['25,00'] }])).toBeNull();
    expect(moneyCurrency([])).toBeNull();
  });

  it('a header names at most one currency', () => {
    expect(headerCurrency('Total EUR/USD')).toBeNull();
    expect(headerCurrency('Preț unitar')).toBeNull();
    expect(headerCurrency('Price [€]')).toBe('EUR');
  });
});

describe('the shipped samples show the currency a reader expects', () => {
  const sample = (name: string) =>
    fileURLToPath(new URL(`../../../static/sample/${name}`, import.meta.url));
  // Only the furniture store and the taverna write a currency; the others write plain numbers
  // ("ulei", oil, in the Romanian product names is no leu).
  // prettier-ignore
  const table: [string, string | undefined][] = [
    ['butorbolt.csv', 'HUF'], ['taverna.csv', 'EUR'], ['magazin-online.csv', undefined],
    ['shop.csv', undefined], ['ketabforushi.csv', undefined],
  ];
  it.each(table)('%s shows %s', async (name, code) => {
    const db = await openNodeDatabase({ threads: 1 });
    try {
      await ingestPath(db, sample(name));
      const { plan } = await inspectAndPlan(db);
      expect(plan.currency).toBe(code);
    } finally {
      db.close();
    }
  });
});

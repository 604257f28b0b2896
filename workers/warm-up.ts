// The engine compiles its code lazily: the first CSV read, date parse, window or join of a
// fresh engine costs a second or more of compiling (measured: the first sniff of a file took
// 1.0 s of CPU, the same sniff again 0.3 s). So the worker runs the import and the analyses
// once on a small made-up export right after it starts, while the user picks a file, in a
// database of its own that is dropped afterwards.
import { canonicalSql } from '../src/lib/import/canonical';
import { dateFormatCountsSql } from '../src/lib/import/values';
import { readCsvSql, SAMPLE } from '../src/lib/import/ingest';
import type { ImportPlan } from '../src/lib/import/plan';
import { cohortSql } from '../src/lib/analyses/cohorts/sql';
import { customerDaysSql, customerSummarySql } from '../src/lib/analyses/customers/sql';
import { comparisonSql } from '../src/lib/analyses/inactivity/sql';
import { paretoSummarySql } from '../src/lib/analyses/pareto/sql';
import { DEFAULT_WITHIN_DAYS, withinSql } from '../src/lib/analyses/repeat/sql';
import { segmentsSql } from '../src/lib/analyses/rfm/sql';
import { summarySql } from '../src/lib/analyses/summary/sql';
import { ident } from '../src/lib/sql/quote';

export const WARM_UP_DATABASE = 'regulars_warm_up';

const COLUMNS = ['Invoice', 'Customer ID', 'InvoiceDate', 'Quantity', 'Price', 'Country'];

/** An export of 3,000 order lines: 400 customers over a year, two lines an invoice. */
export function warmUpCsv(): string {
  const lines = [COLUMNS.join(',')];
  for (let i = 0; i < 3000; i++) {
    const day = new Date(Date.UTC(2023, 0, 1) + ((i * 7919) % 365) * 86_400_000);
    const when = `${day.toISOString().slice(0, 10)} ${String(i % 24).padStart(2, '0')}:15:00`;
    const price = ((i * 37) % 2000) / 100 + 0.5;
    lines.push(
      `${500_000 + (i >> 1)},${10_000 + ((i * 13) % 400)},${when},${(i % 5) + 1},${price.toFixed(2)},${['Greece', 'Hungary', 'Romania'][i % 3]}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** The statements to run, in the warm-up database, on the file registered as `file`. */
export function warmUpSql(file: string): string[] {
  const plan: ImportPlan = {
    mapping: {
      order: 'Invoice',
      customer: 'Customer ID',
      date: 'InvoiceDate',
      quantity: 'Quantity',
      unit_price: 'Price',
      country: 'Country',
    },
    dateFormats: ['%Y-%m-%d %H:%M:%S'],
    decimals: { quantity: '.', unit_price: '.' },
    fillWithinOrder: false,
  };
  const columns = Object.fromEntries(COLUMNS.map((c) => [c, c]));
  const asOf = '2024-01-01';
  return [
    readCsvSql(file),
    dateFormatCountsSql(SAMPLE, ident('InvoiceDate')),
    ...canonicalSql(plan, { kind: 'file', input: file, options: {}, columns }),
    summarySql(asOf),
    customerDaysSql(asOf),
    customerSummarySql(asOf),
    cohortSql('month', asOf),
    segmentsSql,
    comparisonSql(asOf, 6),
    paretoSummarySql,
    withinSql(asOf, DEFAULT_WITHIN_DAYS),
  ];
}

// The published CDNOW summaries (Fader, Hardie and Lee's 2,357-customer sample; time in weeks,
// 39-week calibration), as the models take them.
import { readFileSync } from 'node:fs';
import { sharedData } from '../../../helpers/db';

function rows(name: string): number[][] {
  const text = readFileSync(sharedData(`cdnow/${name}`), 'utf8');
  return text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',').map(Number));
}

/** cdnow_customers_summary.csv: ID, frequency (x), recency (t_x), T. */
export const cdnowHistories = () =>
  rows('cdnow_customers_summary.csv').map(([, x, t_x, T]) => ({ x, t_x, T }));

/** cdnow_customers_summary_with_transactions.csv, repeat customers: x and zbar. */
export const cdnowSpend = () =>
  rows('cdnow_customers_summary_with_transactions.csv')
    .filter(([, x]) => x > 0)
    .map(([, x, , , zbar]) => ({ x, zbar }));

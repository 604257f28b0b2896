// The sample of each language: what "Try with sample data" opens. Each one is written the way
// local software writes it, and the importer must read every row of it without help.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultAsOf } from '../../src/lib/analyses/asof';
import { runSummary } from '../../src/lib/analyses/summary/run';
import { LANGUAGES } from '../../src/lib/i18n/languages';
import { SAMPLE_FILES } from '../../src/lib/sample/files';
import { SAMPLES } from '../../src/lib/sample/samples';
import { formatAmount, persianDigits } from '../../src/lib/sample/write';
import { load, type Loaded } from '../helpers/db';

const shipped = (file: string) => fileURLToPath(new URL(`../../static/${file}`, import.meta.url));

describe('number styles of the sample writers', () => {
  it.each([
    [1234.5, { group: '.', decimal: ',', fractionDigits: 2 }, '1.234,50'],
    [-289900, { group: ' ', decimal: ',', fractionDigits: 0 }, '-289 900'],
    [1199, { group: '.', decimal: ',', fractionDigits: 2 }, '1.199,00'],
    [999, { group: '٬', decimal: '٫', fractionDigits: 0 }, '999'],
    [1450000, { group: '٬', decimal: '٫', fractionDigits: 0 }, '1٬450٬000'],
  ])('writes %s as %s', (value, style, text) => {
    expect(formatAmount(value, style)).toBe(text);
  });

  it('writes Persian digits', () => {
    expect(persianDigits('1402/07/15')).toBe('۱۴۰۲/۰۷/۱۵');
  });
});

const EXPECTED_MAPPING: Record<string, Record<string, string>> = {
  el: { customer: 'Πελάτης', date: 'Ημερομηνία', amount: 'Σύνολο', order: 'Αρ. απόδειξης' },
  ro: {
    customer: 'Email client',
    date: 'Data comenzii',
    order: 'Număr comandă',
    quantity: 'Cantitate',
    unit_price: 'Preț unitar',
    product: 'Produs',
  },
  hu: {
    customer: 'Vevő neve',
    date: 'Rendelés dátuma',
    order: 'Rendelésszám',
    amount: 'Összeg',
    product: 'Termék',
  },
  fa: {
    customer: 'نام مشتری',
    date: 'تاریخ',
    order: 'شماره فاکتور',
    quantity: 'تعداد',
    unit_price: 'قیمت واحد',
    product: 'نام کالا',
  },
};

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the %s sample', (language) => {
  const sample = SAMPLES[language];
  const csv = sample.csv();
  let t: Loaded | undefined;
  afterAll(() => t?.db.close());

  it('is the file shipped in static/ (run `npm run sample` after changing a generator)', () => {
    expect(readFileSync(shipped(sample.file), 'utf8')).toBe(csv);
  });

  it('is the same for the same seed and small enough to ship', () => {
    expect(sample.csv()).toBe(csv);
    const lines = csv.split('\n').length - 1;
    expect(lines).toBeGreaterThan(1000);
    expect(lines).toBeLessThan(8000);
  });

  it('imports every row with its columns guessed from the local header names', async () => {
    t = await load(shipped(sample.file));
    expect(t.plan.mapping).toEqual(EXPECTED_MAPPING[language]);
    const asOf = (await defaultAsOf(t.db)) as string;
    const summary = await runSummary(t.db, asOf);
    expect(summary.rows).toBe(csv.split('\n').length - 2);
    expect(summary.skipped_rows).toBe(0);
    // Every generated customer makes a first purchase; the start page says how many.
    expect(summary.customers).toBe(sample.profile.customers);
    expect(SAMPLE_FILES[language].customers).toBe(summary.customers);
  });
});

describe('the furniture store', () => {
  it('has long purchase cycles: few customers come back within 90 days', async () => {
    const { buildReport } = await import('../../src/lib/report/report');
    const t = await load(shipped(SAMPLES.hu.file));
    try {
      const report = await buildReport(t.db, { period: 'month', mapping: t.plan.mapping });
      const within = (days: number) => report.repeat.within.find((w) => w.days === days);
      const share = (days: number) => (within(days)?.returned ?? 0) / (within(days)?.eligible ?? 1);
      expect(share(90)).toBeLessThan(0.1);
      expect(report.repeat.median_days_to_second).toBeGreaterThan(180);
    } finally {
      t.db.close();
    }
  });
});

// The command line as a consultant uses it: one JSON document on stdout, or one line on stderr.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, root } from '../helpers/cli';
import { fixture } from '../helpers/db';

function tempFile(name: string, text: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'regulars-cli-')), name);
  writeFileSync(path, text);
  return path;
}

const stderrLines = (stderr: string) => stderr.split('\n').filter((line) => line !== '');

describe('npm run analyze', () => {
  it('runs built, printing only the report on stdout', () => {
    const run = spawnSync('npm', ['run', '--silent', 'analyze', '--', fixture('vip-shop.csv')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' },
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).summary.rows).toBe(10);
  });

  it('prints one JSON report with every section of the contract', () => {
    const { code, stdout, stderr } = analyze(fixture('lapsed-regulars.csv'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual([
      'summary',
      'cohorts',
      'rfm',
      'inactivity',
      'pareto',
      'repeat',
    ]);
    expect(Object.keys(report.summary)).toEqual(
      expect.arrayContaining([
        'rows',
        'skipped_rows',
        'orders',
        'purchases',
        'customers',
        'revenue',
        'first_purchase',
        'last_purchase',
        'as_of',
        'mapping',
      ]),
    );
    expect(report.cohorts).toMatchObject({ period: 'month' });
    expect(Object.keys(report.cohorts.rows[0])).toEqual(
      expect.arrayContaining(['cohort', 'active', 'revenue']),
    );
    expect(report.rfm.segments).toHaveLength(10);
    expect(report.rfm.segments[0]).toMatchObject({ name: 'Champions' });
    expect(Object.keys(report.rfm.segments[0])).toEqual(
      expect.arrayContaining(['name', 'customers', 'revenue']),
    );
    expect(report.inactivity).toMatchObject({
      window_months: 6,
      active: { customers: 3, revenue: 190 },
      lapsed: { customers: 3, revenue: 2500 },
      overdue: { customers: 1 },
    });
    expect(report.pareto).toMatchObject({
      top20_revenue_share: expect.any(Number),
      customer_share_for_80pct: expect.any(Number),
    });
    expect(report.repeat.within.map((w: { days: number }) => w.days)).toEqual([30, 60, 90, 180]);
    expect(Object.keys(report.repeat.within[0])).toEqual(
      expect.arrayContaining(['days', 'eligible', 'returned']),
    );
    expect(report.repeat).toHaveProperty('median_days_to_second');
  });

  it('adds second purchase by month, the open windows and, with products, what regulars buy', () => {
    // The figures are worked out by hand in tests/lib/analyses/{repeat,products}.test.ts.
    const { code, stdout } = analyze(fixture('regulars-buy.csv'), '--as-of', '2024-07-01');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual([
      'summary',
      'cohorts',
      'rfm',
      'inactivity',
      'pareto',
      'repeat',
      'products',
    ]);
    // Still in their 30-day window: eve and gus.
    expect(report.repeat.in_window).toEqual({ days: 30, customers: 2 });
    // dan, first purchase 2023-07-01, came back after 31 days.
    expect(report.repeat.by_cohort[1]).toEqual({
      cohort: '2023-07',
      customers: 1,
      within: [30, 60, 90, 180].map((days) => ({
        days,
        eligible: 1,
        returned: days === 30 ? 0 : 1,
        share: days === 30 ? 0 : 1,
      })),
    });
    const all = report.products.groups[0];
    expect(all.key).toBe('all');
    expect(all.by_revenue.map((p: { product: string }) => p.product)).toEqual([
      'coffee',
      'tea',
      'mug',
    ]);
    expect(report.products.lines_without_product).toBe(3);
  });

  it('leaves what regulars buy out when the file has no product column', () => {
    const { stdout } = analyze(fixture('lapsed-regulars.csv'));
    expect(JSON.parse(stdout)).not.toHaveProperty('products');
  });

  it('passes --window-months and --overdue-factor to the inactivity section', () => {
    const { code, stdout } = analyze(
      fixture('lapsed-regulars.csv'),
      '--window-months',
      '1',
      '--overdue-factor',
      '1',
    );
    expect(code).toBe(0);
    const { inactivity } = JSON.parse(stdout);
    expect(inactivity).toMatchObject({
      window_months: 1,
      cutoff: '2024-07-31',
      active: { customers: 2 },
      overdue: { factor: 1, customers: 2 },
    });
  });

  // Bytes from a fixed seed: the same "random" file on every run.
  const noise = (length: number) => {
    let seed = 7;
    return Uint8Array.from({ length }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 24;
    });
  };

  it.each([
    ['an empty file', () => tempFile('empty.csv', ''), /the file is empty/],
    ['a missing file', () => join(tmpdir(), 'regulars-no-such-file.csv'), /no such file/],
    [
      'a file with no date column',
      () => tempFile('no-date.csv', 'customer,amount\nann,10\n'),
      /no date column found among "customer", "amount": .*--map date=COLUMN/,
    ],
    [
      'a header without rows',
      () => tempFile('header.csv', 'customer,date,amount\n'),
      /header but no data rows/,
    ],
    ['random bytes', () => tempFile('random.bin', noise(4096)), /not look like a text \(CSV\)/],
    [
      'a text file named .gz',
      () => fixture('import/not-gzip.csv.gz'),
      /named \.gz but is not gzip-compressed/,
    ],
    [
      'a file of one 10 MB line',
      () => tempFile('one-line.csv', 'a,'.repeat(5 * 1024 * 1024)),
      /line 1 is longer than 2 MB/,
    ],
    ['a file of only blank lines', () => fixture('import/blank-lines.csv'), /only blank lines/],
  ])('fails on %s with one line on stderr that says what is wrong', (_name, make, says) => {
    const { code, stdout, stderr } = analyze(make());
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    const lines = stderrLines(stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^regulars: /);
    expect(lines[0]).toMatch(says);
    // Never the CSV reader's own words.
    expect(lines[0]).not.toMatch(/(IO|Input|Parameter Not Allowed) Error|CSV Error on Line/);
  });

  it('reads valid UTF-8 that contains U+FFFD as text', () => {
    const { code, stdout } = analyze(fixture('import/replacement-char.csv'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary).toMatchObject({ rows: 3, customers: 2, revenue: 35 });
  });

  it('reads a Greek Windows-1253 file, and another encoding with --encoding', () => {
    const greek = analyze(fixture('import/el-windows-1253.csv'));
    expect(greek.code).toBe(0);
    // 1,234.56 + 12 + 45.50 + 8.90 over Γιώργος, Μαρία and Ελένη.
    expect(JSON.parse(greek.stdout).summary).toMatchObject({
      customers: 3,
      revenue: 1300.96,
      mapping: { customer: 'Πελάτης', date: 'Ημερομηνία', amount: 'Σύνολο' },
    });
    // Read as Western European, the header is other letters and no column is a customer.
    const western = analyze(fixture('import/el-windows-1253.csv'), '--encoding', 'windows-1252');
    expect(western.code).toBe(1);
    expect(western.stderr).toMatch(/no customer .* column found among "ÐåëÜôçò"/);
  });

  it('reads the first sheet of an .xlsx workbook, or the one --sheet names', () => {
    const orders = analyze(fixture('import/orders.xlsx'));
    // 30.50 + 12 + 20.25 + 100 over anna, bob and carla.
    expect(JSON.parse(orders.stdout).summary).toMatchObject({ customers: 3, revenue: 162.75 });
    // The second sheet: anna -5 (a return) and dan 40.
    const returns = analyze(fixture('import/orders.xlsx'), '--sheet', 'Returns');
    expect(returns.code).toBe(0);
    expect(JSON.parse(returns.stdout).summary).toMatchObject({
      rows: 2,
      customers: 1,
      revenue: 35,
    });
    expect(analyze(fixture('x.csv'), '--encoding', 'ebcdic').stderr).toMatch(
      /invalid --encoding ebcdic/,
    );
  });
});

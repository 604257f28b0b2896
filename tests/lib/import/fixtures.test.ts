// Every format of issue 3, one small fixture each, with the orders worked out by hand.
import { describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/cli/node-db';
import { ingestFile } from '../../../src/lib/import/ingest';
import { applyPlan, ImportError, inspectAndPlan } from '../../../src/lib/import/prepare';
import { rowsOf } from '../../../src/lib/sql/executor';
import type { SourceInfo, SourceOptions } from '../../../src/lib/import/source';
import { importFile, importFixture } from './load';

interface Case {
  file: string;
  what: string;
  mapping?: Record<string, string>;
  /** How the file must have been read (encoding used, or sheet); `options` as a user chose. */
  read?: SourceInfo;
  options?: SourceOptions;
  preset?: string;
  counts: { rows: number; used: number; skipped: number };
  orders: [string, string, number][];
}

const cases: Case[] = [
  {
    file: 'shopify-orders.csv',
    what: 'Shopify: total once per order, refunded order is 0, voided and email-less rows skipped',
    preset: 'shopify-orders',
    counts: { rows: 7, used: 5, skipped: 2 },
    orders: [
      ['ann@example.com', '2024-01-05', 30],
      ['bob@example.com', '2024-01-06', 0],
      ['ann@example.com', '2024-02-01', 70],
    ],
  },
  {
    file: 'stripe-payments.csv',
    what: 'Stripe: failed charge skipped, refunds subtracted',
    preset: 'stripe-payments',
    counts: { rows: 4, used: 3, skipped: 1 },
    orders: [
      ['cus_A', '2024-03-01', 20],
      ['cus_B', '2024-03-03', 0],
      ['cus_B', '2024-03-20', 25],
    ],
  },
  {
    file: 'hu-forint.csv',
    what: 'Hungarian headers, yyyy.mm.dd. dates, "12 345 Ft" amounts',
    counts: { rows: 3, used: 3, skipped: 0 },
    orders: [
      ['Kovács Anna', '2024-01-15', 12345],
      ['Nagy Béla', '2024-01-20', 1000],
      ['Kovács Anna', '2024-03-02', 2500.5],
    ],
  },
  {
    file: 'el-euro.csv',
    what: 'Greek headers, d/m/Y, "€1.234,56" and "(€4,56)" as negative',
    counts: { rows: 3, used: 3, skipped: 0 },
    orders: [
      ['Γιώργος', '2024-01-25', 1234.56],
      ['Μαρία', '2024-02-03', 12],
      ['Γιώργος', '2024-02-14', -4.56],
    ],
  },
  {
    file: 'ro-lei.csv',
    what: 'Romanian headers, d.m.Y, "1.234,56 lei"',
    counts: { rows: 3, used: 3, skipped: 0 },
    orders: [
      ['Ion', '2024-01-15', 1234.56],
      ['Maria', '2024-01-20', 99.9],
      ['Ion', '2024-02-05', 10],
    ],
  },
  {
    file: 'fa-jalali.csv',
    what: 'Persian headers, Jalali dates in Persian and Latin digits, ۱۲۳٬۴۵۶',
    counts: { rows: 3, used: 3, skipped: 0 },
    orders: [
      ['علی', '2023-10-07', 123456],
      ['زهرا', '2023-10-08', 50000],
      ['علی', '2024-03-19', 100000],
    ],
  },
  {
    file: 'values-only.csv',
    what: 'a column of emails is the customer, a column of timestamps the date',
    counts: { rows: 3, used: 3, skipped: 0 },
    orders: [
      ['ann@example.com', '2024-05-01', 10],
      ['bob@example.com', '2024-05-02', 20],
      ['ann@example.com', '2024-06-01', 5],
    ],
  },
  {
    file: 'epochs.csv',
    what: 'Unix epoch seconds',
    counts: { rows: 2, used: 2, skipped: 0 },
    orders: [
      ['a', '2024-01-01', 10],
      ['b', '2024-02-01', 20],
    ],
  },
  {
    file: 'excel-serials.csv',
    what: 'Excel serial day numbers',
    counts: { rows: 2, used: 2, skipped: 0 },
    orders: [
      ['a', '2024-01-01', 10],
      ['b', '2024-02-01', 20],
    ],
  },
  {
    file: 'r-na-mixed.csv',
    what: 'R export: NA customer skipped, 4- and 2-digit years mixed, C invoice negative',
    preset: 'uci-online-retail',
    counts: { rows: 3, used: 2, skipped: 1 },
    orders: [
      ['17850', '2010-12-06', 15.3],
      ['17850', '2011-02-21', -2.55],
    ],
  },
  {
    file: 'whitespace.txt',
    what: 'whitespace-aligned columns (CDNOW) are split',
    counts: { rows: 3, used: 3, skipped: 0 },
    orders: [
      ['00001', '1997-01-01', 11.77],
      ['00002', '1997-01-12', 12],
      ['00001', '1997-02-15', 77],
    ],
  },
  {
    file: 'utf16.csv',
    what: 'UTF-16 text',
    counts: { rows: 2, used: 2, skipped: 0 },
    orders: [
      ['álmos', '2024-01-05', 10],
      ['béla', '2024-02-01', 20],
    ],
  },
  {
    file: 'latin1.csv',
    what: 'Latin-1 text',
    counts: { rows: 3, used: 3, skipped: 0 },
    orders: [
      ['álmos', '2024-01-05', 10],
      ['béla', '2024-02-01', 20],
      ['Cécile', '2024-02-03', 5],
    ],
  },
  {
    file: 'woocommerce-orders.csv',
    what: 'WooCommerce: cancelled and failed skipped, refunded order 0, partial refund subtracted, guests by email',
    preset: 'woocommerce-orders',
    // 8 orders: 1003 cancelled and 1005 failed are skipped; 1004 refunded 60 - 60 = 0;
    // 1006 completed with 20 of 80 refunded = 60. Guests (Customer User 0) stay apart.
    counts: { rows: 8, used: 6, skipped: 2 },
    orders: [
      ['eleni@example.com', '2024-03-01', 49.2],
      ['andrei@example.com', '2024-03-02', 25],
      ['eleni@example.com', '2024-03-09', 0],
      ['eleni@example.com', '2024-04-02', 60],
      ['andrei@example.com', '2024-04-03', 35.5],
      ['maria@example.com', '2024-04-05', 12],
    ],
  },
  {
    file: 'square-transactions.csv',
    what: 'Square: walk-in sale without customer skipped, refund row cancels its payment',
    preset: 'square-transactions',
    // Total Collected: $11.22, $14.96, $5.40 for CUST_A1; T3ccQ3 $19.44 paid then -$19.44
    // refunded the next week = 0, dated at the payment (the earliest row of the order).
    counts: { rows: 6, used: 5, skipped: 1 },
    orders: [
      ['CUST_A1', '2024-05-02', 11.22],
      ['CUST_B2', '2024-05-09', 0],
      ['CUST_A1', '2024-05-16', 14.96],
      ['CUST_A1', '2024-06-03', 5.4],
    ],
  },
  {
    file: 'el-windows-1253.csv',
    what: 'Greek in Windows-1253, with "1.234,56 €" and d/m/Y',
    read: { kind: 'text', encoding: 'windows-1253', detected: 'windows-1253' },
    // 1234.56 + 12 + 45.50 + 8.90 = 1300.96 over 3 customers.
    counts: { rows: 4, used: 4, skipped: 0 },
    orders: [
      ['Γιώργος Παπαδόπουλος', '2024-01-25', 1234.56],
      ['Μαρία Οικονόμου', '2024-02-03', 12],
      ['Γιώργος Παπαδόπουλος', '2024-02-14', 45.5],
      ['Ελένη Δημητρίου', '2024-02-15', 8.9],
    ],
  },
  {
    file: 'ro-windows-1250.csv',
    what: 'Romanian in Windows-1250 (ş, ţ, ă), header "Dată comandă"',
    read: { kind: 'text', encoding: 'windows-1250', detected: 'windows-1250' },
    counts: { rows: 3, used: 3, skipped: 0 },
    orders: [
      ['Ştefan Ţurcanu', '2024-01-15', 1234.56],
      ['Ioana Mureşan', '2024-01-20', 99.9],
      ['Ştefan Ţurcanu', '2024-02-05', 10],
    ],
  },
  {
    file: 'hu-iso-8859-2.csv',
    what: 'Hungarian in ISO-8859-2 (ő, ű read as in Windows-1250, which is detected)',
    read: { kind: 'text', encoding: 'windows-1250', detected: 'windows-1250' },
    counts: { rows: 3, used: 3, skipped: 0 },
    orders: [
      ['Kovács Ödön', '2024-01-15', 12345],
      ['Szőke Győző', '2024-01-20', 1000],
      ['Kovács Ödön', '2024-03-02', 2500],
    ],
  },
  {
    file: 'hu-iso-8859-2.csv',
    what: 'the user can say ISO-8859-2 instead: same letters',
    options: { encoding: 'iso-8859-2' },
    read: { kind: 'text', encoding: 'iso-8859-2', detected: 'windows-1250' },
    counts: { rows: 3, used: 3, skipped: 0 },
    orders: [
      ['Kovács Ödön', '2024-01-15', 12345],
      ['Szőke Győző', '2024-01-20', 1000],
      ['Kovács Ödön', '2024-03-02', 2500],
    ],
  },
  {
    file: 'fa-windows-1256.csv',
    what: 'Persian in Windows-1256 (Arabic yeh in مشتري), Jalali dates',
    read: { kind: 'text', encoding: 'windows-1256', detected: 'windows-1256' },
    counts: { rows: 3, used: 3, skipped: 0 },
    orders: [
      ['علي رضايي', '2023-10-07', 123456],
      ['زهرا كريمي', '2023-10-08', 50000],
      ['علي رضايي', '2024-03-19', 100000],
    ],
  },
  {
    file: 'el-utf16be.csv',
    what: 'UTF-16 big-endian with a byte-order mark, tab-separated',
    read: { kind: 'text', encoding: 'utf-16be', detected: 'utf-16be' },
    counts: { rows: 2, used: 2, skipped: 0 },
    orders: [
      ['Γιώργος', '2024-01-25', 10.5],
      ['Μαρία', '2024-02-03', 20],
    ],
  },
  {
    file: 'orders.xlsx',
    what: 'Excel workbook: the first sheet, date cells and number cells',
    read: { kind: 'spreadsheet', sheets: ['Orders', 'Returns'], sheet: 'Orders' },
    // 30.5 + 12 + 20.25 + 100 = 162.75; serial 45292 = 2024-01-01.
    counts: { rows: 4, used: 4, skipped: 0 },
    orders: [
      ['anna@example.com', '2024-01-05', 30.5],
      ['bob@example.com', '2024-01-06', 12],
      ['anna@example.com', '2024-02-10', 20.25],
      ['carla@example.com', '2024-02-11', 100],
    ],
  },
  {
    file: 'orders.xlsx',
    what: 'Excel workbook: the sheet the user chose',
    options: { sheet: 'Returns' },
    read: { kind: 'spreadsheet', sheets: ['Orders', 'Returns'], sheet: 'Returns' },
    counts: { rows: 2, used: 2, skipped: 0 },
    orders: [
      ['anna@example.com', '2024-03-01', -5],
      ['dan@example.com', '2024-03-02', 40],
    ],
  },
  {
    file: 'bom.csv',
    what: 'UTF-8 with a byte-order mark',
    counts: { rows: 1, used: 1, skipped: 0 },
    orders: [['ann', '2024-01-05', 10]],
  },
];

describe('importing each supported format gives the hand-worked orders', () => {
  for (const c of cases) {
    it(`${c.file}: ${c.what}`, async () => {
      const t = await importFile(importFixture(c.file), c.mapping, c.options);
      try {
        expect(t.preset).toBe(c.preset);
        if (c.read) expect(t.source).toEqual(c.read);
        expect(t.counts).toEqual(c.counts);
        expect(t.orders.map((o) => [o.customer, o.date, o.total])).toEqual(
          [...c.orders].sort((a, b) =>
            a[1] === b[1] ? a[0].localeCompare(b[0]) : a[1].localeCompare(b[1]),
          ),
        );
      } finally {
        t.db.close();
      }
    });
  }
});

describe('files that cannot work say what is wrong in one sentence', () => {
  const bad: [string, RegExp][] = [
    ['empty.csv', /the file is empty; a good file is/],
    ['header-only.csv', /header but no data rows/],
    ['binary.bin', /(not look like a text|cannot be read as CSV)/],
    ['no-customer.csv', /no customer .* column found among "date", "amount"/],
  ];
  for (const [file, message] of bad) {
    it(`${file} is refused with a clear message`, async () => {
      const error = await importFile(importFixture(file)).then(
        (t) => (t.db.close(), null),
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toMatch(message);
    });
  }
});

describe('header names are hostile input', () => {
  it('a column called like an SQL injection or an HTML tag is just a name', async () => {
    const db = await openNodeDatabase({ threads: 1 });
    try {
      await ingestFile(db, importFixture('hostile-headers.csv'));
      const first = await inspectAndPlan(db);
      const names = first.info.columns.map((c) => c.name);
      // The file's header cell is """); DROP TABLE x; --" : a quote, then the rest.
      const sql = '"); DROP TABLE x; --';
      expect(names).toEqual([sql, '<img src=x onerror=alert(1)>', "amount'; DELETE FROM raw; --"]);
      expect(first.plan.mapping.amount).toBe("amount'; DELETE FROM raw; --");
      // Inspecting again with the user's choices is safe: the raw table is repaired only once.
      const { plan, info } = await inspectAndPlan(db, {
        customer: sql,
        date: '<img src=x onerror=alert(1)>',
      });
      await applyPlan(
        db,
        plan,
        info.columns.map((c) => c.name),
      );
      const orders = rowsOf(
        await db.query('SELECT customer, total::DOUBLE AS t FROM orders ORDER BY 1'),
      );
      expect(orders).toEqual([
        { customer: 'ann', t: 10 },
        { customer: 'bob', t: 20 },
      ]);
    } finally {
      db.close();
    }
  });
});

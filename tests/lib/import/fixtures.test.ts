// Every format of issue 3, one small fixture each, with the orders worked out by hand.
import { describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/cli/node-db';
import { ingestFile } from '../../../src/lib/import/ingest';
import { applyPlan, ImportError, inspectAndPlan } from '../../../src/lib/import/prepare';
import { rowsOf } from '../../../src/lib/sql/executor';
import { importFile, importFixture } from './load';

interface Case {
  file: string;
  what: string;
  mapping?: Record<string, string>;
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
    file: 'bom.csv',
    what: 'UTF-8 with a byte-order mark',
    counts: { rows: 1, used: 1, skipped: 0 },
    orders: [['ann', '2024-01-05', 10]],
  },
];

describe('importing each supported format gives the hand-worked orders', () => {
  for (const c of cases) {
    it(`${c.file}: ${c.what}`, async () => {
      const t = await importFile(importFixture(c.file), c.mapping);
      try {
        expect(t.preset).toBe(c.preset);
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
      const sql = names.find((n) => n.includes('DROP TABLE x'))!;
      expect(names).toContain('<img src=x onerror=alert(1)>');
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

// Rows read = rows used + rows skipped, and each skipped row says where and why.
import { describe, expect, it } from 'vitest';
import { skippedRowsSql } from '../../../src/lib/import/canonical';
import { rowsOf } from '../../../src/lib/sql/executor';
import { importFile, importFixture } from './load';

describe('skipped rows', () => {
  it('a line the CSV reader rejects (bad UTF-8) is counted and explained, the rest imports', async () => {
    const t = await importFile(importFixture('bad-line.csv'));
    try {
      expect(t.counts).toEqual({ rows: 120, used: 119, skipped: 1 });
      const [row] = rowsOf<{ row: number; problem: string; reason: string }>(
        await t.db.query(skippedRowsSql(10)),
      );
      expect(row.row).toBe(120);
      expect(row.problem).toBe('unreadable');
      expect(row.reason).toMatch(/^line 121 of the file cannot be read: .*utf-8/i);
    } finally {
      t.db.close();
    }
  });

  it('names the column and the reason for every skipped Shopify row', async () => {
    const t = await importFile(importFixture('shopify-orders.csv'));
    try {
      const rows = rowsOf(await t.db.query(skippedRowsSql(10)));
      expect(rows).toEqual([
        {
          row: 4,
          problem: 'status',
          value: 'voided',
          reason: 'status means no sale (column "Financial Status"): voided',
        },
        { row: 7, problem: 'customer', value: null, reason: 'no customer (column "Email")' },
      ]);
    } finally {
      t.db.close();
    }
  });
});

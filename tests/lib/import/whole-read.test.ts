// The mapping form reads a sample of a large file; the whole file is then read once, only its
// mapped columns, straight into `lines`. A user must see the same rows, orders and skipped
// rows as when the whole file was read for the form: each fixture is imported both ways and
// compared (the one-pass read is forced on these small files).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/cli/node-db';
import { ingestPath, type Sampling } from '../../../src/cli/input';
import { applyPlan, inspectAndPlan } from '../../../src/lib/import/prepare';
import { rawViewSql } from '../../../src/lib/import/whole-read';
import { rowsOf } from '../../../src/lib/sql/executor';
import { sharedData } from '../../helpers/db';
import { importFixture } from './load';

interface Seen {
  mapping: unknown;
  lines: unknown[];
  orders: unknown[];
  raw: number;
  /** `lines` came from the form's table (a file read whole again), not the file itself. */
  table: boolean;
}

/** Import `path`, the form reading as `sampling` says; what a user then sees. */
async function seen(path: string, sampling?: Sampling): Promise<Seen | string> {
  const db = await openNodeDatabase({ threads: 1 });
  try {
    await ingestPath(db, path, {}, sampling);
    const { plan, info } = await inspectAndPlan(db);
    const source = await applyPlan(
      db,
      plan,
      info.columns.map((c) => c.name),
    );
    await db.exec(rawViewSql(source));
    const lines = rowsOf(
      await db.query(`SELECT "row"::INTEGER AS "row", customer, strftime(ts, '%Y-%m-%d %H:%M:%S') AS ts,
  amount::DOUBLE AS amount, order_id, problem, reason FROM lines ORDER BY "row"`),
    );
    const orders = rowsOf(
      await db.query(`SELECT customer, order_id, strftime("date", '%Y-%m-%d') AS "date",
  total::DOUBLE AS total FROM orders ORDER BY customer, order_id`),
    );
    const [raw] = rowsOf<{ n: number }>(await db.query(`SELECT count(*)::INTEGER AS n FROM raw`));
    return { mapping: plan.mapping, lines, orders, raw: raw.n, table: source.kind === 'table' };
  } catch (e) {
    return String(e instanceof Error ? e.message : e);
  } finally {
    db.close();
  }
}

const fixtures = readdirSync(importFixture('.'))
  .filter((f) => /\.(csv|txt)$/.test(f))
  .map((f) => importFixture(f));
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.(csv|txt)$/.test(f) ? [p] : [];
  });
const shared = [
  sharedData('cdnow/CDNOW_sample.txt'),
  sharedData('cdnow/example_transactions.csv'),
  ...walk(sharedData('exports')),
];

describe('a file read again in one pass shows what the form read of it', () => {
  it.each([...fixtures, ...shared])('%s', async (path) => {
    const whole = await seen(path);
    const again = await seen(path, { readAgain: true });
    if (typeof whole === 'string' || typeof again === 'string') {
      expect(again).toEqual(whole);
      return;
    }
    expect({ ...again, raw: 0, table: true }).toEqual({ ...whole, raw: 0, table: true });
    // SQL cells read the file itself: every line the reader can read, none it cannot. A file
    // read whole again into the form's table (many lines in bad UTF-8) keeps one empty row
    // per line it cannot read there, as a small file does.
    const unreadable = again.lines.filter(
      (l) => (l as { problem: string }).problem === 'unreadable',
    );
    expect(again.raw).toBe(again.lines.length - (again.table ? 0 : unreadable.length));
  });
});

describe('a file larger than the sample the form reads', () => {
  it('gives the sample shop the same rows, orders and skipped rows as a whole read', async () => {
    const path = fileURLToPath(new URL('../../../static/sample/shop.csv', import.meta.url));
    const whole = await seen(path);
    // About 1,500 of its 17,000 lines: more than the 500 rows the guesses look at.
    const sampled = await seen(path, { limit: 100_000 });
    expect(typeof sampled).not.toBe('string');
    expect((sampled as Seen).lines.length).toBeGreaterThan(10_000);
    expect({ ...(sampled as Seen), table: true }).toEqual({ ...(whole as Seen), table: true });
  });
});

// Import a fixture through the same steps as the app and read back what a user would see.
import { fileURLToPath } from 'node:url';
import { openNodeDatabase, type NodeDatabase } from '../../../src/cli/node-db';
import { rowsOf } from '../../../src/lib/sql/executor';
import { ingestPath, type Sampling } from '../../../src/cli/input';
import { applyPlan, inspectAndPlan, type Prepared } from '../../../src/lib/import/prepare';
import type { Mapping } from '../../../src/lib/import/roles';
import type { SourceInfo, SourceOptions } from '../../../src/lib/import/source';

export const importFixture = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));

export interface Imported extends Prepared {
  db: NodeDatabase;
  source: SourceInfo;
  counts: { rows: number; used: number; skipped: number };
  orders: { customer: string; date: string; total: number }[];
}

/**
 * Import `path` and return counts and orders (sorted by date, customer); closes on failure.
 * `sampling` as in ingestPath (`{ readAgain: true }`: the one-pass read of the whole file).
 */
export async function importFile(
  path: string,
  mapping: Mapping = {},
  options: SourceOptions = {},
  sampling: Sampling = {},
): Promise<Imported> {
  const db = await openNodeDatabase({ threads: 1 });
  try {
    const source = await ingestPath(db, path, options, sampling);
    const prepared = await inspectAndPlan(db, mapping);
    await applyPlan(
      db,
      prepared.plan,
      prepared.info.columns.map((c) => c.name),
    );
    const [counts] = rowsOf<Imported['counts']>(
      await db.query(`SELECT (SELECT count(*) FROM lines)::INTEGER AS "rows",
  count(*) FILTER (WHERE problem IS NULL)::INTEGER AS used,
  count(*) FILTER (WHERE problem IS NOT NULL)::INTEGER AS skipped FROM lines`),
    );
    const orders = rowsOf<Imported['orders'][number]>(
      await db.query(`SELECT customer, strftime("date", '%Y-%m-%d') AS "date", total::DOUBLE AS total
FROM orders ORDER BY "date", customer, total`),
    );
    return { db, source, ...prepared, counts, orders };
  } catch (e) {
    db.close();
    throw e;
  }
}

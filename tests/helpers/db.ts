// Load a CSV fixture into an in-memory native DuckDB through the same import steps as the app.
import { fileURLToPath } from 'node:url';
import { openNodeDatabase, type NodeDatabase } from '../../src/cli/node-db';
import { ingestPath } from '../../src/cli/input';
import { applyPlan, inspectAndPlan, type Prepared } from '../../src/lib/import/prepare';
import type { Mapping } from '../../src/lib/import/roles';

export const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export const sharedData = (path: string) =>
  fileURLToPath(new URL(`../../../shared/data/${path}`, import.meta.url));

export interface Loaded extends Prepared {
  db: NodeDatabase;
}

/** Open a database with `path` imported (mapping guessed unless given). */
export async function load(path: string, mapping: Mapping = {}): Promise<Loaded> {
  const db = await openNodeDatabase();
  await ingestPath(db, path);
  const prepared = await inspectAndPlan(db, mapping);
  await applyPlan(
    db,
    prepared.plan,
    prepared.info.columns.map((c) => c.name),
  );
  return { db, ...prepared };
}

/** Open a database with CSV text imported. */
export async function loadText(csv: string, mapping: Mapping = {}): Promise<Loaded> {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const path = join(mkdtempSync(join(tmpdir(), 'regulars-')), 'data.csv');
  writeFileSync(path, csv);
  return load(path, mapping);
}

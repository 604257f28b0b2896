// From an ingested raw table to canonical orders: the steps shared by the browser and the CLI.
import type { Executor } from '../sql/executor';
import { canonicalSql } from './canonical';
import { inspectRaw, proposePlan, type RawInfo } from './inspect';
import type { ImportPlan } from './plan';
import { missingRoles, type Mapping } from './roles';
import type { DateChoice } from './formats';

/** A problem with the file as a whole, worded for the person who chose it. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface Prepared {
  info: RawInfo;
  plan: ImportPlan;
  dates: DateChoice;
}

/** Inspect the raw table and propose a plan; throws ImportError when the file cannot work. */
export async function inspectAndPlan(db: Executor, given: Mapping = {}): Promise<Prepared> {
  const info = await inspectRaw(db);
  if (info.rows === 0) {
    throw new ImportError('the file has a header but no data rows');
  }
  for (const [role, column] of Object.entries(given)) {
    if (column && !info.columns.some((c) => c.name === column)) {
      throw new ImportError(
        `no column named "${column}" for ${role} (columns: ${info.columns.map((c) => c.name).join(', ')})`,
      );
    }
  }
  const { plan, dates } = await proposePlan(db, info, given);
  return { info, plan, dates };
}

/** Build the canonical tables; throws ImportError when the mapping is incomplete. */
export async function applyPlan(db: Executor, plan: ImportPlan, columns: string[]): Promise<void> {
  const missing = missingRoles(plan.mapping);
  if (missing.length > 0) {
    throw new ImportError(
      `no ${missing.join(' or ')} column found (columns: ${columns.join(', ')})`,
    );
  }
  for (const sql of canonicalSql(plan)) await db.exec(sql);
}

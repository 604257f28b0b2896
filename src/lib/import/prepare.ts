// From an ingested raw table to canonical orders: the steps shared by the browser and the CLI.
import { rowsOf, type Executor } from '../sql/executor';
import { canonicalSql, ordersMixEmptyCellsSql } from './canonical';
import { GOOD_FILE, ImportError, looksBinary } from './errors';
import type { DateChoice } from './formats';
import { inspectRaw, proposePlan, type RawInfo } from './inspect';
import { fallbackReading } from './ingest';
import { clearRejects, normalizeRaw } from './normalize';
import type { ImportPlan } from './plan';
import { isHeaderless } from './header';
import { PRESETS } from './presets';
import { knownReadError } from './read-errors';
import { missingRoles, type Mapping, type Role } from './roles';
import { appendRejectedLines, readAllIntoSample, wholeSource, type LineSource } from './whole-read';

export { GOOD_FILE, ImportError };

export interface Prepared {
  info: RawInfo;
  plan: ImportPlan;
  dates: DateChoice;
  /** Name of the recognised export (`shopify-orders`, ...), when one matched. */
  preset?: string;
}

const listColumns = (columns: string[]) =>
  columns.length <= 12
    ? columns.map((c) => `"${c}"`).join(', ')
    : `${columns
        .slice(0, 12)
        .map((c) => `"${c}"`)
        .join(', ')} and ${columns.length - 12} more`;

/** Inspect the raw table and propose a plan; throws ImportError when the file cannot work. */
export async function inspectAndPlan(db: Executor, given: Mapping = {}): Promise<Prepared> {
  await normalizeRaw(db);
  const info = await inspectRaw(db);
  const names = info.columns.map((c) => c.name);
  const values = info.columns.flatMap((c) => c.values.slice(0, 20)).filter((v) => v !== null);
  if (looksBinary(names, values as string[])) {
    throw new ImportError(`this does not look like a text (CSV) file; ${GOOD_FILE}`, {
      key: 'error.import.binary',
      goodFile: true,
    });
  }
  // An empty file reads as one unnamed column and no rows.
  if (info.rows === 0 && names.length === 1 && /^column0*$/.test(names[0])) {
    throw new ImportError(`the file is empty; ${GOOD_FILE}`, {
      key: 'error.import.empty',
      goodFile: true,
    });
  }
  // Only blank lines: no column name and nothing to pick (a file of newlines, of spaces).
  const blank = (v: string | null) => v === null || v.trim() === '';
  const nothing = info.columns.every((c) => c.values.every(blank));
  if (info.rows > 0 && nothing && names.every((n) => /^column\d*$/.test(n))) {
    throw new ImportError(`the file has only blank lines; ${GOOD_FILE}`, {
      key: 'error.import.blank',
      goodFile: true,
    });
  }
  if (info.rows === 0 || nothing) {
    throw new ImportError(`the file has a header but no data rows; ${GOOD_FILE}`, {
      key: 'error.import.noRows',
      goodFile: true,
    });
  }
  for (const [role, column] of Object.entries(given)) {
    if (column && !names.includes(column)) {
      throw new ImportError(
        `no column named "${column}" for ${role} (columns: ${listColumns(names)})`,
        { key: 'error.import.noColumn', params: { column, roles: role } },
      );
    }
  }
  const { plan, dates } = await proposePlan(db, info, given);
  return { info, plan, dates, ...(plan.preset ? { preset: plan.preset } : {}) };
}

const ROLE_WORDS: Partial<Record<Role, string>> = {
  customer: 'customer (an id, email or name per buyer)',
  date: 'date',
  amount: 'amount (or quantity and unit price)',
  quantity: 'quantity',
  unit_price: 'unit price',
};

function missingError(plan: ImportPlan, missing: Role[], columns: string[]): ImportError {
  const preset = PRESETS.find((p) => p.name === plan.preset);
  if (missing.includes('customer') && preset?.noCustomer) {
    return new ImportError(preset.noCustomer, { key: 'error.import.noCustomer' });
  }
  const what = missing.map((r) => ROLE_WORDS[r] ?? r).join(' or ');
  const roles = missing.join(',');
  if (isHeaderless(columns)) {
    const [first, last] = [columns[0], columns[columns.length - 1]];
    return new ImportError(
      `the first line of this file is data, not column names, so its columns are numbered ` +
        `${first} to ${last} and no ${what} column can be told ` +
        `by name: say which column is which (in the command line: --map ${missing[0]}=column1)`,
      { key: 'error.import.headerless', params: { first, last, roles } },
    );
  }
  return new ImportError(
    `no ${what} column found among ${listColumns(columns)}: say which column it is ` +
      `(in the command line: --map ${missing[0]}=COLUMN); ${GOOD_FILE}`,
    {
      key: 'error.import.missing',
      params: { roles, columns: listColumns(columns) },
      goodFile: true,
    },
  );
}

/** Run the canonical statements, with a fallback reading when the first one refuses. */
async function build(db: Executor, plan: ImportPlan, source: LineSource): Promise<void> {
  if (source.kind === 'file') await clearRejects(db);
  try {
    for (const sql of canonicalSql(plan, source)) await db.exec(sql);
  } catch (e) {
    const fallback = source.kind === 'file' ? fallbackReading(e, source.options) : undefined;
    if (source.kind !== 'file' || !fallback) throw e;
    await build(db, plan, { ...source, options: fallback });
  }
}

/**
 * Build `lines` and `orders` from `source`. Decides `plan.fillWithinOrder` when it is not
 * given: the lines are built without the fill, and built again with it only when some order
 * turns out to need it (Shopify's exports).
 */
async function buildLines(db: Executor, plan: ImportPlan, source: LineSource): Promise<void> {
  // With order totals the lines are filled anyway (the same window reads the whole order).
  const decide = plan.fillWithinOrder === undefined && !!plan.mapping.order && !plan.orderTotals;
  await build(db, decide ? { ...plan, fillWithinOrder: false } : plan, source);
  if (decide) {
    const [mix] = rowsOf<{ n: number }>(await db.query(ordersMixEmptyCellsSql(plan.mapping)));
    plan.fillWithinOrder = mix.n > 0;
    if (plan.fillWithinOrder) await build(db, plan, source);
  }
}

/** Read the whole file (or use the sample table, when it holds all of it) into `lines`. */
async function readWhole(db: Executor, plan: ImportPlan): Promise<LineSource> {
  let source = await wholeSource(db);
  try {
    await buildLines(db, plan, source);
  } catch (e) {
    // The reader names the whole file's columns otherwise than its sample's (a dialect the
    // sample did not show): read it whole, as a small file is read.
    if (source.kind !== 'file' || !isUnknownColumn(e)) throw e;
    source = await readAllIntoSample(db, source.input);
    await buildLines(db, plan, source);
  }
  if (source.kind === 'file') {
    const rejected = await appendRejectedLines(db);
    // What normalizeRaw decides for a file read whole: many lines in bad UTF-8 mean a
    // single-byte encoding, which only reading the file whole again can find out.
    if (
      !source.options.encoding &&
      rejected.encoding > 0 &&
      rejected.encoding >= 0.01 * (rejected.rows + rejected.lines)
    ) {
      source = await readAllIntoSample(db, source.input);
      await buildLines(db, plan, source);
    }
  }
  return source;
}

/**
 * Build the canonical tables from the whole file, read once more, only its mapped columns
 * (whole-read.ts); throws ImportError when the mapping is incomplete or no row reads. Says
 * where the rows came from, for the `raw` view SQL cells read (rawViewSql).
 */
export async function applyPlan(
  db: Executor,
  plan: ImportPlan,
  columns: string[],
): Promise<LineSource> {
  const missing = missingRoles(plan.mapping);
  if (missing.length > 0) throw missingError(plan, missing, columns);
  let source: LineSource;
  try {
    source = await readWhole(db, plan);
  } catch (e) {
    // A line further down than the sample that the CSV reader refuses: where, in words.
    throw knownReadError(e) ?? e;
  }
  const [worst] = rowsOf<{ used: number; rows: number; reason: string | null }>(
    await db.query(`SELECT count(*) FILTER (WHERE problem IS NULL)::INTEGER AS used,
  count(*)::INTEGER AS "rows", mode(reason) FILTER (WHERE problem IS NOT NULL) AS reason
FROM lines`),
  );
  if (worst && worst.rows > 0 && worst.used === 0) {
    throw new ImportError(
      `none of the ${worst.rows} rows could be used; most often: ${worst.reason}; ${GOOD_FILE}`,
      {
        key: 'error.import.unusable',
        params: { rows: worst.rows, reason: worst.reason ?? '' },
        goodFile: true,
      },
    );
  }
  return source;
}

const isUnknownColumn = (e: unknown) =>
  /Binder Error: Referenced column/i.test(String(e instanceof Error ? e.message : e));

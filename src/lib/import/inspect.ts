// Look at the raw table and propose an import plan: mapping, date formats, decimal separators.
import { rowsOf, type Executor, type QueryResult } from '../sql/executor';
import { ident, literal } from '../sql/quote';
import { chooseDateFormats, DATE_FORMATS, detectDecimal, type DateChoice } from './formats';
import { guessMapping, type ColumnSample } from './guess';
import { DATE_COUNTS, RAW, rawCountSql, rawSampleSql } from './ingest';
import { columnsOfRaw } from './normalize';
import { detectOrderTotals } from './order-totals';
import type { ImportPlan } from './plan';
import { detectPreset } from './presets';
import type { Mapping } from './roles';
import { dateFormatCountsSql } from './values';

export interface RawInfo {
  rows: number;
  columns: ColumnSample[];
}

export function samplesOf(result: QueryResult): ColumnSample[] {
  return result.names.map((name) => ({
    name,
    values: result.columns[name].map((v) => (v === null ? null : String(v))),
  }));
}

export async function inspectRaw(db: Executor, sampleRows = 500): Promise<RawInfo> {
  const [count] = rowsOf<{ n: number }>(await db.query(rawCountSql));
  if (count.n === 0) {
    return { rows: 0, columns: (await columnsOfRaw(db)).map((name) => ({ name, values: [] })) };
  }
  const sample = await db.query(rawSampleSql(sampleRows));
  return { rows: count.n, columns: samplesOf(sample) };
}

// Counting formats reads the whole column; the mapping form and its confirmation both need
// it, so the counts are kept per column until the next file (normalizeRaw drops the table).
async function dateFormatCounts(db: Executor, column: string): Promise<Record<string, number>> {
  await db.exec(`CREATE TABLE IF NOT EXISTS ${DATE_COUNTS} (col VARCHAR, counts VARCHAR)`);
  const [kept] = rowsOf<{ counts: string }>(
    await db.query(`SELECT counts FROM ${DATE_COUNTS} WHERE col = ${literal(column)}`),
  );
  if (kept) return JSON.parse(kept.counts) as Record<string, number>;
  const [row] = rowsOf<Record<string, number>>(
    await db.query(dateFormatCountsSql(RAW, ident(column))),
  );
  await db.exec(
    `INSERT INTO ${DATE_COUNTS} VALUES (${literal(column)}, ${literal(JSON.stringify(row))})`,
  );
  return row;
}

export async function detectDates(
  db: Executor,
  column: string,
  sample: (string | null)[] = [],
): Promise<DateChoice> {
  const row = await dateFormatCounts(db, column);
  const counts = DATE_FORMATS.map((format, i) => ({ format, parsed: row[`f${i}`] }));
  const choice = chooseDateFormats(counts, row.present, { dmy: row.dmy, mdy: row.mdy });
  if (choice.ambiguousWith.length === 0) return choice;
  const examples = [...new Set(sample.filter((v): v is string => !!v && v.trim() !== ''))];
  return { ...choice, examples: examples.slice(0, 2) };
}

/** A plan for the given mapping (preset or guess when not given), with formats from the data. */
export async function proposePlan(
  db: Executor,
  info: RawInfo,
  given: Mapping = {},
): Promise<{ plan: ImportPlan; dates: DateChoice }> {
  const known = detectPreset(info.columns);
  const mapping: Mapping = { ...(known?.mapping ?? guessMapping(info.columns)), ...given };
  const valuesOf = (name?: string) => info.columns.find((c) => c.name === name)?.values ?? [];
  const dates = mapping.date
    ? await detectDates(db, mapping.date, valuesOf(mapping.date))
    : { formats: [], ambiguousWith: [] };
  const decimals: ImportPlan['decimals'] = {};
  for (const role of ['amount', 'quantity', 'unit_price', 'refund'] as const) {
    if (mapping[role]) decimals[role] = detectDecimal(valuesOf(mapping[role]));
  }
  const orderTotals =
    (known?.preset.orderTotals && mapping.amount === known.mapping.amount) ||
    detectOrderTotals(valuesOf(mapping.order), valuesOf(mapping.amount));
  const plan: ImportPlan = { mapping, dateFormats: dates.formats, decimals };
  if (orderTotals) plan.orderTotals = true;
  if (known) plan.preset = known.preset.name;
  return { plan, dates };
}

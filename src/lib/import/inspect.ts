// Look at the raw table and propose an import plan: mapping, date formats, decimal separators.
import { rowsOf, type Executor, type QueryResult } from '../sql/executor';
import { ident } from '../sql/quote';
import { RAW } from './canonical';
import { chooseDateFormats, DATE_FORMATS, detectDecimal, type DateChoice } from './formats';
import { guessMapping, type ColumnSample } from './guess';
import { rawCountSql, rawSampleSql } from './ingest';
import type { ImportPlan } from './plan';
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
  const sample = await db.query(rawSampleSql(sampleRows));
  return { rows: count.n, columns: samplesOf(sample) };
}

export async function detectDates(db: Executor, column: string): Promise<DateChoice> {
  const [row] = rowsOf<Record<string, number>>(
    await db.query(dateFormatCountsSql(RAW, ident(column))),
  );
  const counts = DATE_FORMATS.map((format, i) => ({ format, parsed: row[`f${i}`] }));
  return chooseDateFormats(counts, row.present);
}

/** A plan for the given mapping (guessed when not given), with formats read from the data. */
export async function proposePlan(
  db: Executor,
  info: RawInfo,
  given: Mapping = {},
): Promise<{ plan: ImportPlan; dates: DateChoice }> {
  const mapping: Mapping = { ...guessMapping(info.columns), ...given };
  const dates = mapping.date
    ? await detectDates(db, mapping.date)
    : { formats: [], ambiguousWith: [] };
  const valuesOf = (name?: string) => info.columns.find((c) => c.name === name)?.values ?? [];
  const decimals: ImportPlan['decimals'] = {};
  for (const role of ['amount', 'quantity', 'unit_price'] as const) {
    if (mapping[role]) decimals[role] = detectDecimal(valuesOf(mapping[role]));
  }
  return { plan: { mapping, dateFormats: dates.formats, decimals }, dates };
}

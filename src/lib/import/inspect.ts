// Look at the raw table and propose an import plan: mapping, date formats, decimal separators.
import { rowsOf, type Executor, type QueryResult } from '../sql/executor';
import { ident, literal } from '../sql/quote';
import { moneyCurrency } from './currency';
import { chooseDateFormats, DATE_FORMATS, detectDecimal, type DateChoice } from './formats';
import { guessMapping, type ColumnSample } from './guess';
import { DATE_COUNTS, rawCountSql, rawSampleSql, readCsvArguments, SAMPLE } from './ingest';
import { columnsOfRaw, readOptionsOf, sourceRead } from './normalize';
import { detectOrderTotals } from './order-totals';
import type { ImportPlan } from './plan';
import { detectPreset } from './presets';
import type { Mapping } from './roles';
import { dateFormatCountsSql } from './values';

export interface RawInfo {
  /** Rows of the sample (every row of the file when it is not `sampled`). */
  rows: number;
  /** Only the first part of a large file was read for the form. */
  sampled?: boolean;
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
  const sampled = (await sourceRead(db))?.whole === false;
  if (count.n === 0) {
    return {
      rows: 0,
      ...(sampled ? { sampled } : {}),
      columns: (await columnsOfRaw(db)).map((name) => ({ name, values: [] })),
    };
  }
  const sample = await db.query(rawSampleSql(sampleRows));
  return { rows: count.n, ...(sampled ? { sampled } : {}), columns: samplesOf(sample) };
}

/**
 * The column as a FROM clause of the whole file, when only a sample was read and the file
 * reads like it: what a sample cannot settle (day or month first) is counted there.
 */
async function wholeColumn(
  db: Executor,
  column: string,
): Promise<{ table: string; column: string } | null> {
  const source = await sourceRead(db);
  const reading = source?.reading;
  if (!source || source.whole || !reading || reading.split) return null;
  const index = (await columnsOfRaw(db)).indexOf(column);
  if (index < 0 || index >= reading.names.length) return null;
  const options = { ...readOptionsOf(reading), storeRejects: false };
  return {
    table: `read_csv(${readCsvArguments(source.input, options)})`,
    column: ident(reading.names[index]),
  };
}

// Counting formats reads the whole column; the mapping form and its confirmation both need
// it, so the counts are kept per column until the next file (normalizeRaw drops the table).
async function dateFormatCounts(
  db: Executor,
  column: string,
  whole = false,
): Promise<Record<string, number>> {
  const key = whole ? `whole:${column}` : column;
  await db.exec(`CREATE TABLE IF NOT EXISTS ${DATE_COUNTS} (col VARCHAR, counts VARCHAR)`);
  const [kept] = rowsOf<{ counts: string }>(
    await db.query(`SELECT counts FROM ${DATE_COUNTS} WHERE col = ${literal(key)}`),
  );
  if (kept) return JSON.parse(kept.counts) as Record<string, number>;
  const from = whole ? await wholeColumn(db, column) : null;
  if (whole && !from) return dateFormatCounts(db, column);
  const [row] = rowsOf<Record<string, number>>(
    await db.query(
      from
        ? dateFormatCountsSql(from.table, from.column)
        : dateFormatCountsSql(SAMPLE, ident(column)),
    ),
  );
  await db.exec(
    `INSERT INTO ${DATE_COUNTS} VALUES (${literal(key)}, ${literal(JSON.stringify(row))})`,
  );
  return row;
}

export async function detectDates(
  db: Executor,
  column: string,
  sample: (string | null)[] = [],
): Promise<DateChoice> {
  const choose = (row: Record<string, number>) =>
    chooseDateFormats(
      DATE_FORMATS.map((format, i) => ({ format, parsed: row[`f${i}`] })),
      row.present,
      { dmy: row.dmy, mdy: row.mdy },
    );
  let choice = choose(await dateFormatCounts(db, column));
  // The sample reads alike day or month first: the whole column may say which.
  if (choice.ambiguousWith.length > 0) choice = choose(await dateFormatCounts(db, column, true));
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
  const columnOf = (name?: string) => info.columns.find((c) => c.name === name);
  const valuesOf = (name?: string) => columnOf(name)?.values ?? [];
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
  // The sample's money cells and headers, read already: no pass over the data for a display.
  const money = (['amount', 'unit_price', 'refund'] as const).flatMap((role) => {
    const column = columnOf(mapping[role]);
    return column ? [column] : [];
  });
  const currency = moneyCurrency(money);
  if (currency) plan.currency = currency;
  if (known) plan.preset = known.preset.name;
  return { plan, dates };
}

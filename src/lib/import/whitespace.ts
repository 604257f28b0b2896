// Whitespace-aligned text (CDNOW_master.txt: ` 00001 19970101  1   11.77`) reads as one
// column, because no delimiter character separates the fields. Split it on runs of blanks.
import { rowsOf, type Executor } from '../sql/executor';
import { ident } from '../sql/quote';
import { GENERATED, generatedName } from './header';
import { SAMPLE } from './ingest';

const tokens = (text: string) => text.trim().split(/\s+/);

/**
 * Whether one header and its values are whitespace-aligned fields: at least three header
 * words, and nearly every sample value has that many words. A one-column file of names
 * ("Ann Lee") has two words at most and stays as it is.
 */
export function whitespaceFields(header: string, values: (string | null)[]): string[] | null {
  const names = tokens(header);
  if (names.length < 3 || names.some((n) => n === '')) return null;
  const present = values.filter((v): v is string => v !== null && v.trim() !== '');
  if (present.length === 0) return null;
  const fit = present.filter((v) => tokens(v).length === names.length).length;
  return fit >= 0.95 * present.length ? names : null;
}

/** column1 column2 ...: as many names as the first value has fields. */
function numberedHeader(values: (string | null)[]): string {
  const first = values.find((v) => v !== null && v.trim() !== '') ?? '';
  return tokens(first)
    .map((_, i) => generatedName(i))
    .join(' ');
}

/** SQL that rebuilds `raw` with one column per field, or undefined when raw is not like that. */
export async function splitColumnsOf(db: Executor): Promise<string | undefined> {
  const [size] = rowsOf<{ rows: number; columns: number }>(
    await db.query(`SELECT (SELECT count(*) FROM ${SAMPLE})::INTEGER AS "rows",
  (SELECT count(*) FROM duckdb_columns() WHERE table_name = '${SAMPLE}' AND schema_name = 'main')::INTEGER AS "columns"`),
  );
  if (size.columns !== 1 || size.rows === 0) return undefined;
  const sample = await db.query(`SELECT * FROM ${SAMPLE} LIMIT 200`);
  const [only] = sample.names;
  const values = rowsOf<Record<string, string | null>>(sample).map((r) => r[only]);
  // A headerless read (column1): the fields of the values are numbered, not named.
  const names = GENERATED.test(only)
    ? whitespaceFields(numberedHeader(values), values)
    : whitespaceFields(only, values);
  if (!names) return undefined;
  const unique = names.map((n, i) => (names.indexOf(n) === i ? n : `${n}_${i + 1}`));
  const parts = unique.map((n, i) => `nullif(p[${i + 1}], '') AS ${ident(n)}`);
  return `CREATE OR REPLACE TABLE ${SAMPLE} AS
SELECT ${parts.join(', ')}
FROM (SELECT regexp_split_to_array(trim(${ident(only)}), '\\s+') AS p FROM ${SAMPLE})`;
}

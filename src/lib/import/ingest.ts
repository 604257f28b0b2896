// Reading a delimited text file into the `raw` table: every cell as text, so that no row is
// lost to a type guess; typing and skipping happen in the canonical step, with reasons.
import { literal } from '../sql/quote';
import { RAW } from './canonical';

export function readCsvSql(fileName: string): string {
  const gz = /\.gz$/i.test(fileName);
  return `CREATE OR REPLACE TABLE ${RAW} AS SELECT * FROM read_csv(${literal(fileName)},
  header = true, all_varchar = true, null_padding = true, strict_mode = false,
  sample_size = 20480${gz ? ", compression = 'gzip'" : ''})`;
}

export const rawCountSql = `SELECT count(*)::INTEGER AS n FROM ${RAW}`;

export const rawSampleSql = (limit: number) =>
  `SELECT * FROM ${RAW} LIMIT ${Math.max(1, Math.floor(limit))}`;

// `--summary x,t_x,T[,zbar]`: fit the models on a per-customer summary file (like the
// published CDNOW ones) instead of a purchases file. The names are the file's column names for
// x (repeat purchases), t_x (first to last purchase), T (first purchase to the end) and
// optionally zbar (average repeat purchase value); time is in the file's own unit.
import { rowsOf, type Executor } from '../lib/sql/executor';
import { ident, literal } from '../lib/sql/quote';
import type { PurchaseHistory, SpendHistory } from '../lib/analyses/predict/types';

export interface SummaryColumns {
  x: string;
  t_x: string;
  T: string;
  zbar?: string;
}

export function parseSummaryColumns(text: string): SummaryColumns {
  const names = text.split(',').map((s) => s.trim());
  if ((names.length !== 3 && names.length !== 4) || names.some((n) => n === '')) {
    throw new Error(
      `invalid --summary ${text} (expected the column names x,t_x,T or x,t_x,T,zbar)`,
    );
  }
  const [x, t_x, T, zbar] = names;
  return zbar === undefined ? { x, t_x, T } : { x, t_x, T, zbar };
}

const source = (path: string) =>
  `read_csv(${literal(path)}, header = true, all_varchar = true, auto_detect = true)`;

export interface SummaryRow {
  row: number;
  x: string | null;
  t_x: string | null;
  T: string | null;
  zbar: string | null;
}

export function summaryRowsSql(path: string, columns: SummaryColumns): string {
  const col = (name: string | undefined) => (name === undefined ? 'NULL' : ident(name));
  return `SELECT (row_number() OVER ())::INTEGER + 1 AS "row",
  ${col(columns.x)} AS x, ${col(columns.t_x)} AS t_x, ${col(columns.T)} AS "T",
  ${col(columns.zbar)} AS zbar
FROM ${source(path)}`;
}

/** Read and check the summary: one clear error naming the row and column of the first bad value. */
export async function readSummaryFile(
  db: Executor,
  path: string,
  columns: SummaryColumns,
): Promise<{ histories: PurchaseHistory[]; spend: SpendHistory[] }> {
  const described = await db.query(`DESCRIBE SELECT * FROM ${source(path)}`);
  const present = described.columns['column_name'].map(String);
  for (const name of Object.values(columns) as string[]) {
    if (!present.includes(name)) {
      throw new Error(`no column named "${name}" (the columns are ${present.join(', ')})`);
    }
  }
  const rows = rowsOf<SummaryRow>(await db.query(summaryRowsSql(path, columns)));
  const histories: PurchaseHistory[] = [];
  const spend: SpendHistory[] = [];
  for (const r of rows) {
    const read = (role: 'x' | 't_x' | 'T' | 'zbar') => {
      const n = Number(r[role]);
      if (r[role] === null || r[role]?.trim() === '' || !Number.isFinite(n) || n < 0) {
        throw new Error(
          `row ${r.row}, column "${columns[role]}": ${JSON.stringify(r[role])} is not a number of 0 or more`,
        );
      }
      return n;
    };
    const x = read('x');
    const t_x = read('t_x');
    const T = read('T');
    if (!Number.isInteger(x))
      throw new Error(`row ${r.row}, column "${columns.x}": ${x} is not a whole number`);
    if (t_x > T) throw new Error(`row ${r.row}: t_x (${t_x}) is after T (${T})`);
    histories.push({ x, t_x, T });
    if (columns.zbar !== undefined && x > 0) {
      const zbar = read('zbar');
      if (zbar > 0) spend.push({ x, zbar });
    }
  }
  if (histories.length === 0) throw new Error('the summary file has no rows');
  return { histories, spend };
}

// The names a SQL cell is offered: `raw` (the file as read), `orders` and `purchases` (built on
// import, see import/canonical.ts) and `customers`, a view of the per-customer summary the
// analyses build for the current as-of date (see analyses/customers/sql.ts). A view reads the
// summary when queried, so it follows every rebuild for a new as-of date or a new file.
import { CUSTOMER_SUMMARY } from '../analyses/customers/sql';
import { RAW } from '../import/ingest';
import { rowsOf, type Executor } from '../sql/executor';
import { literal } from '../sql/quote';

export const USER_TABLES = [RAW, 'orders', 'purchases', 'customers'] as const;

/** Tables (and views) with their column names, for the editor's completion. */
export type SqlSchema = Record<string, string[]>;

/** Run once the customer summary exists (after the analyses first ran for a file). */
export const userViewsSql = [
  `CREATE OR REPLACE VIEW customers AS SELECT * FROM ${CUSTOMER_SUMMARY}`,
];

export const userSchemaSql = `SELECT table_name, column_name FROM duckdb_columns()
WHERE database_name = current_database() AND schema_name = current_schema()
  AND table_name IN (${USER_TABLES.map(literal).join(', ')})
ORDER BY table_name, column_index`;

/** Each user table with its column names, for the editor's completion. */
export async function readUserSchema(db: Executor): Promise<SqlSchema> {
  const schema: SqlSchema = {};
  for (const row of rowsOf<{ table_name: string; column_name: string }>(
    await db.query(userSchemaSql),
  )) {
    (schema[row.table_name] ??= []).push(row.column_name);
  }
  return schema;
}

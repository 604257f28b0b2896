// Arrow tables leave the worker as plain columns: numbers, text, booleans and nulls only.
import type { DuckDBConnection } from 'duckdb-wasm-blocking';
import { toCell, type Cell, type QueryResult } from '../src/lib/sql/executor';

function plain(value: unknown, typeName: string): Cell {
  if (value === null || value === undefined) return null;
  // Dates and timestamps arrive as epoch milliseconds; show them as ISO text.
  if (/^(Date|Timestamp)/.test(typeName) && typeof value === 'number') {
    const iso = new Date(value).toISOString();
    return typeName.startsWith('Date')
      ? iso.slice(0, 10)
      : iso.replace('T', ' ').replace('.000Z', '');
  }
  if (typeof value === 'object' && !(value instanceof Uint8Array)) return String(value);
  return toCell(value);
}

type Table = ReturnType<DuckDBConnection['query']>;

export function toColumns(table: Table): QueryResult {
  const names: string[] = [];
  const columns: Record<string, Cell[]> = {};
  table.schema.fields.forEach((field, i) => {
    const vector = table.getChildAt(i);
    const typeName = String(field.type);
    const values: Cell[] = new Array(table.numRows);
    for (let row = 0; row < table.numRows; row++) values[row] = plain(vector?.get(row), typeName);
    names.push(field.name);
    columns[field.name] = values;
  });
  return { names, columns, length: table.numRows };
}

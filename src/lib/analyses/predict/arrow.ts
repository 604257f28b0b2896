// The prediction's columns as Arrow IPC stream bytes, the form they travel in between the
// browser's database worker and prediction worker: the inputs as DuckDB writes them (inputsSql),
// the forecasts in the column order of `customer_predictions`, to be appended to it.
import {
  Float64,
  Table,
  tableFromIPC,
  tableToIPC,
  Utf8,
  vectorFromArray,
  type Vector,
} from 'apache-arrow';
import type { CustomerInput } from './forecast';
import type { PredictionRow } from './sql';

function column(table: Table, name: string): Vector {
  const vector = table.getChild(name);
  if (!vector) throw new Error(`the prediction columns have no "${name}"`);
  return vector;
}

/** The per-customer inputs, one object per customer, in the bytes' order. */
export function inputsFromArrow(ipc: Uint8Array): CustomerInput[] {
  const table = tableFromIPC(ipc);
  const [customer, x, t_x, T, zbar] = ['customer', 'x', 't_x', 'T', 'zbar'].map((name) =>
    column(table, name),
  );
  const inputs: CustomerInput[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const spend = zbar.get(i) as number | null;
    inputs[i] = {
      customer: String(customer.get(i)),
      x: Number(x.get(i)),
      t_x: Number(t_x.get(i)),
      T: Number(T.get(i)),
      zbar: spend === null ? null : Number(spend),
    };
  }
  return inputs;
}

const PREDICTION_NUMBERS = [
  'p_alive',
  'expected_30',
  'expected_90',
  'expected_365',
  'expected_value',
  'clv',
  'lost_value',
] as const;

// A value that is not a finite number is stored as NULL, as it always was.
const finite = (v: number | null) => (v === null || !Number.isFinite(v) ? null : v);

/** The forecasts as `customer_predictions` columns (customer, then its numbers, in order). */
export function predictionsToArrow(rows: readonly PredictionRow[]): Uint8Array {
  const columns: Record<string, Vector> = {
    customer: vectorFromArray(
      rows.map((r) => r.customer),
      new Utf8(),
    ),
  };
  for (const name of PREDICTION_NUMBERS) {
    columns[name] = vectorFromArray(
      rows.map((r) => finite(r[name])),
      new Float64(),
    );
  }
  return tableToIPC(new Table(columns), 'stream');
}

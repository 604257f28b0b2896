// The prediction's columns as Arrow IPC stream bytes, the form they travel in between the
// browser's database worker and prediction worker: the inputs as DuckDB writes them (inputsSql),
// the forecasts in the column order of `customer_predictions`, to be appended to it.
import {
  Float64,
  makeData,
  makeVector,
  Table,
  tableFromIPC,
  tableToIPC,
  Utf8,
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

// Columns are laid out by hand: Arrow's builders compile their null test with `new Function`,
// which the site's Content-Security-Policy (no 'unsafe-eval') refuses in the worker.

function textColumn(values: readonly string[]): Vector {
  const encoder = new TextEncoder();
  const encoded = values.map((v) => encoder.encode(v));
  const valueOffsets = new Int32Array(values.length + 1);
  encoded.forEach((bytes, i) => (valueOffsets[i + 1] = valueOffsets[i] + bytes.length));
  const data = new Uint8Array(valueOffsets[values.length]);
  encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]));
  return makeVector(makeData({ type: new Utf8(), length: values.length, valueOffsets, data }));
}

function numberColumn(values: readonly (number | null)[]): Vector {
  const data = new Float64Array(values.length);
  const nullBitmap = new Uint8Array((values.length + 7) >> 3);
  let nullCount = 0;
  values.forEach((v, i) => {
    if (v === null) nullCount++;
    else {
      data[i] = v;
      nullBitmap[i >> 3] |= 1 << (i & 7);
    }
  });
  return makeVector(
    makeData({ type: new Float64(), length: values.length, nullCount, nullBitmap, data }),
  );
}

/** The forecasts as `customer_predictions` columns (customer, then its numbers, in order). */
export function predictionsToArrow(rows: readonly PredictionRow[]): Uint8Array {
  const columns: Record<string, Vector> = { customer: textColumn(rows.map((r) => r.customer)) };
  for (const name of PREDICTION_NUMBERS) {
    columns[name] = numberColumn(rows.map((r) => finite(r[name])));
  }
  return tableToIPC(new Table(columns), 'stream');
}

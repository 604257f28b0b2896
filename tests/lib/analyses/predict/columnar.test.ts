// The prediction's columns as Arrow bytes (arrow.ts), and the columnar path (columnar.ts, the
// browser's: database → prediction worker → database as bytes) against the rows path (the
// CLI's): the same figures, and every customer's forecast stored exactly as computed.
import {
  Float64,
  Int32,
  Table,
  tableFromArrays,
  tableFromIPC,
  tableToIPC,
  Utf8,
  vectorFromArray,
} from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCustomerSummary } from '../../../../src/lib/analyses/customers/ensure';
import { inputsFromArrow, predictionsToArrow } from '../../../../src/lib/analyses/predict/arrow';
import { columnarModels, forecastArrow } from '../../../../src/lib/analyses/predict/columnar';
import type { CustomerInput } from '../../../../src/lib/analyses/predict/forecast';
import { forecastInputs } from '../../../../src/lib/analyses/predict/forecast-inputs';
import { holdoutCheck } from '../../../../src/lib/analyses/predict/holdout';
import { localModels } from '../../../../src/lib/analyses/predict/models';
import { runPredictions } from '../../../../src/lib/analyses/predict/run';
import {
  createPredictionsSql,
  inputsSql,
  type PredictionRow,
} from '../../../../src/lib/analyses/predict/sql';
import {
  movesArrow,
  rowsOf,
  type ArrowExecutor,
  type Executor,
} from '../../../../src/lib/sql/executor';
import { fixture, load, loadText, type Loaded } from '../../../helpers/db';

// Three customers as DuckDB writes inputsSql: VARCHAR, three INTEGERs, a DOUBLE with a null.
const THREE = [
  { customer: 'ann', x: 2, t_x: 40, T: 81, zbar: 30.25 },
  { customer: 'ben', x: 0, t_x: 0, T: 50, zbar: null },
  { customer: 'cid', x: 1, t_x: 60, T: 61, zbar: 12.5 },
];

const forecast = (customer: string, p_alive: number | null, clv: number | null) => ({
  customer,
  p_alive,
  expected_30: 0.5,
  expected_90: 1.25,
  expected_365: 4.75,
  expected_value: clv === null ? null : 20,
  clv,
  lost_value: p_alive === null || clv === null ? null : 7.125,
});

const arrowDatabase = (db: Executor): ArrowExecutor => {
  if (!movesArrow(db)) throw new Error('expected the wasm test database (it hands over Arrow)');
  return db;
};

describe('the inputs as Arrow', () => {
  it('become one input per customer, in order, nulls kept', () => {
    const ipc = tableToIPC(
      new Table({
        customer: vectorFromArray(['ann', 'ben', 'cid'], new Utf8()),
        x: vectorFromArray([2, 0, 1], new Int32()),
        t_x: vectorFromArray([40, 0, 60], new Int32()),
        T: vectorFromArray([81, 50, 61], new Int32()),
        zbar: vectorFromArray([30.25, null, 12.5], new Float64()),
      }),
      'stream',
    );
    expect(inputsFromArrow(ipc)).toEqual(THREE);
  });

  it('say which column is missing', () => {
    const ipc = tableToIPC(tableFromArrays({ customer: ['ann'], x: Int32Array.from([1]) }));
    expect(() => inputsFromArrow(ipc)).toThrow(/no "t_x"/);
  });
});

describe('the forecasts as Arrow', () => {
  const rows: PredictionRow[] = [
    forecast('ann', 0.75, 33.5),
    forecast('ben', null, 10),
    { ...forecast('cid', 0.5, null), expected_90: Infinity, lost_value: NaN },
  ];

  it('are the columns of customer_predictions, in its order, non-finite values as nulls', () => {
    const table = tableFromIPC(predictionsToArrow(rows));
    expect(table.schema.fields.map((f) => [f.name, String(f.type)])).toEqual([
      ['customer', String(new Utf8())],
      ...[
        'p_alive',
        'expected_30',
        'expected_90',
        'expected_365',
        'expected_value',
        'clv',
        'lost_value',
      ].map((name) => [name, String(new Float64())]),
    ]);
    expect(table.toArray().map((r) => r.toJSON())).toEqual([
      forecast('ann', 0.75, 33.5),
      forecast('ben', null, 10),
      { ...forecast('cid', 0.5, null), expected_90: null, lost_value: null },
    ]);
  });

  it('are appended to customer_predictions by DuckDB-wasm exactly', async () => {
    const t = await loadText('order,customer,date,amount\n1,ann,2024-01-01,10\n', {}, 'wasm');
    try {
      const db = arrowDatabase(t.db);
      await db.exec(createPredictionsSql);
      await db.insertArrow('customer_predictions', predictionsToArrow(rows));
      const stored = rowsOf(await db.query('SELECT * FROM customer_predictions'));
      expect(stored).toEqual([
        forecast('ann', 0.75, 33.5),
        forecast('ben', null, 10),
        { ...forecast('cid', 0.5, null), expected_90: null, lost_value: null },
      ]);
    } finally {
      t.db.close();
    }
  });
});

describe('DuckDB-wasm inputs as Arrow (predict-inputs.csv)', () => {
  let t: Loaded;
  const asOf = '2024-03-22';
  beforeAll(async () => {
    t = await load(fixture('predict-inputs.csv'), {}, 'wasm');
    await ensureCustomerSummary(t.db, asOf);
  });
  afterAll(() => t.db.close());

  it('decode to the same inputs as the rows', async () => {
    const db = arrowDatabase(t.db);
    const rows = rowsOf(await db.query(inputsSql(asOf)));
    expect(inputsFromArrow(await db.queryArrow(inputsSql(asOf)))).toEqual(rows);
    expect(rows).toHaveLength(4);
  });
});

/** 120 made-up customers: seeded, each buying at random gaps until they drop out. */
function shop(): string {
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const lines = ['order,customer,date,amount'];
  let order = 0;
  for (let c = 0; c < 120; c++) {
    const customer = `c${String(c).padStart(3, '0')}`;
    const spend = 10 + random() * 40;
    for (let day = Math.floor(random() * 300); day < 600; day += 1 + Math.floor(random() * 90)) {
      const date = new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10);
      lines.push(`${++order},${customer},${date},${(spend * (0.5 + random())).toFixed(2)}`);
      if (random() < 0.25) break;
    }
  }
  return lines.join('\n') + '\n';
}

describe('the columnar path against the rows path (DuckDB-wasm)', () => {
  let t: Loaded;
  const asOf = '2024-08-23';
  // The prediction worker's work, in this thread: the bytes are not copied here, only handed on.
  const columnar = columnarModels({
    forecastArrow: async (inputs, rate) => forecastArrow(inputs, rate),
    holdout: async (rows, options) => holdoutCheck(rows, options),
  });
  beforeAll(async () => {
    t = await loadText(shop(), {}, 'wasm');
  });
  afterAll(() => t.db.close());

  it('gives the same figures, and stores every forecast as computed', async () => {
    const params = { asOf, discountRate: 0.02 };
    const byRows = await runPredictions(t.db, params, localModels);
    const byColumns = await runPredictions(t.db, params, columnar);
    expect(byRows.problem).toBeNull();
    expect(byRows.totals).not.toBeNull();
    expect(byColumns).toEqual(byRows);
    const { rows } = forecastInputs(
      rowsOf<CustomerInput>(await t.db.query(inputsSql(asOf))),
      params.discountRate,
    );
    const stored = rowsOf(await t.db.query('SELECT * FROM customer_predictions ORDER BY customer'));
    expect(stored).toEqual(rows);
    expect(stored).toHaveLength(120);
  });

  it('refuses a database that cannot hand over columns', async () => {
    const rowsOnly: Executor = { query: t.db.query, exec: t.db.exec };
    await expect(runPredictions(rowsOnly, { asOf }, columnar)).rejects.toThrow(/Arrow/);
  });
});

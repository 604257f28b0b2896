// SQL cells only read: what a user types in one, however it is quoted or disguised, leaves the
// analyses' tables, the databases, the settings and the engine as they were. Run through the
// worker's own code (workers/user-query.ts) on the browser's engine (DuckDB-wasm under Node),
// with the app's import, work databases and lockdown.
import { beforeAll, describe, expect, it } from 'vitest';
import { customerDaysSql, customerSummarySql } from '../../../src/lib/analyses/customers/sql';
import { rawSourceSql, readCsvSql } from '../../../src/lib/import/ingest';
import { applyPlan, inspectAndPlan } from '../../../src/lib/import/prepare';
import { rawViewSql } from '../../../src/lib/import/whole-read';
import type { Executor } from '../../../src/lib/sql/executor';
import { lockdownSql } from '../../../workers/lockdown';
import { planUserQuery } from '../../../src/lib/sql-cells/read-only';
import {
  classifyFailure,
  errorMessage,
  refusalOf,
  type Refusal,
} from '../../../src/lib/sql-cells/user-query';
import { userViewsSql } from '../../../src/lib/sql-cells/user-views';
import { WorkDatabases } from '../../../workers/work-database';
import { toColumns } from '../../../workers/arrow';
import { UserQueries } from '../../../workers/user-query';
import { fixture } from '../../helpers/db';
import { openWasmDatabase, type WasmConnection } from '../../helpers/wasm-db';

type Opened = Awaited<ReturnType<typeof openWasmDatabase>>;

const rows = (c: WasmConnection, sql: string) =>
  c
    .query(sql)
    .toArray()
    .map((r) => r.toJSON() as Record<string, unknown>);

// Everything a write, a setting or a catalogue change would show in.
const STATE = `SELECT
  (SELECT sum(total)::DOUBLE FROM orders) AS revenue,
  (SELECT count(*) FROM orders) AS orders,
  (SELECT count(*) FROM lines) AS lines,
  (SELECT count(*) FROM purchases) AS purchases,
  (SELECT count(*) FROM raw) AS raw,
  (SELECT sum(revenue)::DOUBLE FROM customers) AS customer_revenue,
  (SELECT string_agg(database_name || '.' || table_name, ',' ORDER BY database_name, table_name) FROM duckdb_tables()) AS tables,
  (SELECT string_agg(view_name, ',' ORDER BY view_name) FROM duckdb_views() WHERE NOT internal) AS views,
  (SELECT string_agg(database_name, ',' ORDER BY database_name) FROM duckdb_databases()) AS databases,
  (SELECT count(*) FROM duckdb_variables()) AS variables,
  (SELECT count(*) FROM duckdb_types() WHERE NOT internal) AS types,
  (SELECT string_agg(name || '=' || coalesce(value, ''), ',' ORDER BY name) FROM duckdb_settings()) AS settings,
  (SELECT string_agg(extension_name, ',' ORDER BY extension_name) FROM duckdb_extensions() WHERE loaded OR installed) AS extensions,
  current_database() AS used`;

describe('a SQL cell cannot change the data (DuckDB-wasm, the worker’s code)', () => {
  let opened: Opened;
  let main: WasmConnection;
  let queries: UserQueries;
  let before: Record<string, unknown>;
  const state = () => rows(main, STATE)[0];

  beforeAll(async () => {
    opened = await openWasmDatabase();
    main = opened.connection;
    const { db, duckdb } = opened;
    db.registerFileURL(
      'input.csv',
      fixture('regulars-buy.csv'),
      duckdb.DuckDBDataProtocol.NODE_FS,
      false,
    );
    const databases = new WorkDatabases((sql) => main.query(sql));
    databases.open();
    for (const sql of lockdownSql(['input.csv'])) main.query(sql);
    databases.beforeReading(1000);
    main.query(readCsvSql('input.csv'));
    main.query(rawSourceSql({ file: 'input.csv', input: 'input.csv', whole: true }));
    databases.read();
    const executor: Executor = {
      query: async (sql) => toColumns(main.query(sql)),
      exec: async (sql) => void main.query(sql),
    };
    const prepared = await inspectAndPlan(executor);
    const lines = await applyPlan(
      executor,
      prepared.plan,
      prepared.info.columns.map((c) => c.name),
    );
    await executor.exec(rawViewSql(lines));
    main.query(customerDaysSql('2024-12-31'));
    main.query(customerSummarySql('2024-12-31'));
    for (const sql of userViewsSql) main.query(sql);
    queries = new UserQueries(
      () => db,
      () => databases.current,
    );
    before = state();
    expect(before.revenue).toBeGreaterThan(0);
    expect(before.lines).toBeGreaterThan(0);
  }, 120_000);

  const run = (sql: string, cap = 1000) => queries.run(sql, cap);

  /** How the cell's run ends when it fails: refused (and why), blocked, or DuckDB's error. */
  async function failure(sql: string): Promise<{ refusal: Refusal | null; message: string }> {
    try {
      await run(sql);
    } catch (e) {
      const message = errorMessage(e);
      return { refusal: refusalOf(message), message };
    }
    throw new Error(`${sql} ran`);
  }

  const hidden = (statement: string) => `SELECT $$'$$; ${statement}; SELECT '$$' AS z`;

  it.each([
    hidden('CREATE TABLE pwned AS SELECT 42 AS x'),
    hidden('INSTALL httpfs'),
    hidden("ATTACH ':memory:' AS extra"),
    hidden('DETACH regulars_compressed'),
    hidden('CHECKPOINT'),
    hidden('PRAGMA enable_profiling'),
    hidden('SET VARIABLE leak = 1'),
    hidden('DELETE FROM orders'),
    hidden('DROP TABLE lines'),
    "SELECT $tag$'$tag$; DELETE FROM orders; SELECT '$tag$' AS z",
    "SELECT E'it\\'s'; DELETE FROM orders",
    "SELECT 'it''s'; DELETE FROM orders",
    'SELECT 1 /* ; */; DELETE FROM orders',
    "SELECT 1 -- '\n; DELETE FROM orders",
    'SELECT 1 AS "a;"; UPDATE orders SET total = 0',
    'SELECT 1; SELECT 2',
    'BEGIN; DELETE FROM orders; COMMIT',
  ])('refuses more than one statement, however it is quoted: %j', async (sql) => {
    expect((await failure(sql)).refusal).toEqual({ kind: 'many' });
    expect(state()).toEqual(before);
  });

  it.each([
    ['WITH a AS (SELECT 1) DELETE FROM orders', 'DELETE'],
    ['WITH a AS (SELECT 1) UPDATE orders SET total = total * 1000', 'UPDATE'],
    ['WITH a AS (SELECT 1), b AS (SELECT 2) INSERT INTO lines SELECT * FROM lines', 'INSERT'],
    ["/* ' */ DELETE FROM orders", 'DELETE'],
    ['EXPLAIN ANALYZE DELETE FROM orders', 'EXPLAIN'],
    ['EXPLAIN ANALYZE WITH a AS (SELECT 1) UPDATE orders SET total = 0', 'EXPLAIN'],
    ['CREATE TABLE pwned AS SELECT 42 AS x', 'CREATE'],
    ["ATTACH ':memory:' AS extra", 'ATTACH'],
    ['DETACH regulars_compressed', 'DETACH'],
    ['CHECKPOINT', 'CHECKPOINT'],
    ['PRAGMA enable_profiling', 'PRAGMA'],
    ['SET VARIABLE leak = 1', 'SET'],
    ['USE regulars_compressed', 'USE'],
    ['INSTALL httpfs', 'INSTALL'],
    ['COMMIT', 'COMMIT'],
    ['CALL checkpoint()', 'checkpoint'],
    ['FROM checkpoint()', 'checkpoint'],
    ['FROM system.main.force_checkpoint()', 'force_checkpoint'],
    ['SELECT * FROM "enable_logging"()', 'enable_logging'],
  ])('refuses what is not a query, naming it: %j', async (sql, word) => {
    expect((await failure(sql)).refusal).toEqual({ kind: 'write', word });
    expect(state()).toEqual(before);
  });

  it.each([
    'WITH d AS (DELETE FROM orders RETURNING *) SELECT * FROM d',
    "FROM query('DELETE FROM orders')",
    'SELECT * INTO pwned FROM orders',
    // Escaping the wrapper `SELECT * FROM (…)`: not a statement on its own, nor inside it.
    'SELECT 1) x, (DELETE FROM orders RETURNING *',
  ])('DuckDB itself rejects a write dressed as a query: %j', async (sql) => {
    const { refusal, message } = await failure(sql);
    expect(refusal).toBeNull();
    expect(message).toMatch(/Error/);
    expect(state()).toEqual(before);
  });

  it('refuses reading another file or address, by name', async () => {
    expect(
      (await failure("SELECT * FROM read_csv('http://127.0.0.1:9/?d=' || 'x')")).refusal,
    ).toEqual({ kind: 'outside', word: 'read_csv' });
    expect((await failure('FROM "glob"(\'*\')')).refusal).toEqual({
      kind: 'outside',
      word: 'glob',
    });
    expect(state()).toEqual(before);
  });

  it('asks for the values of a PIVOT, which DuckDB would otherwise run as two statements', async () => {
    expect((await failure('PIVOT orders ON customer USING sum(total)')).refusal).toEqual({
      kind: 'expands',
    });
    expect(state()).toEqual(before);
  });

  it('says nothing for a cell of comments only', async () => {
    expect((await failure('-- later\n/* maybe */ ;')).refusal).toEqual({ kind: 'empty' });
  });

  it('shows DuckDB’s message for a mistake, at the user’s line and column', async () => {
    const { refusal, message } = await failure('SELECT nope FROM orders');
    expect(refusal).toBeNull();
    expect(classifyFailure(message)).toBe('error');
    expect(message).toMatch(/LINE 1: SELECT nope FROM orders\n\s+\^/);
  });

  const figure = async (sql: string) => (await run(sql)).result;

  it.each([
    ['SELECT count(*) AS n FROM orders', 'orders'],
    ['WITH t AS (SELECT count(*) AS n FROM orders) SELECT * FROM t;', 'orders'],
    ['FROM lines SELECT count(*) AS n', 'lines'],
    [
      '  /* ; DELETE FROM orders; */ SELECT count(*) AS n FROM purchases -- ; DROP TABLE orders\n;;',
      'purchases',
    ],
  ])('runs a query that reads: %j', async (sql, table) => {
    const result = await figure(sql);
    expect(result.columns.n).toEqual([before[table]]);
    expect(state()).toEqual(before);
  });

  it('reads every quoting form DuckDB knows as text, not as statements', async () => {
    const result = await figure(
      `SELECT $$;$$ AS a, $t$ ' ; $t$ AS b, E'\\';' AS c, 'it''s; fine' AS d, "odd;name".x AS e
FROM (SELECT 1 AS x) AS "odd;name" -- ; DROP TABLE orders`,
    );
    expect(result.names).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(result.columns).toEqual({
      a: [';'],
      b: [" ' ; "],
      c: ["';"],
      d: ["it's; fine"],
      e: [1],
    });
  });

  it('reads an escaped quote in an E string as text: the semicolons after it are text too', async () => {
    const result = await figure("SELECT E'\\'; DELETE FROM orders; SELECT ' AS t");
    expect(result.columns).toEqual({ t: ["'; DELETE FROM orders; SELECT "] });
    expect(state()).toEqual(before);
  });

  it('reads Greek text and names, with a semicolon in the text', async () => {
    const result = await figure("SELECT 'καφές; τσάι' AS προϊόν;");
    expect(result.columns).toEqual({ προϊόν: ['καφές; τσάι'] });
  });

  it.each([
    'VALUES (1, 2), (3, 4)',
    'TABLE lines',
    'DESCRIBE orders',
    'SUMMARIZE customers',
    'SHOW TABLES',
    'SHOW orders',
    "PIVOT orders ON customer IN ('ann', 'ben') USING sum(total)",
    'UNPIVOT (SELECT 1 AS a, 2 AS b) ON a, b INTO NAME k VALUE v',
    '(SELECT 1 AS n) UNION (SELECT 2)',
    'EXPLAIN SELECT * FROM orders',
    'EXPLAIN ANALYZE SELECT count(*) FROM lines',
    'FROM duckdb_tables() SELECT table_name',
  ])('runs what a reader legitimately asks: %j', async (sql) => {
    const result = await figure(sql);
    expect(result.length).toBeGreaterThan(0);
    expect(state()).toEqual(before);
  });

  it('keeps the order a query asks for, and the row cap', async () => {
    const sql = 'SELECT customer, total FROM orders ORDER BY total DESC, customer';
    expect((await figure(sql)).columns.customer).toEqual(rows(main, sql).map((r) => r.customer));
    const capped = await run('FROM range(10)', 3);
    expect(capped.result.length).toBe(3);
    expect(capped.total).toBe(10);
  });

  it('runs the next query normally after a refused or failed one', async () => {
    await failure('WITH a AS (SELECT 1) DELETE FROM orders');
    await failure('SELECT nope');
    expect((await figure('SELECT sum(total)::DOUBLE AS s FROM orders')).columns.s).toEqual([
      before.revenue,
    ]);
  });
});

describe('the statement planned from DuckDB’s tokens', () => {
  // Tokens as DuckDB gives them: UTF-8 byte offsets, kinds 0 name, 2 text, 3 operator, 4 keyword.
  it('cuts trailing semicolons and wraps the query in a SELECT', () => {
    expect(planUserQuery('FROM t;', { offsets: [0, 5, 6], types: [4, 0, 3] })).toEqual({
      ok: true,
      statement: 'FROM t',
      run: 'SELECT * FROM (\nFROM t\n)',
    });
  });

  it('keeps EXPLAIN ANALYZE in front of the wrapped query', () => {
    expect(
      planUserQuery('EXPLAIN ANALYZE FROM t', {
        offsets: [0, 8, 16, 21],
        types: [4, 4, 4, 0],
      }),
    ).toMatchObject({ ok: true, run: 'EXPLAIN ANALYZE SELECT * FROM (\nFROM t\n)' });
  });

  it('counts positions after non-ASCII text in UTF-8 bytes', () => {
    // "SELECT 'αβ'; SELECT 1": the semicolon is byte 13, character 11.
    expect(
      planUserQuery("SELECT 'αβ'; SELECT 1", {
        offsets: [0, 7, 13, 15, 22],
        types: [4, 2, 3, 4, 1],
      }),
    ).toEqual({ ok: false, refusal: { kind: 'many' } });
  });
});

import { describe, expect, it } from 'vitest';
import { checkReadOnly } from '../../../src/lib/sql/read-only';

describe('SQL cells only read', () => {
  it.each([
    'SELECT * FROM orders',
    '  -- comment\n  select 1',
    '/* a */ WITH x AS (SELECT 1) SELECT * FROM x',
    'FROM purchases LIMIT 5',
    'SUMMARIZE customers',
    'DESCRIBE orders;',
    "SELECT ';' AS semi, 'it''s' AS q",
    '(SELECT 1) UNION (SELECT 2)',
    'EXPLAIN SELECT 1',
  ])('runs a query: %j', (sql) => {
    expect(checkReadOnly(sql).ok).toBe(true);
  });

  it.each([
    ['DROP TABLE orders', 'write'],
    ['delete from orders', 'write'],
    ["COPY orders TO 'x.csv'", 'write'],
    ["ATTACH 'x.db'", 'write'],
    ['LOAD httpfs', 'write'],
    ['SET enable_external_access = true', 'write'],
    ['CREATE TABLE t AS SELECT 1', 'write'],
    ['SELECT 1; DROP TABLE orders', 'many'],
    ['EXPLAIN ANALYZE DELETE FROM orders', 'write'],
    ['-- nothing here', 'empty'],
  ])('refuses %j (%s)', (sql, reason) => {
    const check = checkReadOnly(sql);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toBe(reason);
  });

  it('keeps a trailing semicolon out of the statement it runs', () => {
    expect(checkReadOnly('SELECT 1;  ')).toEqual({ ok: true, sql: 'SELECT 1' });
  });
});

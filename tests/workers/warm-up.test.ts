// The engine's warm-up (workers/warm-up.ts) runs the import and the analyses on a made-up
// export; the worker ignores its failures (only time is at stake), so a change to the SQL
// that breaks it would go unnoticed but for this test, on the browser's engine.
import { describe, expect, it } from 'vitest';
import { warmUpCsv, warmUpSql } from '../../workers/warm-up';
import { openWasmDatabase } from '../helpers/wasm-db';

describe('the warm-up of a fresh engine', () => {
  it('runs every statement of the import and the analyses on its made-up export', async () => {
    const { db, connection } = await openWasmDatabase();
    db.registerFileBuffer('sample.csv', new TextEncoder().encode(warmUpCsv()));
    for (const sql of warmUpSql('sample.csv')) expect(() => connection.query(sql)).not.toThrow();
    const [row] = connection
      .query(`SELECT count(*)::INTEGER AS lines, count(problem)::INTEGER AS skipped FROM lines`)
      .toArray()
      .map((r) => r.toJSON());
    expect(row).toEqual({ lines: 3000, skipped: 0 });
  }, 60_000);
});

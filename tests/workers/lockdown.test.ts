import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase, type NodeDatabase } from '../../src/cli/node-db';
import { literal } from '../../src/lib/sql/quote';
import { lockdownSql } from '../../workers/lockdown';

describe('a locked-down database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'regulars-lock-'));
  const allowed = join(dir, 'input.csv');
  const other = join(dir, 'secret.csv');
  let db: NodeDatabase;
  beforeAll(async () => {
    writeFileSync(allowed, 'a\n1\n');
    writeFileSync(other, 'b\n2\n');
    db = await openNodeDatabase();
    for (const sql of lockdownSql([allowed])) await db.exec(sql);
  });
  afterAll(() => db.close());

  it("still reads the user's own file", async () => {
    const result = await db.query(
      `SELECT count(*)::INTEGER AS n FROM read_csv(${literal(allowed)})`,
    );
    expect(result.columns.n).toEqual([1]);
  });

  it('refuses to read any other file', async () => {
    await expect(db.query(`SELECT * FROM read_csv(${literal(other)})`)).rejects.toThrow();
  });

  it('refuses to write files or attach databases', async () => {
    await expect(db.exec(`COPY (SELECT 1) TO ${literal(join(dir, 'out.csv'))}`)).rejects.toThrow();
    await expect(db.exec(`ATTACH ${literal(join(dir, 'x.db'))}`)).rejects.toThrow();
  });

  it('cannot be unlocked by later SQL', async () => {
    await expect(db.exec(`SET enable_external_access = true`)).rejects.toThrow();
    await expect(db.exec(`SET lock_configuration = false`)).rejects.toThrow();
  });
});

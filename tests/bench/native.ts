// The native side, run in its own process (so that its peak memory is its own):
//   tsx tests/bench/native.ts cli FILE            the command line's steps (src/cli/analyze.ts)
//   tsx tests/bench/native.ts replay FILE JSON    the browser's statements, in the same order
// Prints one JSON NativeRun on stdout.
import { readFileSync } from 'node:fs';
import { openNodeDatabase, type NodeDatabase } from '../../src/cli/node-db';
import { ingestPath } from '../../src/cli/input';
import { INPUT_NAMES } from '../../workers/input-names';
import { applyPlan, inspectAndPlan } from '../../src/lib/import/prepare';
import { buildReport } from '../../src/lib/report/report';
import { literal } from '../../src/lib/sql/quote';
import type { Executor, QueryResult } from '../../src/lib/sql/executor';
import type { Timing } from '../../workers/database.worker';
import { fileFor } from './sample-file';

export type NativeTiming = Pick<Timing, 'kind' | 'sql' | 'ms'>;

export interface NativeRun {
  threads: number;
  totalMs: number;
  statements: NativeTiming[];
  /** Highest resident size of this process, MB. */
  peakRssMb: number;
  /** DuckDB's own accounting at the end (duckdb_memory()), MB. */
  duckdbMb: number;
}

export const THREADS = 2;

/** An executor that records every statement, as the worker does. */
function timed(db: NodeDatabase, out: NativeTiming[]): Executor {
  const time = async <T>(kind: Timing['kind'], sql: string, run: () => Promise<T>) => {
    const started = performance.now();
    try {
      return await run();
    } finally {
      out.push({
        kind: /\bread_csv\(/.test(sql) ? 'ingest' : kind,
        sql,
        ms: performance.now() - started,
      });
    }
  };
  return {
    query: (sql): Promise<QueryResult> => time('query', sql, () => db.query(sql)),
    exec: (sql) => time('exec', sql, () => db.exec(sql)),
  };
}

async function cli(db: Executor, file: string): Promise<void> {
  await ingestPath(db, file);
  const { info, plan } = await inspectAndPlan(db);
  await applyPlan(
    db,
    plan,
    info.columns.map((c) => c.name),
  );
  await buildReport(db, { period: 'month', mapping: plan.mapping });
}

/** The browser reads the file under a registered name; here it is read from its path. */
const withPath = (sql: string, file: string) =>
  INPUT_NAMES.reduce(
    (text, name) =>
      text.replaceAll(`read_csv(${literal(name)}`, `read_csv(${literal(fileFor(name, file))}`),
    sql,
  );

async function replay(db: Executor, file: string, statements: NativeTiming[]): Promise<void> {
  for (const s of statements) {
    const sql = withPath(s.sql, file);
    if (s.kind === 'query') await db.query(sql);
    else await db.exec(sql);
  }
}

async function main([mode, file, json]: string[]): Promise<NativeRun> {
  const db = await openNodeDatabase({ threads: THREADS });
  const statements: NativeTiming[] = [];
  const started = performance.now();
  if (mode === 'cli') await cli(timed(db, statements), file);
  else if (mode === 'replay') {
    const browser = JSON.parse(readFileSync(json, 'utf8')) as NativeTiming[];
    await replay(timed(db, statements), file, browser);
    // Keyed by the browser's text (the file's name, not its path), to pair the statements.
    statements.forEach((s, i) => (s.sql = browser[i].sql));
  } else throw new Error(`unknown mode: ${mode} (cli or replay)`);
  const totalMs = performance.now() - started;
  const memory = await db.query(
    'SELECT coalesce(sum(memory_usage_bytes), 0)::DOUBLE AS bytes FROM duckdb_memory()',
  );
  db.close();
  return {
    threads: THREADS,
    totalMs,
    statements,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    duckdbMb: Number(memory.columns.bytes[0]) / 2 ** 20,
  };
}

process.stdout.write(JSON.stringify(await main(process.argv.slice(2))) + '\n');

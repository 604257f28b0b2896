// `npx tsx tests/bench/wasm-replay.ts FILE STATEMENTS.json`: replays a browser run's statements
// (bench/data/replay.json, written by every run) in DuckDB-wasm under Node (the blocking build,
// one thread, like the browser's), and prints per step the wall and the CPU time of this
// process. CPU time barely moves with the machine's load, so it compares two versions of the
// SQL fairly on a shared machine; the browser's own figures come from `npm run bench`.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { INPUT_NAMES } from '../../workers/input-names';
import { MEMORY_LIMIT } from '../../workers/lockdown';
import { WorkDatabases } from '../../workers/work-database';
import { openWasmDatabase } from '../helpers/wasm-db';
import { byStep, STEP_LABELS, STEPS } from './steps';
import type { NativeTiming } from './native';
import { fileFor } from './sample-file';

const [file, json] = process.argv.slice(2);
const statements = JSON.parse(readFileSync(json, 'utf8')) as NativeTiming[];
const { db, duckdb, connection } = await openWasmDatabase();
// The browser's setup (not among the recorded statements): its database and memory limit.
const databases = new WorkDatabases((sql) => connection.query(sql));
databases.open();
databases.beforeReading(statSync(file).size);
connection.query(`SET memory_limit = '${MEMORY_LIMIT}'`);
for (const name of INPUT_NAMES) {
  db.registerFileURL(name, resolve(fileFor(name, file)), duckdb.DuckDBDataProtocol.NODE_FS, false);
}

const wall: NativeTiming[] = [];
const cpu: NativeTiming[] = [];
for (const s of statements) {
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  try {
    connection.query(s.sql);
  } catch (e) {
    console.error(`failed: ${String(e).split('\n')[0]}: ${s.sql.slice(0, 80)}`);
  }
  const used = process.cpuUsage(cpu0);
  wall.push({ ...s, ms: performance.now() - started });
  cpu.push({ ...s, ms: (used.user + used.system) / 1000 });
}
const w = byStep(wall);
const c = byStep(cpu);
const total = (t: NativeTiming[]) => t.reduce((sum, s) => sum + s.ms, 0);
for (const step of STEPS) {
  if (w[step] === undefined) continue;
  console.log(
    `${STEP_LABELS[step].padEnd(30)} wall ${Math.round(w[step]).toString().padStart(7)} ms  cpu ${Math.round(
      c[step] ?? 0,
    )
      .toString()
      .padStart(7)} ms`,
  );
}
console.log(
  `${'all statements'.padEnd(30)} wall ${Math.round(total(wall)).toString().padStart(7)} ms  cpu ${Math.round(total(cpu)).toString().padStart(7)} ms  (${statements.length} statements)`,
);
// The costliest statements, to see where a step's time goes.
for (const s of [...cpu].sort((a, b) => b.ms - a.ms).slice(0, 8)) {
  console.log(
    `${Math.round(s.ms).toString().padStart(7)} ms cpu  ${s.sql.replace(/\s+/g, ' ').slice(0, 100)}`,
  );
}
console.log(
  `peak resident memory of this process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
);

// `npm run analyze -- FILE ...`: the JSON report on stdout, one clear line on stderr on failure.
import { existsSync } from 'node:fs';
import { parseArgs, USAGE } from './args';
import { ingestPath } from './input';
import { openNodeDatabase } from './node-db';
import { applyPlan, inspectAndPlan } from '../lib/import/prepare';
import { buildReport } from '../lib/report/report';

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    console.error(`regulars: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!existsSync(options.file)) {
    console.error(`regulars: no such file: ${options.file}`);
    return 1;
  }
  const db = await openNodeDatabase();
  try {
    await ingestPath(db, options.file, options.source);
    const { info, plan } = await inspectAndPlan(db, options.mapping);
    await applyPlan(
      db,
      plan,
      info.columns.map((c) => c.name),
    );
    const report = await buildReport(db, {
      period: options.period,
      asOf: options.asOf,
      mapping: plan.mapping,
      windowMonths: options.windowMonths,
      overdueFactor: options.overdueFactor,
      lineAmounts: !plan.orderTotals,
    });
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return 0;
  } catch (e) {
    console.error(`regulars: ${options.file}: ${firstLine(e)}`);
    return 1;
  } finally {
    db.close();
  }
}

const firstLine = (e: unknown) => String(e instanceof Error ? e.message : e).split('\n')[0];

process.exitCode = await main(process.argv.slice(2));

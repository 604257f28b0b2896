// `npm run analyze -- FILE ...`: the JSON report on stdout, one clear line on stderr on failure.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs, USAGE } from './args';
import { ingestPath } from './input';
import { openNodeDatabase } from './node-db';
import { applyPlan, inspectAndPlan } from '../lib/import/prepare';
import { fitModels } from '../lib/analyses/predict/fit';
import { predictionsReport, problemWords } from '../lib/report/predictions';
import { rawViewSql } from '../lib/import/whole-read';
import { buildReport } from '../lib/report/report';
import { readSummaryFile } from './summary-file';
import { parseFollowUpFile, type FollowUp } from '../lib/analyses/follow-up/record';

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
  let followUps: FollowUp[] | undefined;
  if (options.followUp !== undefined) {
    try {
      followUps = parseFollowUpFile(readFileSync(options.followUp, 'utf8'));
    } catch (e) {
      console.error(`regulars: ${options.followUp}: ${firstLine(e)}`);
      return 1;
    }
  }
  const db = await openNodeDatabase();
  const note = (line: string) => console.error(`regulars: ${line}`);
  try {
    if (options.summary) {
      const { histories, spend } = await readSummaryFile(db, options.file, options.summary);
      const fitted = fitModels(histories, spend);
      if (fitted.problem) note(problemWords(fitted.problem, 'BG/NBD'));
      else if (options.summary.zbar && fitted.spend_problem) {
        note(problemWords(fitted.spend_problem, 'Gamma-Gamma'));
      }
      const report = { predictions: predictionsReport(fitted) };
      process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      return 0;
    }
    await ingestPath(db, options.file, options.source);
    const { info, plan } = await inspectAndPlan(db, options.mapping);
    const lines = await applyPlan(
      db,
      plan,
      info.columns.map((c) => c.name),
    );
    // A column picked with --by is read from `raw`, the file as SQL cells see it.
    if (options.by?.kind === 'column') await db.exec(rawViewSql(lines));
    const report = await buildReport(db, {
      period: options.period,
      asOf: options.asOf,
      mapping: plan.mapping,
      windowMonths: options.windowMonths,
      overdueFactor: options.overdueFactor,
      lineAmounts: !plan.orderTotals,
      predict: options.predict ? { calibrationEnd: options.calibrationEnd } : undefined,
      by: options.by,
      followUps,
      onNote: note,
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

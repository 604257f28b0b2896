// Issue 8: the Persian bookshop, written with Jalali dates and Persian digits, must give the
// very numbers of its twin, the same rows (same seed) with Gregorian ISO dates. Both go
// through the command line's own path: ingest, inspect, plan, then the full JSON report on
// native DuckDB.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../src/cli/node-db';
import { ingestFile } from '../../src/lib/import/ingest';
import { applyPlan, inspectAndPlan } from '../../src/lib/import/prepare';
import { buildReport, type Report } from '../../src/lib/report/report';
import { bookshopCsv, bookshopProfile } from '../../src/lib/sample/bookshop';

async function report(csv: string): Promise<{ report: Report; dateFormats: string[] }> {
  const path = join(mkdtempSync(join(tmpdir(), 'regulars-twin-')), 'bookshop.csv');
  writeFileSync(path, csv);
  const db = await openNodeDatabase({ threads: 1 });
  try {
    await ingestFile(db, path);
    const { info, plan, dates } = await inspectAndPlan(db);
    await applyPlan(
      db,
      plan,
      info.columns.map((c) => c.name),
    );
    return {
      report: await buildReport(db, { period: 'month', mapping: plan.mapping }),
      dateFormats: dates.formats,
    };
  } finally {
    db.close();
  }
}

describe('the Jalali bookshop and its Gregorian twin', () => {
  const profile = bookshopProfile();
  const jalali = bookshopCsv(profile, 'jalali');
  const gregorian = bookshopCsv(profile, 'gregorian');

  it('differ only in the date column', () => {
    const a = jalali.split('\n');
    const b = gregorian.split('\n');
    expect(a.length).toBe(b.length);
    // 1401/01/01 is 2022-03-21, the first day of the data.
    expect(a[1].split(',')[1]).toBe('۱۴۰۱/۰۱/۰۱');
    expect(b[1].split(',')[1]).toBe('2022-03-21');
    const withoutDate = (line: string) => line.split(',').toSpliced(1, 1).join(',');
    expect(a.map(withoutDate)).toEqual(b.map(withoutDate));
  });

  it('import and analyse to the same report, number for number', async () => {
    const [j, g] = await Promise.all([report(jalali), report(gregorian)]);
    expect(j.dateFormats).toContain('jalali');
    expect(g.dateFormats).not.toContain('jalali');
    expect(j.report.summary.skipped_rows).toBe(0);
    expect(j.report.summary.customers).toBe(profile.customers);
    // The data spans 1401/01/01 .. 1402/12/29 and a bit: Gregorian 2022-03-21 onwards.
    expect(j.report.summary.first_purchase).toBe('2022-03-21');
    expect(j.report).toEqual(g.report);
  });
});

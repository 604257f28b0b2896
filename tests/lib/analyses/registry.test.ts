// The registry agrees with every place an analysis must be known: its folder, the catalogues,
// the notebook, the report. Forgetting one of them when adding an analysis fails here.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/lib/analyses/analysis';
import { ANALYSES, REPORT_ORDER } from '../../../src/lib/analyses/registry';
import { LANGUAGES } from '../../../src/lib/i18n/languages';
import { catalogues } from '../../../src/lib/i18n/translate';
import {
  ANALYSIS_KINDS,
  CELL_KINDS,
  DEFAULT_ANALYSES,
  defaultNotebook,
} from '../../../src/lib/notebook/model';
import { parseNotebook } from '../../../src/lib/notebook/schema';

const folder = join(import.meta.dirname, '../../../src/lib/analyses');
const kinds = ANALYSES.map((a) => a.kind);
const unique = (values: readonly string[]) => new Set(values).size === values.length;

describe('the registry of analyses', () => {
  it('lists every analysis folder that declares one, once', async () => {
    const declared = readdirSync(folder, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(folder, d.name, 'analysis.ts')))
      .map((d) => d.name);
    const found: Analysis[] = [];
    for (const name of declared) {
      const module = (await import(join(folder, name, 'analysis.ts'))) as Record<string, Analysis>;
      found.push(...Object.values(module));
    }
    expect(found.length).toBeGreaterThanOrEqual(10);
    expect(new Set(found)).toEqual(new Set(ANALYSES));
    expect(found).toHaveLength(ANALYSES.length);
  });

  it('gives every analysis its own kind and its own report key', () => {
    expect(unique(kinds)).toBe(true);
    const keys = ANALYSES.flatMap((a: Analysis) => (a.report ? [a.report.key] : []));
    expect(unique(keys)).toBe(true);
  });

  it.each(LANGUAGES)('has the title and question of every analysis in the %s catalogue', (lang) => {
    const catalogue: Record<string, unknown> = catalogues[lang];
    for (const a of ANALYSES) {
      expect(a.title).toBe(`cell.kind.${a.kind}`);
      expect(a.question).toBe(`landing.${a.kind}`);
      expect(catalogue[a.title], `${lang} ${a.title}`).toBeTruthy();
      expect(catalogue[a.question], `${lang} ${a.question}`).toBeTruthy();
    }
  });

  it('makes the notebook: its kinds, and a new notebook in the registry order without the others', () => {
    expect(ANALYSIS_KINDS).toEqual(kinds);
    expect(CELL_KINDS).toEqual(['markdown', 'sql', ...kinds]);
    // Follow-ups wait for the first follow-up (a default notebook's link stays short).
    const byDefault = kinds.filter((k) => k !== 'follow-ups');
    expect(DEFAULT_ANALYSES).toEqual(byDefault);
    expect(defaultNotebook().cells.map((c) => c.kind)).toEqual(['markdown', ...byDefault]);
  });

  it('lets a notebook file hold a cell of every analysis', () => {
    const notebook = {
      ...defaultNotebook(),
      cells: kinds.map((kind, i) => ({ id: `c${i}`, kind })),
    };
    expect(parseNotebook(notebook).cells.map((c) => c.kind)).toEqual(kinds);
  });

  it("orders the report's sections by analyses it has, each once", () => {
    expect(unique(REPORT_ORDER)).toBe(true);
    for (const kind of REPORT_ORDER)
      expect(ANALYSES.find((a) => a.kind === kind)?.report).toBeTruthy();
  });
});

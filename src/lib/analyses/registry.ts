// Every analysis, one line each, in the order a new notebook shows them. Adding one: its folder
// with an `analysis.ts`, a line here, its view in src/lib/components/cells.ts, its state in
// src/lib/state/analyses/ and its message keys in the five catalogues (tests/lib/analyses/registry.test.ts checks they all agree).
import type { Analysis } from './analysis';
import { cohorts } from './cohorts/analysis';
import { firstOrder } from './first-order/analysis';
import { followUps } from './follow-up/analysis';
import { inactivity } from './inactivity/analysis';
import { pareto } from './pareto/analysis';
import { predict } from './predict/analysis';
import { products } from './products/analysis';
import { repeat } from './repeat/analysis';
import { rfm } from './rfm/analysis';
import { summary } from './summary/analysis';

export const ANALYSES = [
  summary,
  cohorts,
  repeat,
  products,
  firstOrder,
  rfm,
  inactivity,
  predict,
  pareto,
  followUps,
] as const satisfies readonly Analysis[];

export type AnalysisKind = (typeof ANALYSES)[number]['kind'];

/**
 * The report's sections in the contract's order (DESIGN.md), which is also an order they can be
 * computed in: the forecasts before the first-order groups that read them. An analysis not
 * listed here adds its section after these, in the order above.
 */
export const REPORT_ORDER: readonly AnalysisKind[] = [
  'summary',
  'cohorts',
  'rfm',
  'inactivity',
  'pareto',
  'repeat',
  'products',
  'predict',
  'first-order',
  'follow-ups',
];

/** Every kind in the order they are computed: the report's, then any it does not list. */
export const COMPUTE_ORDER: readonly AnalysisKind[] = [
  ...REPORT_ORDER,
  ...ANALYSES.map((a) => a.kind).filter((kind) => !REPORT_ORDER.includes(kind)),
];

const byKind = new Map<string, Analysis>(ANALYSES.map((a) => [a.kind, a]));

export function analysis(kind: AnalysisKind): Analysis {
  const found = byKind.get(kind);
  if (!found) throw new Error(`no analysis ${kind}`);
  return found;
}

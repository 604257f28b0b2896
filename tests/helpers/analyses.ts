// Change some of the notebook's parameters, as the notebook does (it always sends them all).
import type { AnalysisParams, Analyses } from '../../src/lib/state/analyses.svelte';

export const change = (a: Analyses, params: Partial<AnalysisParams>): Promise<void> =>
  a.apply({
    period: a.period,
    windowMonths: a.windowMonths,
    overdueFactor: a.overdueFactor,
    asOf: a.asOf,
    ...params,
  });

// The overview's sentences and the contents' figures, as message keys filled with formatted
// values. The translation and the formatters are passed in, so this stays free of the UI.
import { analysis, type AnalysisKind } from '../registry';
import type { RepeatResult } from '../repeat/types';
import type { RfmResult } from '../rfm/types';
import type { Summary } from '../summary/types';
import type { InactivityResult } from '../inactivity/types';
import type { ParetoResult } from '../pareto/types';
import type { OverviewItem } from './items';

/** The translation function and the formatters, as the page has them. */
export interface OverviewFormat {
  t: (key: string, params?: Record<string, string | number>) => string;
  integer: (n: number) => string;
  /** Money rounded to whole units. */
  money: (n: number) => string;
  /** A share as a whole percentage. */
  share: (s: number) => string;
  number: (n: number) => string;
}

/** What the overview shows of one item: the big figure, the sentence, the link's label. */
export interface OverviewText {
  figure: string;
  sentence: string;
  link: string;
}

export function overviewText(item: OverviewItem, f: OverviewFormat): OverviewText {
  const count = f.integer(item.count);
  const share = item.share === null ? '–' : f.share(item.share);
  const money = item.money === null ? '' : f.money(item.money);
  const param = item.param ?? 0;
  const params: Record<string, Record<string, string | number>> = {
    lapsed: { count, months: param, share, money },
    overdue: { count, factor: f.number(param) },
    inWindow: { count, days: param },
    top20: { count, share, money },
  };
  return {
    figure: count,
    sentence: f.t(`overview.${item.kind}`, params[item.kind]),
    link: f.t(`overview.open.${item.kind}`),
  };
}

/** The results the contents take their figures from. */
export interface ContentsInput {
  summary: Summary | null;
  repeat: RepeatResult | null;
  rfm: RfmResult | null;
  inactivity: InactivityResult | null;
  pareto: ParetoResult | null;
}

/**
 * The headline figure beside a section in the contents, the same one its cell leads with; null
 * for a section without one (or whose result is not there yet).
 */
export function contentsFigure(
  kind: AnalysisKind,
  input: ContentsInput,
  f: OverviewFormat,
): string | null {
  return analysis(kind).contents?.(input, f) ?? null;
}

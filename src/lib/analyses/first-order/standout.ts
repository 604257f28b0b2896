// The one sentence a cell leads with: the group whose second-purchase rate differs most from
// everyone else's. A group is compared with the customers NOT in it (all minus the group: a
// group's customers are a subset of all, overlapping groups included), at 90 days, or at the
// first of 60, 30, 180 days where some group has enough eligible customers.
import type { FirstOrderBy } from './attribute';
import type { FirstOrderGroup, FirstOrderResult, Standout } from './types';

export const STANDOUT_WINDOWS = [90, 60, 30, 180] as const;
/** Standing out: at least a quarter more (or a fifth less) and 3 points apart. */
export const STANDOUT_RATIO = 1.25;
export const STANDOUT_POINTS = 0.03;

interface Candidate {
  group: FirstOrderGroup;
  share: number;
  rest: number;
}

export function findStandout(
  groups: readonly FirstOrderGroup[],
  minCustomers: number,
): Standout | null {
  const all = groups.find((g) => g.kind === 'all');
  if (!all) return null;
  for (const days of STANDOUT_WINDOWS) {
    const total = all.within.find((w) => w.days === days);
    if (!total || total.eligible === 0) continue;
    const candidates: Candidate[] = [];
    for (const group of groups) {
      if (group.kind === 'all' || group.small) continue;
      const w = group.within.find((x) => x.days === days);
      if (!w) continue;
      const restEligible = total.eligible - w.eligible;
      if (w.eligible < minCustomers || restEligible < minCustomers) continue;
      candidates.push({
        group,
        share: w.returned / w.eligible,
        rest: (total.returned - w.returned) / restEligible,
      });
    }
    if (candidates.length === 0) continue;
    const differs = (c: Candidate) =>
      Math.abs(c.share - c.rest) >= STANDOUT_POINTS &&
      (c.rest === 0 ||
        c.share / c.rest >= STANDOUT_RATIO ||
        c.share / c.rest <= 1 / STANDOUT_RATIO);
    // The largest gap in points; equal gaps: the larger group.
    const best = candidates
      .filter(differs)
      .sort(
        (a, b) =>
          Math.abs(b.share - b.rest) - Math.abs(a.share - a.rest) ||
          b.group.customers - a.group.customers,
      )[0];
    if (!best) {
      return {
        group: null,
        direction: 'none',
        days,
        share: total.returned / total.eligible,
        rest: null,
        ratio: null,
      };
    }
    return {
      group: best.group.index,
      direction: best.share > best.rest ? 'more' : 'less',
      days,
      share: best.share,
      rest: best.rest,
      ratio: best.rest > 0 ? best.share / best.rest : null,
    };
  }
  return null;
}

/** The translation and a share formatter, as the page (or the command line) has them. */
export interface SentenceFormat {
  t: (key: string, params?: Record<string, string | number>) => string;
  share: (s: number) => string;
}

/** Who a group is, in words: "Customers whose first order included Mug". */
export function groupWho(
  by: FirstOrderBy,
  group: Pick<FirstOrderGroup, 'kind' | 'value'>,
  top: number,
  f: SentenceFormat,
): string {
  const column = by.kind === 'column' ? by.column : '';
  if (group.kind === 'all') return f.t('firstOrder.who.all');
  if (group.kind === 'value') {
    return f.t(`firstOrder.who.${by.kind}`, { value: group.value ?? '', column });
  }
  return f.t(`firstOrder.who.${group.kind}.${by.kind}`, { column, top });
}

/** The sentence for the standout, or why there is none: too early, or too few customers. */
export function standoutSentence(result: FirstOrderResult, f: SentenceFormat): string {
  const s = result.standout;
  if (!s) {
    const shortest = result.groups.find((g) => g.kind === 'all')?.within[0];
    return shortest && shortest.eligible === 0
      ? f.t('firstOrder.standout.young', { days: shortest.days })
      : f.t('firstOrder.standout.few', { min: result.min_customers });
  }
  if (s.direction === 'none') {
    return f.t('firstOrder.standout.none', { days: s.days, share: f.share(s.share) });
  }
  const group = result.groups.find((g) => g.index === s.group);
  if (!group) return '';
  return f.t(`firstOrder.standout.${s.direction}`, {
    who: groupWho(result.by, group, result.top, f),
    days: s.days,
    share: f.share(s.share),
    rest: f.share(s.rest ?? 0),
  });
}

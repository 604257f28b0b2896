// The JSON report of DESIGN.md "The command line": the same numbers the notebook shows, one
// section per analysis of the registry. Keys follow the contract; keys beyond it are additions,
// never renames.
import { defaultAsOf } from '../analyses/asof';
import { DEFAULT_OVERDUE_FACTOR, DEFAULT_WINDOW_MONTHS } from '../analyses/inactivity/window';
import { analysis, ANALYSES, COMPUTE_ORDER } from '../analyses/registry';
import { ImportError } from '../import/prepare';
import type { Executor } from '../sql/executor';
import type { ReportContext, ReportOptions } from './section';

export type { ReportOptions } from './section';
export { predictionNotes } from './predictions';

type Analyses = (typeof ANALYSES)[number];
/** A section's value as its analysis builds it (undefined: left out of the report). */
type SectionValue<A> = A extends { report: { build: (...args: never[]) => Promise<infer V> } }
  ? V
  : never;
type SectionKey<A> = A extends { report: { key: infer K extends string } } ? K : never;
// Per analysis (`A extends unknown` distributes over the union).
type Always<A> = A extends unknown ? (undefined extends SectionValue<A> ? never : A) : never;
type Sometimes<A> = A extends unknown ? (undefined extends SectionValue<A> ? A : never) : never;

/** The report: a key per section, present unless the options leave that section out. */
export type Report = {
  [A in Always<Analyses> as SectionKey<A>]: SectionValue<A>;
} & {
  [A in Sometimes<Analyses> as SectionKey<A>]?: Exclude<SectionValue<A>, undefined>;
};

/** The analyses with a report section, in the order they are computed and written. */
const sections = COMPUTE_ORDER.map(analysis).flatMap((a) => (a.report ? [a.report] : []));

export async function buildReport(db: Executor, options: ReportOptions): Promise<Report> {
  const asOf = options.asOf ?? (await defaultAsOf(db));
  if (!asOf) throw new ImportError('no purchases: no order has a total above zero');
  const context: ReportContext = {
    ...options,
    asOf,
    windowMonths: options.windowMonths ?? DEFAULT_WINDOW_MONTHS,
    overdueFactor: options.overdueFactor ?? DEFAULT_OVERDUE_FACTOR,
  };
  const report: Record<string, unknown> = {};
  // One after another: the worker's database runs one query at a time, and a later section
  // may read what an earlier one wrote (the first-order values read the forecasts).
  for (const section of sections) {
    const value = await section.build(db, context);
    if (value !== undefined) report[section.key] = value;
  }
  // The types above say what the registry's sections build; the loop cannot show it.
  return report as Report;
}

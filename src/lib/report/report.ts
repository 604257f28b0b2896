// The JSON report of DESIGN.md "The command line": the same numbers the notebook shows.
// Keys follow the contract; keys beyond it are additions, never renames.
import { defaultAsOf } from '../analyses/asof';
import { runCohorts } from '../analyses/cohorts/run';
import type { FirstOrderBy } from '../analyses/first-order/attribute';
import { firstOrderReport } from './first-order';
import { runFollowUp } from '../analyses/follow-up/measure';
import type { FollowUp } from '../analyses/follow-up/record';
import { runInactivity, runLapsedByMonth } from '../analyses/inactivity/run';
import { DEFAULT_OVERDUE_FACTOR, DEFAULT_WINDOW_MONTHS } from '../analyses/inactivity/window';
import { runPareto } from '../analyses/pareto/run';
import type { PredictResult } from '../analyses/predict/result';
import { runPredictions } from '../analyses/predict/run';
import type { Period } from '../analyses/period';
import { runProducts } from '../analyses/products/run';
import { runInWindow, runRepeat, runRepeatByCohort } from '../analyses/repeat/run';
import { runRfm } from '../analyses/rfm/run';
import { runSummary } from '../analyses/summary/run';
import type { Executor } from '../sql/executor';
import { ImportError } from '../import/prepare';
import type { Mapping } from '../import/roles';
import { predictionsReport, problemWords } from './predictions';

export interface ReportOptions {
  period: Period;
  asOf?: string;
  mapping: Mapping;
  /** Calendar months of the inactivity window; default 6. */
  windowMonths?: number;
  /** Overdue = days since the last purchase > factor x the usual gap; default 2. */
  overdueFactor?: number;
  /** False when the amount is an order total on one line (ImportPlan.orderTotals). */
  lineAmounts?: boolean;
  /** Add the `predictions` section (BG/NBD, Gamma-Gamma, holdout check). */
  predict?: { calibrationEnd?: string };
  /** Add the `by_first_order` section, customers split by this attribute of their first order. */
  by?: FirstOrderBy;
  /** Follow-ups to measure on this data (the `follow_ups` section). */
  followUps?: readonly FollowUp[];
  /** Told, in plain words, why predictions should not be trusted (for stderr). */
  onNote?: (line: string) => void;
}

export async function buildReport(db: Executor, options: ReportOptions) {
  const asOf = options.asOf ?? (await defaultAsOf(db));
  if (!asOf) throw new ImportError('no purchases: no order has a total above zero');
  const windowMonths = options.windowMonths ?? DEFAULT_WINDOW_MONTHS;
  const overdueFactor = options.overdueFactor ?? DEFAULT_OVERDUE_FACTOR;
  // The currency is for display only: the contract's report has no such key.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { currencies, currency, ...summary } = await runSummary(db, asOf);
  const cohorts = await runCohorts(db, options.period, asOf);
  const rfm = await runRfm(db, { asOf });
  const inactivity = await runInactivity(db, { asOf, windowMonths, overdueFactor });
  const byMonth = await runLapsedByMonth(db, { asOf, windowMonths });
  const pareto = await runPareto(db, { asOf });
  const repeat = await runRepeat(db, { asOf });
  const byCohort = await runRepeatByCohort(db, { asOf });
  const inWindow = await runInWindow(db, { asOf, limit: 0 });
  // Only with a product column: "what regulars buy" has nothing to say without one.
  const products = options.mapping.product
    ? await runProducts(db, { asOf, windowMonths, lineAmounts: options.lineAmounts ?? true })
    : undefined;
  const predicted = options.predict
    ? await runPredictions(db, { asOf, calibrationEnd: options.predict.calibrationEnd })
    : null;
  if (predicted) for (const line of predictionNotes(predicted)) options.onNote?.(line);
  const byFirstOrder = options.by
    ? await firstOrderReport(db, {
        asOf,
        by: options.by,
        mapping: options.mapping,
        windowMonths,
        predicted: predicted !== null,
      })
    : undefined;
  const followUps = [];
  for (const f of options.followUps ?? []) followUps.push(await runFollowUp(db, f, asOf));
  return {
    summary: { ...summary, mapping: options.mapping },
    cohorts: {
      period: cohorts.period,
      latest: cohorts.latest,
      latest_incomplete: cohorts.latestIncomplete,
      rows: cohorts.rows.map((r) => ({
        cohort: r.cohort,
        active: r.active,
        active_or_later: r.activeOrLater,
        revenue: r.revenue,
      })),
    },
    rfm: {
      customers: rfm.customers,
      segments: rfm.segments,
      scores: rfm.scores,
    },
    inactivity: {
      ...inactivity,
      lapsed_by_month: byMonth,
    },
    pareto: {
      customers: pareto.customers,
      revenue: pareto.revenue,
      top20_customers: pareto.top20_customers,
      top20_revenue_share: pareto.top20_revenue_share,
      customers_for_80pct: pareto.customers_for_80pct,
      customer_share_for_80pct: pareto.customer_share_for_80pct,
    },
    repeat: {
      within: repeat.within,
      returned_customers: repeat.returned_customers,
      median_days_to_second: repeat.median_days_to_second,
      gap_bins: repeat.gap_bins,
      by_cohort: byCohort.map((c) => ({
        cohort: c.cohort,
        customers: c.customers,
        within: c.within,
      })),
      in_window: { days: inWindow.days, customers: inWindow.customers },
    },
    ...(products ? { products } : {}),
    ...(predicted ? { predictions: predictionsReport(predicted) } : {}),
    ...(byFirstOrder ? { by_first_order: byFirstOrder } : {}),
    ...(options.followUps ? { follow_ups: followUps } : {}),
  };
}

export function predictionNotes(result: PredictResult): string[] {
  const notes: string[] = [];
  if (result.problem) notes.push(problemWords(result.problem, 'BG/NBD'));
  else if (result.spend_problem) notes.push(problemWords(result.spend_problem, 'Gamma-Gamma'));
  const holdout = result.holdout?.problem;
  if (holdout) notes.push(problemWords(holdout, 'holdout check'));
  return notes;
}

export type Report = Awaited<ReturnType<typeof buildReport>>;

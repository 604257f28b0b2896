// One analysis's part of the command line's JSON report: its key and how it is computed.
import type { FirstOrderBy } from '../analyses/first-order/attribute';
import type { FollowUp } from '../analyses/follow-up/record';
import type { Period } from '../analyses/period';
import type { Mapping } from '../import/roles';
import type { Executor } from '../sql/executor';

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

/** The options with their defaults filled in, as every section receives them. */
export interface ReportContext extends ReportOptions {
  asOf: string;
  windowMonths: number;
  overdueFactor: number;
}

export interface ReportSection<Key extends string = string, Value = unknown> {
  /** The section's key in the report (DESIGN.md, "The command line"). */
  key: Key;
  /** The section, or undefined when the options leave it out (no product column, no --by …). */
  build: (db: Executor, context: ReportContext) => Promise<Value | undefined>;
}

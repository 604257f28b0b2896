import { rowsOf, type Executor } from '../../sql/executor';
import { DEFAULT_LIST_LIMIT } from '../customers/list';
import { ensureCustomerSummary } from '../customers/ensure';
import { paretoCurveSql, paretoSummarySql, vipCustomersSql } from './sql';
import type { ParetoPoint, ParetoResult, ParetoSummary, VipCustomer } from './types';

export const DEFAULT_CURVE_POINTS = 500;

export interface ParetoParams {
  asOf: string;
  /** Most points in the curve, the origin included; default 500. */
  maxPoints?: number;
}

export async function runPareto(
  db: Executor,
  { asOf, maxPoints = DEFAULT_CURVE_POINTS }: ParetoParams,
): Promise<ParetoResult> {
  await ensureCustomerSummary(db, asOf);
  const [summary] = rowsOf<ParetoSummary>(await db.query(paretoSummarySql));
  const points = rowsOf<ParetoPoint>(await db.query(paretoCurveSql(maxPoints)));
  const origin: ParetoPoint = { k: 0, customer_share: 0, revenue_share: 0 };
  return { ...summary, curve: points.length > 0 ? [origin, ...points] : [] };
}

export interface VipParams {
  asOf: string;
  limit?: number;
}

/** The VIP list: the top 20% of customers by net revenue (ties by customer id). */
export async function runVipCustomers(
  db: Executor,
  { asOf, limit = DEFAULT_LIST_LIMIT }: VipParams,
): Promise<VipCustomer[]> {
  await ensureCustomerSummary(db, asOf);
  return rowsOf<VipCustomer>(await db.query(vipCustomersSql(limit)));
}

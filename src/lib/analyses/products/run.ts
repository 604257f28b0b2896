import { rowsOf, type Executor } from '../../sql/executor';
import { ensureCustomerSummary } from '../customers/ensure';
import { DEFAULT_WINDOW_MONTHS } from '../inactivity/window';
import {
  buildGateway,
  buildGroups,
  type CountryCountRow,
  type GatewayCountRow,
  type RankRow,
  type SizeRow,
} from './build';
import {
  countriesSql,
  DEFAULT_GATEWAY_DAYS,
  DEFAULT_MIN_CUSTOMERS,
  DEFAULT_TOP,
  gatewaySql,
  groupSizesSql,
  lineCountsSql,
  productRanksSql,
} from './sql';
import type { ProductsResult } from './types';

export interface ProductsParams {
  asOf: string;
  /** The inactivity window that defines the lapsed group; default 6 months. */
  windowMonths?: number;
  /** The window of gateway products: back within this many days; default 90. */
  gatewayDays?: number;
  /** Products per list; default 10. */
  top?: number;
  /** Figures behind fewer customers are flagged or left out; default 10. */
  minCustomers?: number;
  /**
   * Whether each line carries its own amount. False when the amount is an order total written
   * once per order (ImportPlan.orderTotals): a product's revenue is then unknown.
   */
  lineAmounts?: boolean;
}

export async function runProducts(
  db: Executor,
  {
    asOf,
    windowMonths = DEFAULT_WINDOW_MONTHS,
    gatewayDays = DEFAULT_GATEWAY_DAYS,
    top = DEFAULT_TOP,
    minCustomers = DEFAULT_MIN_CUSTOMERS,
    lineAmounts = true,
  }: ProductsParams,
): Promise<ProductsResult> {
  await ensureCustomerSummary(db, asOf);
  const options = { top, minCustomers, revenueKnown: lineAmounts };
  const [counts] = rowsOf<{ lines: number; lines_without_product: number }>(
    await db.query(lineCountsSql(asOf)),
  );
  const sizes = rowsOf<SizeRow>(await db.query(groupSizesSql(asOf, windowMonths)));
  const ranks = rowsOf<RankRow>(
    await db.query(productRanksSql({ asOf, windowMonths, top, minCustomers })),
  );
  const countries = rowsOf<CountryCountRow>(await db.query(countriesSql(asOf, windowMonths)));
  const gateway = rowsOf<GatewayCountRow>(await db.query(gatewaySql(asOf, gatewayDays)));
  return {
    min_customers: minCustomers,
    revenue_known: lineAmounts,
    lines: counts.lines,
    lines_without_product: counts.lines_without_product,
    groups: buildGroups(sizes, ranks, countries, options),
    gateway: buildGateway(gateway, gatewayDays, options),
  };
}

/** Just the gateway products, for a change of their window. */
export async function runGateway(
  db: Executor,
  {
    asOf,
    gatewayDays = DEFAULT_GATEWAY_DAYS,
    top = DEFAULT_TOP,
    minCustomers = DEFAULT_MIN_CUSTOMERS,
  }: ProductsParams,
) {
  await ensureCustomerSummary(db, asOf);
  const rows = rowsOf<GatewayCountRow>(await db.query(gatewaySql(asOf, gatewayDays)));
  return buildGateway(rows, gatewayDays, { top, minCustomers });
}

// From the flat query rows to the lists of each group (pure, so it is tested without a database).
import { SEGMENTS } from '../rfm/segments';
import type {
  CountryRow,
  GatewayProduct,
  GatewayResult,
  GroupKey,
  ProductGroup,
  ProductRow,
} from './types';

/** The order groups are shown in: everyone, the segments best first, then the lapsed. */
export const GROUP_ORDER: readonly GroupKey[] = ['all', ...SEGMENTS.map((s) => s.key), 'lapsed'];

export const TOP_COUNTRIES = 5;

/** Code-point order, as SQL sorts text: the same in every locale. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface SizeRow {
  grp: string;
  customers: number;
  known: number;
}

export interface RankRow {
  grp: string;
  product: string;
  customers: number;
  known: number;
  overall_customers: number;
  overall_known: number;
  picks: number;
  overall_picks: number;
  revenue: number;
  revenue_share: number | null;
  overall_revenue_share: number | null;
  by_revenue: number | null;
  by_customers: number | null;
  over_rank: number | null;
  under_rank: number | null;
}

export interface CountryCountRow {
  grp: string;
  country: string | null;
  customers: number;
}

export interface GatewayCountRow {
  product: string | null;
  eligible: number;
  returned: number;
}

export interface BuildOptions {
  top: number;
  minCustomers: number;
  revenueKnown: boolean;
}

function productRow(r: RankRow, { minCustomers, revenueKnown }: BuildOptions): ProductRow {
  const mix = r.customers / r.picks;
  const overallMix = r.overall_customers / r.overall_picks;
  return {
    product: r.product,
    customers: r.customers,
    share: r.customers / r.known,
    overall_customers: r.overall_customers,
    overall_share: r.overall_customers / r.overall_known,
    mix,
    overall_mix: overallMix,
    lift: mix / overallMix,
    revenue: revenueKnown ? r.revenue : null,
    revenue_share: revenueKnown ? r.revenue_share : null,
    overall_revenue_share: revenueKnown ? r.overall_revenue_share : null,
    small: r.customers < minCustomers,
  };
}

function ranked(
  rows: RankRow[],
  rank: (r: RankRow) => number | null,
  options: BuildOptions,
): ProductRow[] {
  return rows
    .filter((r) => {
      const n = rank(r);
      return n !== null && n <= options.top;
    })
    .sort((a, b) => (rank(a) as number) - (rank(b) as number))
    .map((r) => productRow(r, options));
}

/** The top countries of a group, then every other country together, then "no country". */
export function countryMix(
  rows: CountryCountRow[],
  overall: Map<string | null, number>,
  overallCustomers: number,
  top = TOP_COUNTRIES,
): CountryRow[] {
  const total = rows.reduce((n, r) => n + r.customers, 0);
  const named = rows.filter((r) => r.country !== null);
  if (named.length === 0 || total === 0) return [];
  const sorted = [...named].sort(
    (a, b) => b.customers - a.customers || byText(a.country as string, b.country as string),
  );
  const shown = sorted.slice(0, top);
  const share = (n: number) => n / total;
  const overallShare = (n: number) => (overallCustomers > 0 ? n / overallCustomers : 0);
  const mix: CountryRow[] = shown.map((r) => ({
    kind: 'country',
    country: r.country,
    customers: r.customers,
    share: share(r.customers),
    overall_share: overallShare(overall.get(r.country) ?? 0),
  }));
  const rest = sorted.slice(top);
  if (rest.length > 0) {
    const customers = rest.reduce((n, r) => n + r.customers, 0);
    const elsewhere = rest.reduce((n, r) => n + (overall.get(r.country) ?? 0), 0);
    mix.push({
      kind: 'other',
      country: null,
      customers,
      share: share(customers),
      overall_share: overallShare(elsewhere),
    });
  }
  const unknown = rows.find((r) => r.country === null);
  if (unknown) {
    mix.push({
      kind: 'unknown',
      country: null,
      customers: unknown.customers,
      share: share(unknown.customers),
      overall_share: overallShare(overall.get(null) ?? 0),
    });
  }
  return mix;
}

export function buildGroups(
  sizes: SizeRow[],
  ranks: RankRow[],
  countries: CountryCountRow[],
  options: BuildOptions,
): ProductGroup[] {
  const overallCountries = new Map(
    countries.filter((c) => c.grp === 'all').map((c) => [c.country, c.customers] as const),
  );
  const allCustomers = sizes.find((s) => s.grp === 'all')?.customers ?? 0;
  return GROUP_ORDER.flatMap((key) => {
    const size = sizes.find((s) => s.grp === key);
    if (!size) return [];
    const rows = ranks.filter((r) => r.grp === key);
    return [
      {
        key,
        customers: size.customers,
        known: size.known,
        by_revenue: options.revenueKnown ? ranked(rows, (r) => r.by_revenue, options) : [],
        by_customers: ranked(rows, (r) => r.by_customers, options),
        over: ranked(rows, (r) => r.over_rank, options),
        under: ranked(rows, (r) => r.under_rank, options),
        countries: countryMix(
          countries.filter((c) => c.grp === key),
          overallCountries,
          allCustomers,
        ),
      },
    ];
  });
}

/**
 * Gateway products: above the average share of customers back in time (compared as whole
 * numbers), with at least `minCustomers` customers behind them; best share first.
 */
export function buildGateway(
  rows: GatewayCountRow[],
  days: number,
  { top, minCustomers }: Pick<BuildOptions, 'top' | 'minCustomers'>,
): GatewayResult {
  const base = rows.find((r) => r.product === null) ?? { eligible: 0, returned: 0 };
  const average = base.eligible > 0 ? base.returned / base.eligible : null;
  const above = rows.filter(
    (r): r is GatewayCountRow & { product: string } =>
      r.product !== null &&
      r.eligible > 0 &&
      r.returned * base.eligible > base.returned * r.eligible,
  );
  const products: GatewayProduct[] = above
    .filter((r) => r.eligible >= minCustomers)
    .map((r) => ({
      product: r.product,
      eligible: r.eligible,
      returned: r.returned,
      share: r.returned / r.eligible,
      // Being above the average means someone came back, so the average is above 0.
      lift: r.returned / r.eligible / (average as number),
    }))
    .sort(
      (a, b) =>
        b.returned * a.eligible - a.returned * b.eligible ||
        b.eligible - a.eligible ||
        byText(a.product, b.product),
    )
    .slice(0, top);
  return {
    days,
    eligible: base.eligible,
    returned: base.returned,
    share: average,
    products,
    hidden: above.filter((r) => r.eligible < minCustomers).length,
  };
}

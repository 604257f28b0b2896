// The columns of a customer list, shared by the table on screen and its CSV download.
import type { CustomerListRow } from '$lib/analyses/customers/list';
import {
  formatDate,
  formatInteger,
  formatMoney,
  formatMoneyCents,
  formatNumber,
  formatShare,
} from '$lib/i18n/format';
import { t } from '$lib/i18n/translate';
import type { CsvValue } from '$lib/export/csv';

export interface ListColumn<Row> {
  key: string;
  label: string;
  /** As shown on screen. */
  show: (row: Row) => string;
  /** As written to the CSV file: plain numbers and ISO dates. */
  value: (row: Row) => CsvValue;
  numeric?: boolean;
}

/** The customer's name: the first column of every customer list. */
export const nameColumn = <Row extends { customer: string }>(): ListColumn<Row> => ({
  key: 'customer',
  label: t('list.customer'),
  show: (r) => r.customer,
  value: (r) => r.customer,
});

export const purchasesColumn = <Row extends { purchases: number }>(): ListColumn<Row> => ({
  key: 'purchases',
  label: t('list.purchases'),
  show: (r) => formatInteger(r.purchases),
  value: (r) => r.purchases,
  numeric: true,
});

export const revenueColumn = <Row extends { revenue: number }>(): ListColumn<Row> => ({
  key: 'revenue',
  label: t('list.revenue'),
  show: (r) => formatMoneyCents(r.revenue),
  value: (r) => r.revenue,
  numeric: true,
});

export function customerColumns<Row extends CustomerListRow>(): ListColumn<Row>[] {
  return [
    nameColumn(),
    {
      key: 'last_purchase',
      label: t('list.lastPurchase'),
      show: (r) => formatDate(r.last_purchase),
      value: (r) => r.last_purchase,
    },
    {
      key: 'recency_days',
      label: t('list.daysSince'),
      show: (r) => formatInteger(r.recency_days),
      value: (r) => r.recency_days,
      numeric: true,
    },
    purchasesColumn(),
    revenueColumn(),
    {
      key: 'median_gap',
      label: t('list.usualGap'),
      show: (r) =>
        r.median_gap === null ? '–' : t('list.days', { days: formatNumber(r.median_gap, 1) }),
      value: (r) => r.median_gap,
      numeric: true,
    },
  ];
}

/**
 * The forecast columns (see analyses/predict): P(alive) and the value expected to be lost.
 * Blank for one-time buyers, whom the model does not judge.
 */
export function predictedColumns<Row extends CustomerListRow>(): ListColumn<Row>[] {
  return [
    {
      key: 'p_alive',
      label: t('list.alive'),
      show: (r) => (r.p_alive == null ? '–' : formatShare(r.p_alive)),
      value: (r) => r.p_alive ?? null,
      numeric: true,
    },
    {
      key: 'lost_value',
      label: t('list.lostValue'),
      show: (r) => (r.lost_value == null ? '–' : formatMoney(r.lost_value, 0)),
      value: (r) => r.lost_value ?? null,
      numeric: true,
    },
  ];
}

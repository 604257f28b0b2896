// The overview's and the contents' figures in the user's language: the translation and the
// formatters the pure overview text (analyses/overview/text.ts) is given.
import type { OverviewFormat } from '$lib/analyses/overview/text';
import type { MessageKey } from '$lib/i18n/en';
import { formatInteger, formatMoney, formatNumber, formatShare } from '$lib/i18n/format';
import { t } from '$lib/i18n/translate';

export const overviewFormat: OverviewFormat = {
  t: (key, values) => t(key as MessageKey, values),
  integer: formatInteger,
  money: (n) => formatMoney(n, 0),
  share: (s) => formatShare(s),
  number: (n) => formatNumber(n, 1),
};

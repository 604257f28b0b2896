// The overview a shop owner reads first, on hand-made results of a ten-customer shop:
//   revenue 1,000 in all; three customers (a, b, c) last bought before the six-month window and
//   brought 400 of it; two regulars (d, e) wait more than twice their usual gap; one first-time
//   buyer (f) is still in the 30-day window; the top 20% (g and h, two of ten) brought 600.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InactivityResult, GroupStats } from '../../../src/lib/analyses/inactivity/types';
import { listAnchor, overviewItems } from '../../../src/lib/analyses/overview/items';
import {
  contentsFigure,
  overviewText,
  type ContentsInput,
  type OverviewFormat,
} from '../../../src/lib/analyses/overview/text';
import type { ParetoResult } from '../../../src/lib/analyses/pareto/types';
import type { InWindowResult, RepeatResult } from '../../../src/lib/analyses/repeat/types';
import type { RfmResult } from '../../../src/lib/analyses/rfm/types';
import type { Summary } from '../../../src/lib/analyses/summary/types';
import { setCurrencies } from '../../../src/lib/i18n/currency.svelte';
import type { MessageKey } from '../../../src/lib/i18n/en';
import {
  formatInteger,
  formatMoney,
  formatNumber,
  formatShare,
} from '../../../src/lib/i18n/format';
import { setLocaleSettings } from '../../../src/lib/i18n/locale.svelte';
import { t } from '../../../src/lib/i18n/translate';

const group = (customers: number, revenue: number): GroupStats => ({
  customers,
  share: customers / 10,
  revenue,
  revenue_share: revenue / 1000,
  orders_per_customer: null,
  avg_order_value: null,
  median_days_since_last: null,
});

const inactivity = (
  lapsed = 3,
  overdue = 2,
  windowMonths = 6,
  lapsedRevenue = 400,
): InactivityResult => ({
  window_months: windowMonths,
  cutoff: '2024-06-30',
  active: group(10 - lapsed, 1000 - lapsedRevenue),
  lapsed: group(lapsed, lapsedRevenue),
  overdue: { factor: 2, customers: overdue },
});

const inWindow = (customers = 1): InWindowResult => ({ days: 30, customers, list: [] });

const pareto = (share: number | null = 0.6): ParetoResult => ({
  customers: 10,
  revenue: 1000,
  top20_customers: 2,
  top20_revenue_share: share,
  customers_for_80pct: 4,
  customer_share_for_80pct: 0.4,
  curve: [],
});

const format: OverviewFormat = {
  t: (key, values) => t(key as MessageKey, values),
  integer: formatInteger,
  money: (n) => formatMoney(n, 0),
  share: (s) => formatShare(s),
  number: (n) => formatNumber(n, 1),
};

beforeEach(() => {
  setLocaleSettings({ language: 'en', digits: 'native', calendar: 'native' });
  setCurrencies({ fromData: 'EUR', picked: null });
});
afterEach(() => {
  setLocaleSettings({ language: 'en' });
  setCurrencies({ fromData: null, picked: null });
});

describe('the overview items', () => {
  const all = { inactivity: inactivity(), inWindow: inWindow(), pareto: pareto() };

  it('lists who left, who is late, who is new and the top 20%, in that order', () => {
    expect(overviewItems(all).map((i) => [i.kind, i.cell, i.count])).toEqual([
      ['lapsed', 'inactivity', 3],
      ['overdue', 'inactivity', 2],
      ['inWindow', 'repeat', 1],
      ['top20', 'pareto', 2],
    ]);
  });

  it('puts the lapsed customers’ lifetime revenue and its share at stake', () => {
    const lapsed = overviewItems(all)[0];
    expect([lapsed.money, lapsed.share, lapsed.param]).toEqual([400, 0.4, 6]);
  });

  it('puts the top customers’ own revenue at stake: their share of the total', () => {
    const top = overviewItems(all)[3];
    expect([top.money, top.share]).toEqual([600, 0.6]);
  });

  it('says nothing of money it does not know (overdue, first-time buyers)', () => {
    const [, overdue, fresh] = overviewItems(all);
    expect([overdue.money, overdue.param, fresh.money, fresh.param]).toEqual([null, 2, null, 30]);
  });

  it('leaves out an action nobody is in', () => {
    const none = { inactivity: inactivity(0, 0, 6, 0), inWindow: inWindow(0), pareto: pareto() };
    expect(overviewItems(none).map((i) => i.kind)).toEqual(['top20']);
  });

  it('leaves out what is still being computed, and a share of no revenue', () => {
    expect(overviewItems({ inactivity: null, inWindow: null, pareto: pareto(null) })).toEqual([]);
  });

  it('links each item to its own list', () => {
    expect(overviewItems(all).map((i) => listAnchor(i.kind))).toEqual([
      'list-lapsed',
      'list-overdue',
      'list-inWindow',
      'list-top20',
    ]);
  });
});

describe('the overview sentences', () => {
  const text = (input: Parameters<typeof overviewItems>[0]) =>
    overviewItems(input).map((item) => overviewText(item, format));

  it('read as the shop owner’s advice, money in whole units of the data’s currency', () => {
    const items = text({ inactivity: inactivity(), inWindow: inWindow(), pareto: pareto() });
    expect(items.map((i) => i.sentence)).toEqual([
      '3 customers have not bought in the last 6 months; they brought 40% of your revenue (€400).',
      '2 regulars are overdue by their own rhythm: waiting more than 2 times their usual gap between purchases.',
      '1 first-time buyer is still in the 30-day window: contact them now, while it decides whether they come back.',
      'Your top 20% (2 customers) bring 60% of your revenue (€600).',
    ]);
    expect(items.map((i) => [i.figure, i.link])).toEqual([
      ['3', 'See who stopped buying'],
      ['2', 'See who is overdue'],
      ['1', 'See whom to contact'],
      ['2', 'See your VIPs'],
    ]);
  });

  it('follow the window the owner chose, one customer and one month in the singular', () => {
    const [lapsed] = text({ inactivity: inactivity(1, 0, 1, 123.6), inWindow: null, pareto: null });
    expect(lapsed.sentence).toBe(
      '1 customer has not bought in the last month; they brought 12% of your revenue (€124).',
    );
  });

  it('are written in the user’s language and number format', () => {
    setLocaleSettings({ language: 'el' });
    const items = text({ inactivity: inactivity(1234, 0, 6, 400), inWindow: null, pareto: null });
    expect(items[0].figure).toBe('1.234');
    expect(items[0].sentence).toBe(
      '1.234 πελάτες δεν έχουν αγοράσει τους τελευταίους 6 μήνες· είχαν φέρει το 40% των εσόδων σου (400\u00a0€).',
    );
  });
});

describe('the contents figures', () => {
  const input: ContentsInput = {
    summary: { customers: 10 } as Summary,
    repeat: {
      within: [
        { days: 30, eligible: 0, returned: 0, share: null },
        { days: 60, eligible: 8, returned: 2, share: 0.25 },
      ],
    } as RepeatResult,
    rfm: {
      segments: [
        { key: 'loyal', customers: 3 },
        { key: 'champions', customers: 1 },
      ],
    } as RfmResult,
    inactivity: inactivity(),
    pareto: pareto(),
  };

  it('beside each section is the figure its cell leads with', () => {
    const figures = (['summary', 'repeat', 'rfm', 'inactivity', 'pareto'] as const).map((kind) =>
      contentsFigure(kind, input, format),
    );
    expect(figures).toEqual([
      '10 customers',
      '25% back within 60 days',
      '1 Champion',
      '3 lapsed',
      'top 20%: 60%',
    ]);
  });

  it('a section without a headline figure, or not computed yet, has none', () => {
    const empty: ContentsInput = {
      summary: null,
      repeat: null,
      rfm: null,
      inactivity: null,
      pareto: null,
    };
    expect(contentsFigure('cohorts', input, format)).toBeNull();
    expect(contentsFigure('predict', input, format)).toBeNull();
    expect(contentsFigure('inactivity', empty, format)).toBeNull();
    expect(contentsFigure('pareto', { ...input, pareto: pareto(null) }, format)).toBeNull();
  });
});

// Numbers, shares and dates the way each user writes them, through Intl and the chosen locale.
import { afterEach, describe, expect, it } from 'vitest';
import { setCurrencies } from '../../../src/lib/i18n/currency.svelte';
import {
  formatDate,
  formatDigits,
  formatInteger,
  formatMoney,
  formatMoneyCents,
  formatMoneyRounded,
  formatMonth,
  formatNumber,
  formatPeriod,
  formatShare,
  formatTickDate,
  isolate,
} from '../../../src/lib/i18n/format';
import type { Language } from '../../../src/lib/i18n/languages';
import { setLocaleSettings, type LocaleSettings } from '../../../src/lib/i18n/locale.svelte';

const NBSP = '\u00a0';
const use = (settings: Partial<LocaleSettings> & { language: Language }) =>
  setLocaleSettings({ digits: 'native', calendar: 'native', ...settings });

afterEach(() => use({ language: 'en' }));

describe('numbers per language', () => {
  // prettier-ignore
  const table: [Language, number, string][] = [
    ['en', 1234.5, '1,234.5'],
    ['el', 1234.5, '1.234,5'],
    ['ro', 1234.5, '1.234,5'],
    ['hu', 12345.5, `12${NBSP}345,5`],
    ['hu', 1234.5, '1234,5'], // Hungarian groups only from five digits on
    ['fa', 1234.5, '۱٬۲۳۴٫۵'],
  ];
  it.each(table)('%s writes %d as %s', (language, n, expected) => {
    use({ language });
    expect(formatNumber(n)).toBe(expected);
  });

  it('writes Persian numbers in Latin digits when the user asks', () => {
    use({ language: 'fa', digits: 'latin' });
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatInteger(3500)).toBe('3,500');
  });

  it('ignores the Latin-digits preference outside Persian', () => {
    use({ language: 'el', digits: 'latin' });
    expect(formatInteger(3500)).toBe('3.500');
  });
});

describe('shares per language', () => {
  // prettier-ignore
  const table: [Language, string][] = [
    ['en', '12.5%'],
    ['el', '12,5%'],
    ['ro', `12,5${NBSP}%`],
    ['hu', '12,5%'],
    ['fa', '۱۲٫۵٪'],
  ];
  it.each(table)('%s writes an eighth as %s', (language, expected) => {
    use({ language });
    expect(formatShare(0.125, 1)).toBe(expected);
  });
});

describe('dates per language', () => {
  // 2024-03-20 is Nowruz eve: 1 Farvardin 1403 in the Solar Hijri calendar.
  // prettier-ignore
  const table: [Partial<LocaleSettings> & { language: Language }, string][] = [
    [{ language: 'en' }, 'Mar 20, 2024'],
    [{ language: 'el' }, '20 Μαρ 2024'],
    [{ language: 'ro' }, '20 mar. 2024'],
    [{ language: 'hu' }, '2024. márc. 20.'],
    [{ language: 'fa' }, '۱ فروردین ۱۴۰۳'],
    [{ language: 'fa', digits: 'latin' }, '1 فروردین 1403'],
    [{ language: 'fa', calendar: 'gregorian' }, '۲۰ مارس ۲۰۲۴'],
  ];
  it.each(table)('%o shows 2024-03-20 as %s', (settings, expected) => {
    use(settings);
    expect(formatDate('2024-03-20')).toBe(expected);
  });

  it('does not shift a date through the time zone', () => {
    use({ language: 'fa' });
    expect(formatDate('2024-03-19')).toBe('۲۹ اسفند ۱۴۰۲');
  });
});

describe('money in the currency of the data or of the user', () => {
  afterEach(() => setCurrencies({ fromData: null, picked: null }));

  // prettier-ignore
  const table: [Language, string, string][] = [
    ['en', 'EUR', '€1,234.50'],
    ['el', 'EUR', `1.234,50${NBSP}€`],
    ['ro', 'RON', `1.234,50${NBSP}RON`],
    ['hu', 'HUF', `1235${NBSP}Ft`], // forints are written without fillér
  ];
  it.each(table)('%s writes 1234.5 %s as %s', (language, code, expected) => {
    use({ language });
    setCurrencies({ picked: code });
    expect(formatMoney(1234.5)).toBe(expected);
  });

  it('writes rials in Persian digits, and caps the decimals when asked', () => {
    use({ language: 'fa' });
    setCurrencies({ picked: 'IRR' });
    expect(formatMoney(1234.5, 0)).toContain('۱٬۲۳۵');
    expect(formatMoney(1234.5, 0)).toContain('ریال');
  });

  it("the file's currency wins over the one picked", () => {
    setCurrencies({ fromData: 'USD', picked: 'EUR' });
    expect(formatMoney(5)).toBe('$5.00');
  });

  it('without a currency, money is a plain number', () => {
    expect(formatMoney(1234.5)).toBe('1,234.5');
  });

  it('cards and headlines round to whole units; lists show the cents', () => {
    expect(formatMoneyRounded(395295.8)).toBe('395,296');
    expect(formatMoneyCents(1633.6)).toBe('1,633.60');
    expect(formatMoneyCents(892)).toBe('892.00');
    setCurrencies({ picked: 'EUR' });
    expect(formatMoneyRounded(395295.8)).toBe('€395,296');
    expect(formatMoneyCents(1633.6)).toBe('€1,633.60');
    // Forints have no minor unit in use: the list follows the currency.
    use({ language: 'hu' });
    setCurrencies({ picked: 'HUF' });
    expect(formatMoneyCents(2084.34)).toBe(`2084${NBSP}Ft`);
  });
});

describe('digits and Solar Hijri periods', () => {
  it('isolates a label inside a left-to-right chart only for a right-to-left language', () => {
    use({ language: 'fa' });
    expect(isolate('۸ تا ۱۴ آذر ۱۳۸۹')).toBe('\u2068۸ تا ۱۴ آذر ۱۳۸۹\u2069');
    use({ language: 'en' });
    expect(isolate('2023-Q1 (344)')).toBe('2023-Q1 (344)');
  });

  it('writes the digits of a text in Persian digits, unless Latin ones were chosen', () => {
    use({ language: 'fa' });
    expect(formatDigits('2010-W48 (12)')).toBe('۲۰۱۰-W۴۸ (۱۲)');
    use({ language: 'fa', digits: 'latin' });
    expect(formatDigits('2010-12')).toBe('2010-12');
    use({ language: 'el' });
    expect(formatDigits('2010-12')).toBe('2010-12');
  });

  // Gregorian months, weeks and quarters in the Solar Hijri calendar, as the Jalali dates of
  // their first and last day. 1 December 2010 = 10 Azar 1389; 31 December = 10 Dey 1389.
  // ISO week 2010-W48 runs Monday 29 November (8 Azar) to Sunday 5 December (14 Azar).
  // Q4 2010 runs 1 October (9 Mehr) to 31 December (10 Dey). March 2011 crosses Nowruz:
  // 1 March = 10 Esfand 1389, 31 March = 11 Farvardin 1390.
  // prettier-ignore
  const periods: [string, string][] = [
    ['2010-12', '۱۰ آذر تا ۱۰ دی ۱۳۸۹'],
    ['2010-W48', '۸ تا ۱۴ آذر ۱۳۸۹'],
    ['2010-Q4', '۹ مهر تا ۱۰ دی ۱۳۸۹'],
    ['2011-03', '۱۰ اسفند ۱۳۸۹ تا ۱۱ فروردین ۱۳۹۰'],
  ];
  it.each(periods)('cohort %s reads %s in the Solar Hijri calendar', (label, expected) => {
    use({ language: 'fa' });
    expect(formatPeriod(label)).toBe(expected);
  });

  it('keeps the contract label elsewhere, in the locale digits', () => {
    use({ language: 'fa', calendar: 'gregorian' });
    expect(formatPeriod('2010-12')).toBe('۲۰۱۰-۱۲');
    use({ language: 'hu' });
    expect(formatPeriod('2010-W48')).toBe('2010-W48');
    use({ language: 'fa' });
    expect(formatPeriod('not a period')).toBe('not a period');
  });

  it('labels a time-axis tick by month in Gregorian, by day in the Solar Hijri calendar', () => {
    const december = new Date('2010-12-01T00:00:00Z');
    use({ language: 'en' });
    expect(formatTickDate(december)).toBe('Dec 2010');
    expect(formatTickDate(new Date('2010-12-15T00:00:00Z'))).toBe('Dec 15, 2010');
    use({ language: 'fa' });
    // 1 December is no Jalali month start: the tick says its day.
    expect(formatTickDate(december)).toBe('۱۰ آذر ۱۳۸۹');
    expect(formatMonth(new Date('2010-11-22T00:00:00Z'))).toBe('آذر ۱۳۸۹');
  });
});

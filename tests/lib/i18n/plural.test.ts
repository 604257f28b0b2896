// "1 purchase", "2 purchases", "20 de zile": the message form follows the number it counts.
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/lib/i18n/languages';
import { setLocaleSettings } from '../../../src/lib/i18n/locale.svelte';
import { readNumber, selectForm, type Plural } from '../../../src/lib/i18n/message';
import { setLocale, t } from '../../../src/lib/i18n/translate';

const use = (language: Language, digits: 'native' | 'latin' = 'native') =>
  setLocaleSettings({ language, digits, calendar: 'native' });

afterEach(() => use('en'));

describe('plural forms in English', () => {
  it('says "1 purchase" but "2 purchases"', () => {
    expect(t('rfm.meaning.f.one', { min: 1 })).toBe('1 purchase');
    expect(t('rfm.meaning.f.one', { min: 2 })).toBe('2 purchases');
  });

  it('reads numbers the components already formatted', () => {
    expect(t('rfm.meaning.r.one', { min: '1' })).toBe('bought 1 day ago');
    expect(t('list.days', { days: '1,234' })).toBe('1,234 days');
    expect(t('list.days', { days: '1.5' })).toBe('1.5 days');
    expect(t('map.rows', { rows: '1' })).toBe('1 row');
  });

  it('chooses by two numbers when a sentence counts two things', () => {
    const finding = (lapsed: number, months: number) =>
      t('inactivity.finding', { lapsed, months, revenue: '5%' });
    expect(finding(1, 1)).toMatch(/^1 customer has not bought in the last month;/);
    expect(finding(3, 6)).toMatch(/^3 customers have not bought in the last 6 months;/);
  });

  it('falls back to the other form when the number is missing', () => {
    expect(t('list.days', {})).toBe('{days} days');
  });
});

describe('plural forms in other languages', () => {
  it('uses the Romanian "de" from twenty on', () => {
    use('ro');
    expect(['1', '2', '19', '20', '101'].map((days) => t('list.days', { days }))).toEqual([
      '1 zi',
      '2 zile',
      '19 zile',
      '20 de zile',
      '101 zile',
    ]);
  });

  it('reads Greek "1.234" as a thousand and more', () => {
    use('el');
    expect(t('rfm.meaning.f.one', { min: '1.234' })).toBe('1.234 αγορές');
    expect(t('rfm.meaning.f.one', { min: '1' })).toBe('1 αγορά');
  });

  it('formats number parameters for the locale, in Persian digits', () => {
    use('fa');
    expect(t('list.days', { days: 30 })).toBe('۳۰ روز');
  });
});

describe('Persian digits in the catalogue text', () => {
  it('follow the Latin-digits preference', () => {
    use('fa');
    expect(t('pareto.top20')).toContain('۲۰٪');
    use('fa', 'latin');
    expect(t('pareto.top20')).toContain('20٪');
    expect(t('list.days', { days: 30 })).toBe('30 روز');
  });
});

describe('selectForm', () => {
  const message: Plural = { one: 'one {count}', few: 'few {count}', other: 'other {count}' };
  // prettier-ignore
  const table: [string, number | string, string][] = [
    ['en', 1, 'one {count}'],
    ['en', 0, 'other {count}'],
    ['ro', 5, 'few {count}'],
    ['ro', 25, 'other {count}'],
    ['fa', '۱', 'one {count}'],
    ['fa', 'not a number', 'other {count}'],
  ];
  it.each(table)('in %s, count %s picks %s', (locale, count, expected) => {
    expect(selectForm(message, { count }, locale)).toBe(expected);
  });
});

describe('readNumber', () => {
  // prettier-ignore
  const table: [string, string, number][] = [
    ['en', '1,234.5', 1234.5],
    ['el-GR', '1.234,5', 1234.5],
    ['hu-HU', '12\u00a0345,5', 12345.5],
    ['fa-IR', '۱٬۲۳۴٫۵', 1234.5],
    ['fa-IR-u-nu-latn', '1,234.5', 1234.5],
    ['en', '-3', -3],
  ];
  it.each(table)('in %s reads %s as %d', (locale, text, n) => {
    expect(readNumber(text, locale)).toBe(n);
  });
});

describe('setLocale', () => {
  it('takes a full tag and falls back to English for a language we do not speak', () => {
    setLocale('hu-HU');
    expect(t('period.week')).toBe('Hét');
    setLocale('de-DE');
    expect(t('period.week')).toBe('Week');
  });
});

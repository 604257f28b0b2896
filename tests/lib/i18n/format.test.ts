// Numbers, shares and dates the way each user writes them, through Intl and the chosen locale.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatInteger, formatNumber, formatShare } from '../../../src/lib/i18n/format';
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

// Chart axes in the user's digits, month names and calendar.
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/lib/i18n/languages';
import { setLocaleSettings, type LocaleSettings } from '../../../src/lib/i18n/locale.svelte';
import { localizeTicks, type TickFormats } from '../../../src/lib/i18n/plot-ticks';
import { monthTicks } from '../../../src/lib/i18n/time-ticks';

const use = (settings: Partial<LocaleSettings> & { language: Language }) =>
  setLocaleSettings({ digits: 'native', calendar: 'native', ...settings });
afterEach(() => use({ language: 'en' }));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('month ticks of a time axis', () => {
  it('fall on the first of Gregorian months, every month for a short span', () => {
    // 15 Nov 2010 to 10 Mar 2011: month starts 1 Dec, 1 Jan, 1 Feb, 1 Mar.
    const ticks = monthTicks(day('2010-11-15'), day('2011-03-10'));
    expect(ticks.map(iso)).toEqual(['2010-12-01', '2011-01-01', '2011-02-01', '2011-03-01']);
  });

  it('thin out to every third month for two years, on January, April, July, October', () => {
    // 24 month starts from Jan 2010 to Dec 2011: more than 8, and 24 / 3 = 8.
    const ticks = monthTicks(day('2010-01-01'), day('2011-12-31'));
    expect(ticks.map(iso)).toEqual([
      '2010-01-01',
      '2010-04-01',
      '2010-07-01',
      '2010-10-01',
      '2011-01-01',
      '2011-04-01',
      '2011-07-01',
      '2011-10-01',
    ]);
  });

  it('fall on the first of Jalali months for a Solar Hijri reader', () => {
    use({ language: 'fa' });
    // 1 Azar 1389 = 22 Nov 2010, 1 Dey = 22 Dec, 1 Bahman = 21 Jan 2011, 1 Esfand = 20 Feb,
    // 1 Farvardin 1390 = 21 Mar 2011 (Nowruz).
    const ticks = monthTicks(day('2010-11-15'), day('2011-03-25'));
    expect(ticks.map(iso)).toEqual([
      '2010-11-22',
      '2010-12-22',
      '2011-01-21',
      '2011-02-20',
      '2011-03-21',
    ]);
  });

  it('a yearly Jalali tick is Nowruz', () => {
    use({ language: 'fa' });
    // Seven Jalali years: 84 month starts, every 12th kept: 1 Farvardin 1390 … 1396.
    const ticks = monthTicks(day('2011-01-01'), day('2017-12-31'));
    expect(ticks.map(iso)).toEqual([
      '2011-03-21',
      '2012-03-20',
      '2013-03-21',
      '2014-03-21',
      '2015-03-21',
      '2016-03-20',
      '2017-03-21',
    ]);
  });
});

describe('axis labels through our formatters', () => {
  const f: TickFormats = {
    number: (n) => `n${n}`,
    date: (d) => `d${iso(d)}`,
    text: (s) => `t${s}`,
  };

  it('numbers, dates and words without a format of their own get ours', () => {
    const options = localizeTicks({ x: { type: 'utc' } }, f);
    const x = options.x?.tickFormat as (v: unknown, i: number) => string;
    const y = localizeTicks({}, f).y?.tickFormat as (v: unknown, i: number) => string;
    expect(x(day('2010-12-01'), 0)).toBe('d2010-12-01');
    expect(y(0.5, 0)).toBe('n0.5');
    expect(y('Champions', 0)).toBe('tChampions');
  });

  it("a chart's own format is kept, its text passed through the digits", () => {
    const options = localizeTicks({ y: { tickFormat: (c: string) => `${c} (3)` } }, f);
    const y = options.y?.tickFormat as (v: unknown, i: number) => string;
    expect(y('2010-12', 0)).toBe('t2010-12 (3)');
  });

  it('hidden labels stay hidden, and facets are left alone when the chart has none', () => {
    const options = localizeTicks({ x: { tickFormat: null } }, f);
    expect(options.x?.tickFormat).toBeNull();
    expect('fx' in options).toBe(false);
  });
});

// `--by`: the report gains a by_first_order section; its figures are those of the notebook's
// cell (worked out by hand in tests/lib/analyses/first-order.test.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers/cli';
import { parseArgs } from '../../src/cli/args';
import { fixture, sharedData } from '../helpers/db';

describe('npm run analyze -- FILE --by ...', () => {
  it('reads product and country as the mapped roles, anything else as a column', () => {
    const by = (text: string) => parseArgs(['f.csv', '--by', text]).by;
    expect(by('product')).toEqual({ kind: 'product' });
    expect(by('country')).toEqual({ kind: 'country' });
    expect(by('Discount Code')).toEqual({ kind: 'column', column: 'Discount Code' });
    expect(by('column:product')).toEqual({ kind: 'column', column: 'product' });
    expect(() => parseArgs(['f.csv', '--by'])).toThrow('--by needs a value');
    expect(parseArgs(['f.csv']).by).toBeUndefined();
  });

  it('adds the groups of a column of the file, with the standout sentence', () => {
    const { code, stdout, stderr } = analyze(
      fixture('first-orders.csv'),
      '--as-of',
      '2024-07-01',
      '--by',
      'Source; "utm"',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const section = JSON.parse(stdout).by_first_order;
    expect(section.by).toBe('column:Source; "utm"');
    expect(section.min_customers).toBe(30);
    expect(
      section.groups.map((g: { group: number; kind: string; value: string; customers: number }) => [
        g.group,
        g.kind,
        g.value,
        g.customers,
      ]),
    ).toEqual([
      [0, 'all', null, 7],
      [1, 'value', 'web', 3],
      [2, 'value', 'shop', 2],
      [3, 'value', 'app', 1],
      [10, 'none', null, 1],
    ]);
    const web = section.groups[1];
    // web: ana (back after 36 days), cy (19), gu (too recent for any window).
    expect(web.within[0]).toEqual({ days: 30, eligible: 2, returned: 1, share: 0.5 });
    expect(web.revenue[0]).toEqual({ months: 3, eligible: 2, revenue: 95, per_customer: 47.5 });
    expect(section.standout).toBeNull();
    expect(section.sentence).toBe(
      'Too few customers in each group to compare them yet (at least 30 are needed).',
    );
  });

  it('has no by_first_order section without --by', () => {
    const { stdout } = analyze(fixture('first-orders.csv'));
    expect(JSON.parse(stdout).by_first_order).toBeUndefined();
  });

  it('says so in one line when the column does not exist', () => {
    const { code, stdout, stderr } = analyze(fixture('first-orders.csv'), '--by', 'Channel');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^regulars: .*first-orders\.csv: no column named "Channel" to split by \(columns: "Invoice", /,
    );
  });

  it('with --predict, gives each group the mean forecast 12-month value of its customers', () => {
    const file = sharedData('online-retail/online_retail_sample5000_rhozon.csv.gz');
    const { code, stdout } = analyze(file, '--by', 'country', '--predict');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.predictions.gamma_gamma.p).not.toBeNull();
    const section = report.by_first_order;
    type Group = { customers: number; predicted_value_12m: number; predicted_customers: number };
    const [all, ...groups]: Group[] = section.groups;
    // Spend is modelled: every customer has a 12-month value.
    for (const g of section.groups as Group[]) {
      expect(g.predicted_customers).toBe(g.customers);
      expect(g.predicted_value_12m).toBeGreaterThan(0);
    }
    // Each customer is in exactly one country group (none in two): the groups' means, weighted
    // by their customers, add up to everyone's.
    expect(section.overlap).toBe(0);
    expect(groups.reduce((n, g) => n + g.predicted_customers, 0)).toBe(all.predicted_customers);
    const sum = groups.reduce((s, g) => s + g.predicted_value_12m * g.predicted_customers, 0);
    expect(sum / all.predicted_customers).toBeCloseTo(all.predicted_value_12m, 6);
  });

  it('with --predict and no forecast fitted (too few repeat customers), has nulls', () => {
    const { stdout } = analyze(fixture('first-orders.csv'), '--by', 'country', '--predict');
    const groups = JSON.parse(stdout).by_first_order.groups;
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) {
      expect(g).toMatchObject({ predicted_value_12m: null, predicted_customers: 0 });
    }
    // Without --predict the keys are absent.
    const plain = JSON.parse(analyze(fixture('first-orders.csv'), '--by', 'country').stdout);
    expect(plain.by_first_order.groups[0]).not.toHaveProperty('predicted_value_12m');
  });
});

// `--by`: the report gains a by_first_order section; its figures are those of the notebook's
// cell (worked out by hand in tests/lib/analyses/first-order.test.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { fixture } from '../helpers/db';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');

function analyze(...args: string[]) {
  const run = spawnSync(tsx, ['src/cli/analyze.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

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
});

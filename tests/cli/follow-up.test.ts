// `npm run analyze -- FILE --follow-up FOLLOWUPS.json`: the follow_ups section.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers/cli';
import { parseArgs } from '../../src/cli/args';
import { followUpFileText } from '../../src/lib/analyses/follow-up/record';
import { fixture } from '../helpers/db';

const file = (name: string, text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'regulars-follow-')), name);
  writeFileSync(path, text);
  return path;
};

describe('npm run analyze -- FILE --follow-up FOLLOWUPS.json', () => {
  it('measures each follow-up of the file (the counts of follow-up.csv, see measure.test.ts)', () => {
    const followUps = file(
      'f.json',
      followUpFileText([
        {
          name: 'Spring calls',
          created: '2024-03-31',
          start: '2024-03-31',
          source: { list: 'lapsed', params: { window_months: 6 } },
          seed: 1,
          share: 0.2,
          contacted: ['c1', 'c2', 'c3', 'c4', 'c5', "c'6"],
          kept_aside: ['k1', 'k2', 'k3'],
        },
      ]),
    );
    const run = analyze(
      fixture('follow-up.csv'),
      '--as-of',
      '2024-06-30',
      '--follow-up',
      followUps,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [measured] = JSON.parse(run.stdout).follow_ups;
    expect(measured).toMatchObject({
      name: 'Spring calls',
      start: '2024-03-31',
      as_of: '2024-06-30',
      days: 91,
      contacted: { customers: 6, found: 5, missing: 1, came_back: 2, revenue: 47 },
      kept_aside: { customers: 3, found: 3, missing: 0, came_back: 2, revenue: 85 },
      came_back_difference: null,
      verdict: 'too_few',
    });
  });

  it('refuses a bad follow-ups file with one line saying what is wrong', () => {
    const bad = file(
      'bad.json',
      '{"format": "regulars-follow-ups", "version": 1, "follow_ups": [{}]}',
    );
    const run = analyze(fixture('follow-up.csv'), '--follow-up', bad);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`regulars: ${bad}: follow-ups file: follow_ups[0].name is missing\n`);
  });

  it('has no follow_ups section without the option', () => {
    expect(parseArgs(['x.csv']).followUp).toBeUndefined();
    expect(() =>
      parseArgs(['s.csv', '--predict', '--summary', 'x,t,T', '--follow-up', 'f.json']),
    ).toThrow(/--follow-up needs a purchases file/);
  });
});

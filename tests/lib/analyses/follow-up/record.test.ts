import { describe, expect, it } from 'vitest';
import {
  followUpFileText,
  parseFollowUpFile,
  type FollowUp,
} from '../../../../src/lib/analyses/follow-up/record';

const good: FollowUp = {
  name: 'Lapsed VIPs, December',
  created: '2026-12-07',
  start: '2026-12-06',
  source: { list: 'lapsed', params: { window_months: 6, as_of: '2026-12-06' } },
  seed: 3141592653,
  share: 0.2,
  contacted: ['a@example.com', "o'brien"],
  kept_aside: ['b@example.com'],
};

const withChange = (change: Record<string, unknown>) =>
  JSON.stringify({
    format: 'regulars-follow-ups',
    version: 1,
    follow_ups: [{ ...good, ...change }],
  });

describe('the follow-ups file', () => {
  it('reads back what it wrote', () => {
    expect(parseFollowUpFile(followUpFileText([good]))).toEqual([good]);
  });

  it.each([
    ['not JSON', 'hello', /it is not JSON/],
    ['another file', '{"name": "x"}', /"format" is not "regulars-follow-ups"/],
    [
      'a later version',
      '{"format": "regulars-follow-ups", "version": 2, "follow_ups": []}',
      /version 2: this regulars reads version 1/,
    ],
    ['no list', '{"format": "regulars-follow-ups", "version": 1}', /"follow_ups" is not a list/],
    ['no name', withChange({ name: ' ' }), /follow_ups\[0\]\.name is missing/],
    ['a bad date', withChange({ start: '6/12/2026' }), /follow_ups\[0\]\.start is not a date/],
    ['a bad share', withChange({ share: 1.2 }), /follow_ups\[0\]: invalid share kept aside: 1.2/],
    ['a bad seed', withChange({ seed: 'x' }), /follow_ups\[0\]\.seed is not a number/],
    ['no source', withChange({ source: 'lapsed' }), /\.source needs "list"/],
    [
      'an id that is a number',
      withChange({ contacted: ['a', 7] }),
      /\.contacted\[1\] is not a customer id/,
    ],
    [
      'a customer in both groups',
      withChange({ kept_aside: ["o'brien"] }),
      /lists customer "o'brien" twice/,
    ],
  ])('refuses %s with a message that says where', (_, text, message) => {
    expect(() => parseFollowUpFile(text)).toThrow(message);
  });
});

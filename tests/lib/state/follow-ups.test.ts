// Follow-ups kept on this device: saved in local storage, opened from a file, measured on the
// data loaded (follow-up.csv; the counts are worked out in tests/lib/analyses/follow-up).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpFileText, type FollowUp } from '../../../src/lib/analyses/follow-up/record';
import { FOLLOW_UPS_KEY, FollowUps } from '../../../src/lib/state/analyses/follow-ups.svelte';
import { contactListCsv } from '../../../src/lib/components/contact-list';
import { fixture, load, type Loaded } from '../../helpers/db';

class MemoryStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const spring: FollowUp = {
  name: 'Spring calls',
  created: '2024-03-31',
  start: '2024-03-31',
  source: { list: 'lapsed', params: { window_months: 6 } },
  seed: 1,
  share: 0.2,
  contacted: ['c1', 'c2', 'c3', 'c4', 'c5', "c'6"],
  kept_aside: ['k1', 'k2', 'k3'],
};

describe('follow-ups kept on this device', () => {
  let t: Loaded;
  beforeAll(async () => {
    t = await load(fixture('follow-up.csv'));
  });
  afterAll(() => t.db.close());

  it('keeps a follow-up in local storage and reads it back on the next visit', () => {
    const storage = new MemoryStorage();
    const first = new FollowUps(
      () => t.db,
      () => '',
      storage as unknown as Storage,
    );
    first.add(spring);
    expect(JSON.parse(storage.getItem(FOLLOW_UPS_KEY) ?? '').follow_ups).toEqual([spring]);
    expect(
      new FollowUps(
        () => t.db,
        () => '',
        storage as unknown as Storage,
      ).list,
    ).toEqual([spring]);
    first.remove(0);
    expect(storage.getItem(FOLLOW_UPS_KEY)).toBeNull();
  });

  it('opens a file once, and says why a bad file is refused', () => {
    const f = new FollowUps(
      () => t.db,
      () => '',
      null,
    );
    f.open(followUpFileText([spring]));
    f.open(followUpFileText([spring]));
    expect(f.list).toEqual([spring]);
    f.open('{"format": "something else"}');
    expect(f.problem).toMatch(/not a follow-ups file/);
    expect(f.list).toHaveLength(1);
  });

  it('measures each follow-up on the data loaded', async () => {
    const f = new FollowUps(
      () => t.db,
      () => '',
      null,
    );
    f.add(spring);
    await f.measure('2024-06-30');
    expect(f.measures[0]?.contacted).toMatchObject({ found: 5, missing: 1, came_back: 2 });
    expect(f.measures[0]?.verdict).toBe('too_few');
  });
});

describe('the contact list', () => {
  const row = (customer: string, last: string, revenue: number) => ({
    customer,
    first_purchase: '2024-01-01',
    last_purchase: last,
    purchases: 1,
    purchase_days: 1,
    revenue,
    recency_days: 10,
    median_gap: null,
  });

  it('holds the contacted customers only, with an email column when ids are emails', () => {
    const rows = [
      row('a@x.com', '2024-02-01', 10),
      row('=cmd@x.com', '2024-03-01', 20.5),
      row('b@x.com', '2024-01-01', 5),
    ];
    const csv = contactListCsv(rows, ['a@x.com', '=cmd@x.com']);
    expect(csv.split('\r\n')).toEqual([
      'Customer,Email,Last purchase,Revenue',
      'a@x.com,a@x.com,2024-02-01,10',
      // A spreadsheet must not run it as a formula.
      "'=cmd@x.com,'=cmd@x.com,2024-03-01,20.5",
    ]);
  });

  it('has no email column when no id is one', () => {
    expect(contactListCsv([row('C-1', '2024-02-01', 10)], ['C-1']).split('\r\n')[0]).toBe(
      'Customer,Last purchase,Revenue',
    );
  });
});

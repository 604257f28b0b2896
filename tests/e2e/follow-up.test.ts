// A follow-up as a shop owner runs one: start it from the lapsed list, draw, download the
// contact list, then open a follow-ups file and read what the Follow-ups cell says of it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { defaultAsOf } from '../../src/lib/analyses/asof';
import { drawKeptAside } from '../../src/lib/analyses/follow-up/draw';
import { runFollowUp } from '../../src/lib/analyses/follow-up/measure';
import { followUpFileText, type FollowUp } from '../../src/lib/analyses/follow-up/record';
import { rowsOf } from '../../src/lib/sql/executor';
import { load } from '../helpers/db';
import { loadSample, openPage, type Watched } from './browser';

const shop = fileURLToPath(new URL('../../static/sample/shop.csv', import.meta.url));

describe('follow-ups', () => {
  let w: Watched;
  beforeEach(async () => {
    w = await openPage(inject('baseURL'));
  });
  afterEach(async () => {
    await w.browser.close();
  });

  /** The sample analysed and a follow-up started from its lapsed list: that list, its form open. */
  const startFromLapsed = async () => {
    await loadSample(w.page);
    const list = w.page.locator('#list-lapsed');
    await list.getByRole('button', { name: 'Start a follow-up' }).click();
    return list;
  };

  it('draws a kept-aside group from the lapsed list and downloads the contacted only', async () => {
    const { page } = w;
    const list = await startFromLapsed();
    // 1,821 lapsed customers (cells.test.ts), 20% aside: round(364.2) = 364.
    await list.getByText('364 kept aside at random, 1,457 to contact.').waitFor();
    await list.getByLabel('Kept aside (%)').fill('10');
    await list.getByText('182 kept aside at random, 1,639 to contact.').waitFor();
    await list.getByRole('button', { name: 'Draw' }).click();
    await list.getByText(/^Drawn: 1,639 to contact, 182 kept aside/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      list.getByRole('button', { name: 'Download the contact list (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('regulars-contact-lapsed.csv');
    const lines = readFileSync(await download.path(), 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(lines[0]).toBe('Customer,Email,Last purchase,Revenue');
    expect(lines).toHaveLength(1 + 1639);
    // The cell appears, and keeps the follow-up on this device across a reload (listed before
    // any file is loaded).
    const cell = page.locator('.follow-ups');
    await cell
      .getByText(
        /^Started Jan 1, 2025 from the list “Lapsed customers, most valuable first”: 1,639 contacted/,
      )
      .waitFor();
    await cell.getByText(/^Nothing to measure yet/).waitFor();
    await page.reload();
    await page
      .locator('.follow-ups')
      .getByText(/1,639 contacted, 182 kept aside/)
      .waitFor();
    expect(w.problems).toEqual([]);
  });

  it('measures a follow-up opened from a file as the command line does', async () => {
    // The simulated follow-up of tests/integration/follow-up.test.ts: customers lapsed 90 days
    // at 2024-06-30, half kept aside, nobody contacted.
    const t = await load(shop);
    const start = '2024-06-30';
    const ids = rowsOf<{ customer: string }>(
      await t.db.query(`SELECT customer FROM purchases WHERE "date" <= DATE '${start}'
GROUP BY customer HAVING max("date") < DATE '${start}' - INTERVAL 90 DAY`),
    ).map((r) => r.customer);
    const followUp: FollowUp = {
      name: 'Summer calls',
      created: start,
      start,
      source: { list: 'lapsed', params: {} },
      seed: 2024,
      share: 0.5,
      ...drawKeptAside(ids, 0.5, 2024),
    };
    const expected = await runFollowUp(t.db, followUp, (await defaultAsOf(t.db)) as string);
    t.db.close();
    const file = join(mkdtempSync(join(tmpdir(), 'regulars-follow-')), 'followups.json');
    writeFileSync(file, followUpFileText([followUp]));

    const { page } = w;
    const list = await startFromLapsed();
    await list.getByRole('button', { name: 'Draw' }).click();
    const cell = page.locator('.follow-ups');
    await cell.locator('input[type=file]').setInputFiles(file);
    const section = cell.locator('section', { hasText: 'Summer calls' });
    const d = expected.came_back_difference;
    if (!d) throw new Error('expected an interval');
    const points = (x: number) => String(Math.round(x * 100) || 0);
    await section
      .getByText(
        `No clear difference yet: contacted customers came back ${points(d.estimate)} points against those kept aside (95% interval ${points(d.low)} to ${points(d.high)}).`,
        { exact: false },
      )
      .waitFor();
    const row = (name: string) =>
      section.locator('tr', { has: page.getByRole('rowheader', { name }) }).locator('td');
    const texts = await row('Customers in this file').allTextContents();
    expect(texts.map((text) => text.trim())).toEqual([
      expected.contacted.found.toLocaleString('en'),
      expected.kept_aside.found.toLocaleString('en'),
      '',
    ]);
    expect((await row('Came back').first().textContent())?.trim()).toBe(
      `${Math.round((expected.contacted.came_back_share ?? NaN) * 100)}%`,
    );
    expect(w.problems).toEqual([]);
  });
});

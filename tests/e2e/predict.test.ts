// "Who is still a customer?" on the sample shop: the fit runs in its own worker, the cell
// shows the parameters, both charts and the holdout check, and the lapsed list gains a
// "probably still active" column and the order "most expected value lost first".
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { fixture } from '../helpers/db';
import { loadSample, openPage, type Watched } from './browser';

describe('predictions', () => {
  let w: Watched;
  beforeEach(async () => {
    w = await openPage(inject('baseURL'));
  });
  afterEach(async () => {
    await w.browser.close();
  });

  const section = (title: string) =>
    w.page.locator('section.cell', { has: w.page.getByRole('heading', { name: title }) });

  it('fits the sample shop and shows who is probably still a customer', async () => {
    const { page } = w;
    await loadSample(page);
    const cell = section('Who is still a customer?');
    const finding = cell.locator('.finding').first();
    await finding.waitFor({ timeout: 90_000 });
    // The CLI on the same file (npm run analyze -- static/sample/shop.csv --predict) fits the
    // same models; the page says how many of the repeat customers are probably active.
    expect(await finding.textContent()).toMatch(
      /^[\d,]+ of the 1,293 customers who bought on more than one day are probably still active/,
    );
    await cell.getByText('Model parameters').click();
    const params = await cell.locator('tr[data-model=bgnbd] td').textContent();
    expect(params).toMatch(/r = 0\.244, α = 38\.63\d?, a = 4\.3\d*, b = 77\.\d+/);
    expect(await cell.locator('tr[data-model=gamma-gamma] td').textContent()).toMatch(
      /p = 1\.466, q = 6\.421, γ = 141\.74/,
    );
    // Both charts are drawn: P(alive) curves and forecast against actual.
    await cell
      .getByRole('figure', { name: 'Probability still active, by days since the last purchase' })
      .locator('svg')
      .first()
      .waitFor();
    await cell.locator('[data-holdout]').waitFor();
    expect(await cell.locator('[data-holdout]').textContent()).toMatch(
      /Fitted only on purchases up to Jan 1, 2024, the model forecast [\d,]+ purchases from those customers for the next 366 days; they made 2,363\./,
    );
    await cell
      .getByRole('figure', { name: 'Can you trust it? Forecast against what happened' })
      .locator('svg')
      .first()
      .waitFor();

    // The lapsed list: a "probably still active" column, and the order by expected loss.
    const lapsed = section('Who stopped buying?');
    await lapsed.getByRole('columnheader', { name: 'Probably still active' }).first().waitFor();
    await lapsed.getByLabel('Order').selectOption('lost_value');
    await lapsed
      .getByRole('heading', { name: /Lapsed customers, most expected value lost first/ })
      .waitFor();
    // The heading changes at once; the rows when the list comes back in its new order.
    const lost = async () =>
      (
        await lapsed.locator('.list').first().locator('tbody tr td:nth-child(8)').allTextContents()
      ).map((v) => Number(v.replace(/,/g, '')));
    await expect
      .poll(
        async () => {
          const values = await lost();
          return values.length > 0 && values.every((v, i) => i === 0 || values[i - 1] >= v);
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    expect(w.problems).toEqual([]);
  });

  it('says in plain words why there are no predictions for a tiny shop', async () => {
    const { page } = w;
    await page.locator('input[type=file]').setInputFiles(fixture('predict-inputs.csv'));
    await page.getByRole('button', { name: 'Analyse' }).click({ timeout: 90_000 });
    const cell = section('Who is still a customer?');
    const problem = cell.locator('[data-problem=too-few-repeat]');
    await problem.waitFor({ timeout: 60_000 });
    expect(await problem.textContent()).toBe(
      'Only 2 customers have bought on more than one day, and at least 30 are needed to learn how your customers come back and leave. Predictions are hidden until there is more history.',
    );
    // Nothing that looks like a forecast, and no forecast columns in the lists.
    expect(await cell.locator('.finding').count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Probably still active' }).count()).toBe(0);
    expect(w.problems).toEqual([]);
  });
});

// The analysed sample on a phone (390 px): nothing runs off the side of the page; wide tables
// and charts scroll inside their own box. And on a 1280 px screen the lapsed list shows its
// last column without scrolling.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { loadSample, openPage, type Watched } from './browser';

describe('the analysed page on a phone', () => {
  let w: Watched | undefined;
  afterEach(async () => {
    await w?.browser.close();
  });

  it('fits 390 px without sideways scrolling, and the lapsed list fits 1280 px', async () => {
    w = await openPage(inject('baseURL'), {
      width: 390,
      height: 844,
      isMobile: true,
      hasTouch: true,
    });
    const { page } = w;
    await loadSample(page, { still: true });

    // What sticks out, named, so a failure says where to look.
    const overflow = () =>
      page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('main *')]
          .filter((el) => el.getBoundingClientRect().right > width + 1)
          .filter((el) => {
            // Only elements not already inside a box that scrolls or clips.
            for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
              if (getComputedStyle(p).overflowX !== 'visible') return false;
            }
            return true;
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 60));
        return { scrollWidth: document.documentElement.scrollWidth, width, wide };
      });
    const phone = await overflow();
    expect(phone.wide).toEqual([]);
    expect(phone.scrollWidth).toBeLessThanOrEqual(390);

    await page.setViewportSize({ width: 1280, height: 900 });
    const lapsed = page.locator('#list-lapsed .table-wrap');
    await expect
      .poll(() => lapsed.evaluate((box) => box.scrollWidth - box.clientWidth))
      .toBeLessThanOrEqual(0);
    expect(w.problems).toEqual([]);
  });
});

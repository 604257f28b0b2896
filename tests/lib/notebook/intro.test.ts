import { describe, expect, it } from 'vitest';
import { noteInLanguage } from '../../../src/lib/notebook/intro';

const intros = ['Notes about this shop.', 'یادداشت‌هایی دربارهٔ این فروشگاه.'];

describe('the default note', () => {
  it("is shown in the page's language while nobody has edited it", () => {
    expect(
      noteInLanguage('Notes about this shop.', intros, 'یادداشت‌هایی دربارهٔ این فروشگاه.'),
    ).toBe('یادداشت‌هایی دربارهٔ این فروشگاه.');
    expect(noteInLanguage('Notes about this shop.\n', intros, 'Σημειώσεις.')).toBe('Σημειώσεις.');
  });

  it("keeps the owner's own words, even when they begin like the intro", () => {
    const edited = 'Notes about this shop. Call Maria on Monday.';
    expect(noteInLanguage(edited, intros, 'Σημειώσεις.')).toBe(edited);
  });
});

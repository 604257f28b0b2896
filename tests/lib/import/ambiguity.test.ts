import { describe, expect, it } from 'vitest';
import { readWith } from '../../../src/lib/import/ambiguity';

describe('reading an ambiguous date both ways', () => {
  it.each([
    ['03/04/2024', '%d/%m/%Y', '2024-04-03'],
    ['03/04/2024', '%m/%d/%Y', '2024-03-04'],
    ['3/4/24 10:15', '%m/%d/%y %H:%M', '2024-03-04'],
    ['3/4/24 10:15', '%d/%m/%y %H:%M', '2024-04-03'],
    ['01.02.2023', '%d.%m.%Y', '2023-02-01'],
    ['12/06/98', '%m/%d/%y', '1998-12-06'],
  ])('%s read as %s is %s', (text, format, iso) => {
    expect(readWith(text, format)).toBe(iso);
  });

  it('gives nothing for text the format cannot read or a day that does not exist', () => {
    expect(readWith('2024-03-04', '%d/%m/%Y')).toBeNull();
    expect(readWith('31/02/2024', '%d/%m/%Y')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { gridOptions } from '../../../src/lib/analyses/rfm/chart';
import type { RfmCell } from '../../../src/lib/analyses/rfm/types';

const cells = [
  { r: 4, f: 2, segment: 'potential_loyalists', customers: 12, revenue: 340 },
] as RfmCell[];
const labels = {
  r: 'R',
  f: 'F',
  measure: 'Customers',
  segment: () => 'Potential Loyalists',
  format: String,
};

/** The segment names' text marks: their type size and line width (in ems) as Plot keeps them. */
function texts(width: number) {
  const marks = (gridOptions(cells, 'customers', labels, width).marks ?? []).slice(1);
  return marks.map((m) => m as unknown as { fontSize: number; lineWidth: number });
}

// A square is (width − 50 px left − 20 px right) / 5 wide; a name wraps within 90% of it.
describe('the R × F grid at a width', () => {
  it('wraps a name within its square on a phone (320 px: 50 px squares, 9 px type)', () => {
    expect(texts(320)).toHaveLength(2); // black and white ink
    for (const { fontSize, lineWidth } of texts(320)) {
      expect(fontSize).toBe(9);
      expect(lineWidth * fontSize).toBeCloseTo(45);
    }
  });

  it('keeps 10 px type where a square is 70 px or more (1000 px: 186 px squares)', () => {
    for (const { fontSize, lineWidth } of texts(1000)) {
      expect(fontSize).toBe(10);
      expect(lineWidth * fontSize).toBeCloseTo(167.4);
    }
  });
});

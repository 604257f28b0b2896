import { describe, expect, it } from 'vitest';
import { drawKeptAside, drawOrder } from '../../../../src/lib/analyses/follow-up/draw';
import { mulberry32 } from '../../../../src/lib/sample/random';

describe('the draw of the customers kept aside', () => {
  const list = ['d', 'b', 'e', 'a', 'c', 'a'];

  it('starts from the distinct ids in code-unit order, whatever order the list came in', () => {
    expect(drawOrder(list)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(drawOrder(['é', 'z', 'Z', '10', '9'])).toEqual(['10', '9', 'Z', 'z', 'é']);
  });

  it('can be re-checked by hand from the seed: mulberry32(1) picks positions in a b c d e', () => {
    // 5 customers, share 0.4: round(2) aside. The first two draws of mulberry32(1):
    const next = mulberry32(1);
    const u1 = next();
    const u2 = next();
    const first = Math.floor(u1 * 5); // position in [a b c d e]
    const order = ['a', 'b', 'c', 'd', 'e'];
    [order[0], order[first]] = [order[first], order[0]];
    const second = 1 + Math.floor(u2 * 4);
    [order[1], order[second]] = [order[second], order[1]];
    const draw = drawKeptAside(list, 0.4, 1);
    expect(draw.kept_aside).toEqual(order.slice(0, 2).sort());
    expect(draw.contacted).toEqual(order.slice(2).sort());
  });

  it('is the same for the same list and seed, in any order, and differs with the seed', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `customer-${i}`);
    const a = drawKeptAside(ids, 0.2, 12345);
    expect(drawKeptAside([...ids].reverse(), 0.2, 12345)).toEqual(a);
    expect(drawKeptAside(ids, 0.2, 12346)).not.toEqual(a);
    expect(a.kept_aside).toHaveLength(40);
    expect(a.contacted).toHaveLength(160);
    expect(new Set([...a.kept_aside, ...a.contacted]).size).toBe(200);
  });

  it('keeps each customer aside about as often as the share says', () => {
    // 1,000 draws of 10 customers at 20%: each customer aside 200 times on average; a fair
    // draw stays within ±50 (more than 4 standard deviations of sqrt(1000 × 0.2 × 0.8) = 12.6).
    const ids = Array.from({ length: 10 }, (_, i) => String(i));
    const aside = new Map<string, number>();
    for (let seed = 0; seed < 1000; seed++) {
      for (const id of drawKeptAside(ids, 0.2, seed).kept_aside) {
        aside.set(id, (aside.get(id) ?? 0) + 1);
      }
    }
    for (const id of ids) expect(Math.abs((aside.get(id) ?? 0) - 200)).toBeLessThan(50);
  });

  it.each([0, 1, -0.1, Number.NaN])('refuses a share of %s', (share) => {
    expect(() => drawKeptAside(list, share, 1)).toThrow(/invalid share/);
  });

  it.each([-1, 1.5, 2 ** 32])('refuses a seed of %s', (seed) => {
    expect(() => drawKeptAside(list, 0.2, seed)).toThrow(/invalid seed/);
  });
});

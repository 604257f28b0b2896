// The synthetic wholesaler's catalogue: stock codes, descriptions and prices in the manner of
// UCI Online Retail II (a few thousand gift-shop products, a long tail of rarely sold ones).
import type { Random } from '../../../src/lib/sample/random';

export interface Product {
  code: string;
  /** CSV-ready: quoted when it holds a comma. */
  description: string;
  price: number;
}

const COLOURS = 'WHITE RED PINK BLUE GREEN IVORY CREAM BLACK VINTAGE RETRO PAISLEY SPOTTY'.split(
  ' ',
);
const THEMES = 'HEART STAR BIRD ROSE CHRISTMAS LONDON GARDEN FAIRY OWL DOLLY REGENCY'.split(' ');
const THINGS = (
  'T-LIGHT HOLDER,LANTERN,COAT HANGER,HOT WATER BOTTLE,TEA TOWEL,LUNCH BAG,JUMBO BAG,' +
  'CAKE STAND,MUG,BUNTING,DOORMAT,PHOTO FRAME,NOTEBOOK,CANDLE,BOX OF 6 ASSORTED,PARTY CUPS,' +
  'CHALKBOARD,WALL CLOCK,PURSE,HAND WARMER,GIFT WRAP,TRINKET BOX,PLANT POT,STORAGE TIN'
).split(',');
const PRICES = [0.29, 0.42, 0.55, 0.65, 0.85, 1.25, 1.45, 1.65, 1.95, 2.1, 2.55, 2.95, 3.75];
const DEARER = [4.95, 5.95, 7.95, 8.5, 9.95, 12.75, 14.95, 18, 24.95, 39.95];

export function makeCatalog(rng: Random, size = 4000): Product[] {
  const products: Product[] = [];
  const codes = new Set<string>();
  while (products.length < size) {
    const base = String(rng.int(20000, 90999));
    const code = rng.chance(0.3) ? base + rng.pick(['A', 'B', 'C', 'D', 'E', 'L', 'S']) : base;
    if (codes.has(code)) continue;
    codes.add(code);
    const words = `${rng.pick(COLOURS)} ${rng.pick(THEMES)} ${rng.pick(THINGS)}`;
    // A few descriptions carry a comma (and so quotes), as real ones do.
    const description = rng.chance(0.03) ? `"${words}, SET OF ${rng.int(2, 12)}"` : words;
    const price = rng.chance(0.85) ? rng.pick(PRICES) : rng.pick(DEARER);
    products.push({ code, description, price });
  }
  return products;
}

/** Cumulative Zipf-like weights: product i sells in proportion to 1 / (i + 10). */
export function popularity(size: number): Float64Array {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let i = 0; i < size; i++) {
    sum += 1 / (i + 10);
    cumulative[i] = sum;
  }
  for (let i = 0; i < size; i++) cumulative[i] /= sum;
  return cumulative;
}

/** The index whose cumulative weight first exceeds u (binary search). */
export function pickIndex(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export const QUANTITIES = [1, 2, 3, 4, 6, 8, 10, 12, 24, 36, 48, 72, 96, 144];
export const QUANTITY_WEIGHTS = [14, 10, 6, 8, 10, 5, 5, 18, 8, 3, 4, 2, 1, 1];

export const COUNTRIES = [
  'United Kingdom',
  'EIRE',
  'Germany',
  'France',
  'Netherlands',
  'Spain',
  'Switzerland',
  'Belgium',
  'Portugal',
  'Australia',
  'Norway',
  'Italy',
];
export const COUNTRY_WEIGHTS = [880, 20, 20, 18, 8, 6, 5, 5, 4, 4, 3, 3];

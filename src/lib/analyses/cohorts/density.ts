// Whether a heatmap's squares are wide enough to hold their printed numbers. A weekly heatmap
// of two years (106 columns) or a phone's width leaves a few pixels a square, and the numbers
// run into each other ("0%0%0%"): then only the colours are drawn and the tooltip keeps the
// figure.

/** Width of one character of the charts' 10 px text, rounded up (digits, %, separators). */
const CHAR_PX = 6.5;
/** Room left around the number inside its square. */
const PAD_PX = 4;
/** Plot's right margin when none is given. */
const MARGIN_RIGHT = 20;

export interface SquareRoom {
  /** The chart's width in pixels. */
  width: number;
  /** Left margin (the row labels), in pixels. */
  marginLeft: number;
  /** Number of columns of squares. */
  columns: number;
  /** The texts the squares would print. */
  texts: readonly string[];
}

/** True when the longest text fits in one square's width. */
export function printsNumbers({ width, marginLeft, columns, texts }: SquareRoom): boolean {
  if (columns === 0) return true;
  const square = (width - marginLeft - MARGIN_RIGHT) / columns;
  let longest = 0;
  for (const text of texts) longest = Math.max(longest, [...text].length);
  return square >= longest * CHAR_PX + PAD_PX;
}

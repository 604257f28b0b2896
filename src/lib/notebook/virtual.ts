// Which rows of a long list to draw: only those in view in a scroll box of fixed-height rows,
// plus a few either side so that scrolling does not show blank rows before they render.

export interface VirtualWindow {
  /** First row drawn. */
  start: number;
  /** One past the last row drawn. */
  end: number;
  /** Heights in px of the space above and below the drawn rows. */
  before: number;
  after: number;
}

export function virtualWindow({
  rows,
  rowHeight,
  scrollTop,
  viewport,
  overscan = 8,
}: {
  rows: number;
  rowHeight: number;
  scrollTop: number;
  viewport: number;
  overscan?: number;
}): VirtualWindow {
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, rows * rowHeight - viewport));
  const first = Math.floor(top / rowHeight);
  const start = Math.max(0, Math.min(rows, first - overscan));
  const end = Math.min(rows, first + Math.ceil(viewport / rowHeight) + overscan);
  return {
    start,
    end: Math.max(start, end),
    before: start * rowHeight,
    after: (rows - Math.max(start, end)) * rowHeight,
  };
}

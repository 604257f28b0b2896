// The R x F grid: recency score down (5 = bought recently, at the top), frequency across.
import * as Plot from '@observablehq/plot';
import type { RfmCell } from './types';

export type GridMeasure = 'customers' | 'revenue';

export interface GridLabels {
  r: string;
  f: string;
  measure: string;
  segment: (cell: RfmCell) => string;
  format: (value: number) => string;
}

const MARGIN_LEFT = 50;
const MARGIN_RIGHT = 20;

/** The grid drawn `width` pixels wide: a segment's name wraps within its square. */
export function gridOptions(
  cells: RfmCell[],
  measure: GridMeasure,
  labels: GridLabels,
  width: number,
): Plot.PlotOptions {
  const value = (c: RfmCell) => (measure === 'customers' ? c.customers : c.revenue);
  const top = Math.max(1, ...cells.map(value));
  const square = (width - MARGIN_LEFT - MARGIN_RIGHT) / 5;
  // Narrow squares (a phone) take a smaller type; a name never runs into the next square.
  const fontSize = square < 70 ? 9 : 10;
  const lineWidth = (0.9 * square) / fontSize;
  return {
    width,
    height: 320,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    padding: 0.05,
    x: { label: labels.f, domain: [1, 2, 3, 4, 5], axis: 'top' },
    y: { label: labels.r, domain: [5, 4, 3, 2, 1] },
    color: { type: 'sqrt', scheme: 'greens', domain: [0, top], label: labels.measure },
    marks: [
      Plot.cell(cells, {
        x: 'f',
        y: 'r',
        fill: value,
        channels: { segment: { value: labels.segment, label: '' } },
        tip: { format: { segment: true, fill: (v: number) => labels.format(v) } },
      }),
      ...(['black', 'white'] as const).map((ink) =>
        Plot.text(
          cells.filter((c) => (value(c) > 0.6 * top ? 'white' : 'black') === ink),
          {
            x: 'f',
            y: 'r',
            // An empty square keeps its segment's name but no "0": the note under the grid
            // says why a whole column can be empty (tied scores).
            text: (c: RfmCell) =>
              c.customers === 0
                ? labels.segment(c)
                : `${labels.segment(c)}\n${labels.format(value(c))}`,
            fill: ink,
            fillOpacity: (c: RfmCell) => (c.customers === 0 ? 0.55 : 1),
            fontSize,
            lineWidth,
          },
        ),
      ),
    ],
  };
}

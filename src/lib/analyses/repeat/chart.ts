// Days from the first to the second purchase day, with the 21–30 day window marked: the weeks
// in which a new customer decides whether to come back.
import * as Plot from '@observablehq/plot';
import type { GapCount } from './types';
import { PALETTE } from '../palette';

export interface GapLabels {
  x: string;
  y: string;
}

export const DECISION_WINDOW = [21, 30] as const;

export function gapOptions(gaps: GapCount[], labels: GapLabels, maxDays = 365): Plot.PlotOptions {
  const shown = gaps.filter((g) => g.days <= maxDays);
  return {
    height: 240,
    marginLeft: 50,
    x: { label: labels.x, domain: [0, maxDays] },
    y: { label: labels.y, grid: true },
    marks: [
      Plot.rectX([DECISION_WINDOW], {
        x1: (w: readonly number[]) => w[0] - 0.5,
        x2: (w: readonly number[]) => w[1] + 0.5,
        fill: PALETTE.highlight,
        fillOpacity: 0.25,
      }),
      Plot.rectY(shown, {
        x1: (g: GapCount) => g.days - 0.5,
        x2: (g: GapCount) => g.days + 0.5,
        y: 'customers',
        fill: PALETTE.accent,
        tip: true,
        channels: { [labels.x]: 'days' },
      }),
      Plot.ruleY([0]),
    ],
  };
}

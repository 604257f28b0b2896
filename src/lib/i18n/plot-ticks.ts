// Axis tick labels through our Intl formatters: Plot's defaults write Latin digits and English
// month names whatever the page's language.
import type { PlotOptions, ScaleOptions } from '@observablehq/plot';

export interface TickFormats {
  number: (n: number) => string;
  date: (d: Date) => string;
  /** Text from a chart's own tick format, with its digits in the user's digits. */
  text: (s: string) => string;
}

type Axis = 'x' | 'y' | 'fx' | 'fy';
type TickFormat = (value: unknown, index: number) => unknown;

function localized(scale: ScaleOptions | undefined, f: TickFormats): ScaleOptions | undefined {
  const given = scale?.tickFormat;
  if (given === null) return scale; // the chart hides these labels
  if (typeof given === 'function') {
    const own = given as TickFormat;
    return {
      ...scale,
      tickFormat: (v: unknown, i: number) => {
        const text = own(v, i);
        return text === null || text === undefined ? text : f.text(String(text));
      },
    };
  }
  if (given !== undefined) return scale; // a d3 format string: the chart asked for it
  return {
    ...scale,
    tickFormat: (v: unknown) =>
      v instanceof Date ? f.date(v) : typeof v === 'number' ? f.number(v) : f.text(String(v)),
  };
}

/** The same options with every axis (x, y, and facets when used) labelled through `f`. */
export function localizeTicks(options: PlotOptions, f: TickFormats): PlotOptions {
  const out: PlotOptions = { ...options };
  for (const axis of ['x', 'y', 'fx', 'fy'] as Axis[]) {
    if (axis.startsWith('f') && options[axis] === undefined) continue;
    out[axis] = localized(options[axis], f);
  }
  return out;
}

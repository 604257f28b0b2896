// The colours the charts share with the interface. Each is a CSS variable that app.css sets
// for light and dark screens, with its light value as the fallback: a downloaded SVG, which
// has no page around it, and paper both show the light colours.
export const PALETTE = {
  /** The main series; active customers. */
  accent: 'var(--accent, #1f5f8b)',
  /** Lapsed customers, the weighted mean, the unfinished period. */
  lapsed: 'var(--lapsed, #b4462b)',
  /** A point to notice: the top 20%, a reference line. */
  highlight: 'var(--highlight, #f2b134)',
  /** Squares that carry no value (a cohort's own period). */
  empty: 'var(--chart-empty, #e9ecef)',
  /** Guides (the line of perfect equality). */
  guide: 'var(--chart-guide, #aaaaaa)',
  green: 'var(--series-green, #3f8f5a)',
  purple: 'var(--series-purple, #8a6bb8)',
  ochre: 'var(--series-ochre, #c28a1a)',
  muted: 'var(--muted, #5b6670)',
} as const;

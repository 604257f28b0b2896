// The numbers behind a chart, as a table a screen reader can walk: the chart itself is one
// image to assistive technology, so every chart offers this beside it.

export interface NumberTable {
  /** Header of the row-header column, then of each figure column. */
  columns: string[];
  /** Optional header over the figure columns after the first `lead` ones ("Months since …"). */
  group?: { label: string; lead: number };
  rows: NumberRow[];
}

export interface NumberRow {
  key: string;
  /** The row's header (a cohort, a month, a bin). */
  head: string;
  /** Formatted figures, '' where the chart has no value (a cohort too young for the offset). */
  cells: string[];
}

// The notebook: its cells and parameters, never data. Every operation is a pure function that
// returns a new notebook (or the same one when nothing changes), so undo is keeping old values.
import { DEFAULT_OVERDUE_FACTOR, DEFAULT_WINDOW_MONTHS } from '../analyses/inactivity/window';
import type { Period } from '../analyses/period';
import { ANALYSES, type AnalysisKind } from '../analyses/registry';
import type { Mapping } from '../import/roles';

export const NOTEBOOK_VERSION = 1;
export const MAX_CELLS = 200;

/** The analyses' kinds, in the order a new notebook shows them (src/lib/analyses/registry.ts). */
export const ANALYSIS_KINDS: readonly AnalysisKind[] = ANALYSES.map((a) => a.kind);
export type { AnalysisKind };

/**
 * The analyses a new notebook opens with. Follow-ups are not among them (the link of a default
 * notebook stays short): the page adds that cell when the first follow-up is started.
 */
export const DEFAULT_ANALYSES: readonly AnalysisKind[] = ANALYSES.filter(
  (a) => a.inDefaultNotebook,
).map((a) => a.kind);

export const CELL_KINDS = ['markdown', 'sql', ...ANALYSIS_KINDS] as const;
export type CellKind = (typeof CELL_KINDS)[number];

export const CHART_CHOICES = ['auto', 'table', 'line', 'bar'] as const;
export type ChartChoice = (typeof CHART_CHOICES)[number];

interface CellBase {
  id: string;
  collapsed: boolean;
}

export interface MarkdownCell extends CellBase {
  kind: 'markdown';
  text: string;
}

export interface SqlCell extends CellBase {
  kind: 'sql';
  sql: string;
  chart?: ChartChoice;
}

export interface AnalysisCell extends CellBase {
  kind: Exclude<AnalysisKind, 'first-order'>;
}

/** Customers split by their first order; `by` as analyses/first-order/attribute.ts writes it. */
export interface FirstOrderCell extends CellBase {
  kind: 'first-order';
  by?: string;
}

export type Cell = MarkdownCell | SqlCell | AnalysisCell | FirstOrderCell;

export interface NotebookParams {
  period: Period;
  windowMonths: number;
  overdueFactor: number;
  /** YYYY-MM-DD, or null for the default (the day after the latest purchase). */
  asOf: string | null;
  language?: string;
  /** Column names by role, as confirmed in the mapping form. */
  mapping: Mapping;
  /** The date formats chosen for an ambiguous date column (d/m or m/d), in order. */
  dateFormats?: string[];
  /**
   * A dataset hosted with the site (`static/datasets/`), by name: a link carries it as
   * `#data=NAME` next to the notebook, so the data loads without a file (never the data itself).
   */
  dataset?: string;
}

export interface Notebook {
  version: typeof NOTEBOOK_VERSION;
  cells: Cell[];
  params: NotebookParams;
}

export const DEFAULT_PARAMS: NotebookParams = {
  period: 'month',
  windowMonths: DEFAULT_WINDOW_MONTHS,
  overdueFactor: DEFAULT_OVERDUE_FACTOR,
  asOf: null,
  mapping: {},
};

/** A hosted dataset's name: letters, digits, `-`, `_` and `.`, not starting with a dot. */
export const DATASET_NAME = /^[\w-][\w.-]{0,99}$/;

export const isAnalysisKind = (kind: string): kind is AnalysisKind =>
  (ANALYSIS_KINDS as readonly string[]).includes(kind);

/** A short random id, unique enough within one notebook (works outside secure contexts). */
export function newCellId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

/** The cell type of a kind: `CellOf<'sql'>` is a SqlCell. */
export type CellOf<K extends CellKind> =
  Extract<Cell, { kind: K }> extends never ? AnalysisCell : Extract<Cell, { kind: K }>;

/** A fresh, expanded cell of this kind. */
export function createCell<K extends CellKind>(kind: K, id: string = newCellId()): CellOf<K> {
  const base = { id, collapsed: false };
  if (kind === 'markdown') return { ...base, kind, text: '' } as CellOf<K>;
  if (kind === 'sql') return { ...base, kind, sql: '', chart: 'auto' } as CellOf<K>;
  return { ...base, kind } as CellOf<K>;
}

/** An intro note, then the analyses in the order a first reader wants them. */
export function defaultNotebook({ intro = '' }: { intro?: string } = {}): Notebook {
  return {
    version: NOTEBOOK_VERSION,
    cells: [
      { ...createCell('markdown'), text: intro },
      ...DEFAULT_ANALYSES.map((kind) => createCell(kind)),
    ],
    params: { ...DEFAULT_PARAMS, mapping: {} },
  };
}

const withCells = (notebook: Notebook, cells: Cell[]): Notebook => ({ ...notebook, cells });

/**
 * Insert `cell` after the cell with id `after`; at the top for `null`; at the end when `after`
 * is not given or no longer exists. A full notebook, or a duplicate id, is left as it is.
 */
export function addCell(notebook: Notebook, cell: Cell, after?: string | null): Notebook {
  const { cells } = notebook;
  if (cells.length >= MAX_CELLS || cells.some((c) => c.id === cell.id)) return notebook;
  const at = cells.findIndex((c) => c.id === after);
  const index = after === null ? 0 : at < 0 ? cells.length : at + 1;
  return withCells(notebook, [...cells.slice(0, index), cell, ...cells.slice(index)]);
}

export function removeCell(notebook: Notebook, id: string): Notebook {
  const cells = notebook.cells.filter((c) => c.id !== id);
  return cells.length === notebook.cells.length ? notebook : withCells(notebook, cells);
}

/** Swap a cell with its neighbour; the first cannot go up, the last cannot go down. */
export function moveCell(notebook: Notebook, id: string, direction: 'up' | 'down'): Notebook {
  const from = notebook.cells.findIndex((c) => c.id === id);
  const to = from + (direction === 'up' ? -1 : 1);
  if (from < 0 || to < 0 || to >= notebook.cells.length) return notebook;
  const cells = [...notebook.cells];
  [cells[from], cells[to]] = [cells[to], cells[from]];
  return withCells(notebook, cells);
}

function updateCell(notebook: Notebook, id: string, change: (cell: Cell) => Cell): Notebook {
  let changed = false;
  const cells = notebook.cells.map((cell) => {
    if (cell.id !== id) return cell;
    const next = change(cell);
    changed ||= next !== cell;
    return next;
  });
  return changed ? withCells(notebook, cells) : notebook;
}

export const toggleCollapsed = (notebook: Notebook, id: string): Notebook =>
  updateCell(notebook, id, (cell) => ({ ...cell, collapsed: !cell.collapsed }));

/** New text for a markdown cell (other kinds are left alone). */
export const updateText = (notebook: Notebook, id: string, text: string): Notebook =>
  updateCell(notebook, id, (cell) =>
    cell.kind === 'markdown' && cell.text !== text ? { ...cell, text } : cell,
  );

/** New query for a SQL cell (other kinds are left alone). */
export const updateSql = (notebook: Notebook, id: string, sql: string): Notebook =>
  updateCell(notebook, id, (cell) =>
    cell.kind === 'sql' && cell.sql !== sql ? { ...cell, sql } : cell,
  );

export const setChart = (notebook: Notebook, id: string, chart: ChartChoice): Notebook =>
  updateCell(notebook, id, (cell) =>
    cell.kind === 'sql' && cell.chart !== chart ? { ...cell, chart } : cell,
  );

/** What a first-order cell splits by (other kinds are left alone). */
export const setBy = (notebook: Notebook, id: string, by: string): Notebook =>
  updateCell(notebook, id, (cell) =>
    cell.kind === 'first-order' && cell.by !== by ? { ...cell, by } : cell,
  );

export function setParam<K extends keyof NotebookParams>(
  notebook: Notebook,
  key: K,
  value: NotebookParams[K],
): Notebook {
  if (notebook.params[key] === value) return notebook;
  return { ...notebook, params: { ...notebook.params, [key]: value } };
}

/** SQL cells with a query in them: a shared notebook with any waits for the user's consent. */
export const sqlCells = (notebook: Notebook): SqlCell[] =>
  notebook.cells.filter((c): c is SqlCell => c.kind === 'sql' && c.sql.trim() !== '');

/** The notebook with every SQL cell that holds a query unfolded (the same one if none was folded). */
export function unfoldSql(notebook: Notebook): Notebook {
  const folded = sqlCells(notebook).filter((c) => c.collapsed);
  if (folded.length === 0) return notebook;
  return withCells(
    notebook,
    notebook.cells.map((c) => (folded.includes(c as SqlCell) ? { ...c, collapsed: false } : c)),
  );
}

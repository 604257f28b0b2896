// Building a notebook: adding, removing, reordering, collapsing and editing cells.
import { describe, expect, it } from 'vitest';
import {
  addCell,
  ANALYSIS_KINDS,
  createCell,
  defaultNotebook,
  MAX_CELLS,
  moveCell,
  removeCell,
  setChart,
  setParam,
  sqlCells,
  toggleCollapsed,
  updateSql,
  updateText,
  type Cell,
  type Notebook,
} from '../../../src/lib/notebook/model';

const cell = (id: string, kind: Cell['kind'] = 'markdown') => createCell(kind, id);
const notebookOf = (...ids: string[]): Notebook => ({
  ...defaultNotebook(),
  cells: ids.map((id) => cell(id)),
});
const ids = (notebook: Notebook) => notebook.cells.map((c) => c.id);

describe('a new notebook', () => {
  it('opens with an intro note, then the six analyses in reading order', () => {
    const notebook = defaultNotebook({ intro: 'Welcome' });
    expect(notebook.cells.map((c) => c.kind)).toEqual([
      'markdown',
      ...ANALYSIS_KINDS.filter((k) => k !== 'follow-ups'),
    ]);
    expect(notebook.cells[0]).toMatchObject({ kind: 'markdown', text: 'Welcome' });
    expect(notebook.cells.every((c) => !c.collapsed)).toBe(true);
  });

  it('gives every cell its own id', () => {
    const notebook = defaultNotebook();
    expect(new Set(ids(notebook)).size).toBe(notebook.cells.length);
  });

  it('starts from the documented defaults and carries no mapping yet', () => {
    expect(defaultNotebook().params).toEqual({
      period: 'month',
      windowMonths: 6,
      overdueFactor: 2,
      asOf: null,
      mapping: {},
    });
  });
});

describe('adding a cell', () => {
  // prettier-ignore
  const table: [string, string | null | undefined, string[]][] = [
    ['after a given cell', 'a', ['a', 'new', 'b', 'c']],
    ['after the last cell', 'c', ['a', 'b', 'c', 'new']],
    ['at the top', null, ['new', 'a', 'b', 'c']],
    ['at the end when no place is given', undefined, ['a', 'b', 'c', 'new']],
    ['at the end when the given cell is gone', 'gone', ['a', 'b', 'c', 'new']],
  ];
  it.each(table)('puts it %s', (_, after, expected) => {
    expect(ids(addCell(notebookOf('a', 'b', 'c'), cell('new'), after))).toEqual(expected);
  });

  it('leaves the notebook it was given unchanged', () => {
    const before = notebookOf('a');
    addCell(before, cell('new'), 'a');
    expect(ids(before)).toEqual(['a']);
  });

  it(`stops at ${MAX_CELLS} cells`, () => {
    const full = notebookOf(...Array.from({ length: MAX_CELLS }, (_, i) => `c${i}`));
    expect(addCell(full, cell('one-more'))).toBe(full);
  });

  it('refuses a second cell with the same id', () => {
    const notebook = notebookOf('a');
    expect(addCell(notebook, cell('a'))).toBe(notebook);
  });

  it('starts a SQL cell empty, expanded, with the automatic chart', () => {
    expect(createCell('sql', 'q')).toEqual({
      id: 'q',
      kind: 'sql',
      collapsed: false,
      sql: '',
      chart: 'auto',
    });
  });
});

describe('removing and moving cells', () => {
  it('removes exactly the cell asked for', () => {
    expect(ids(removeCell(notebookOf('a', 'b', 'c'), 'b'))).toEqual(['a', 'c']);
  });

  it('changes nothing when the cell is already gone', () => {
    const notebook = notebookOf('a');
    expect(removeCell(notebook, 'x')).toBe(notebook);
  });

  // prettier-ignore
  const moves: [string, string, 'up' | 'down', string[]][] = [
    ['moves a cell up', 'b', 'up', ['b', 'a', 'c']],
    ['moves a cell down', 'b', 'down', ['a', 'c', 'b']],
    ['keeps the first cell first when moved up', 'a', 'up', ['a', 'b', 'c']],
    ['keeps the last cell last when moved down', 'c', 'down', ['a', 'b', 'c']],
    ['ignores a cell that is gone', 'x', 'up', ['a', 'b', 'c']],
  ];
  it.each(moves)('%s', (_, id, direction, expected) => {
    expect(ids(moveCell(notebookOf('a', 'b', 'c'), id, direction))).toEqual(expected);
  });

  it('returns the same notebook when a move changes nothing (no empty undo step)', () => {
    const notebook = notebookOf('a', 'b');
    expect(moveCell(notebook, 'a', 'up')).toBe(notebook);
  });
});

describe('editing cells', () => {
  const notebook: Notebook = {
    ...defaultNotebook(),
    cells: [cell('note'), cell('query', 'sql'), cell('rfm', 'rfm')],
  };

  it('collapses a cell and expands it again', () => {
    const collapsed = toggleCollapsed(notebook, 'rfm');
    expect(collapsed.cells[2].collapsed).toBe(true);
    expect(toggleCollapsed(collapsed, 'rfm').cells[2].collapsed).toBe(false);
    expect(notebook.cells[2].collapsed).toBe(false);
  });

  it('changes the text of a note', () => {
    expect(updateText(notebook, 'note', '# Plan').cells[0]).toMatchObject({ text: '# Plan' });
  });

  it('changes the query of a SQL cell and its chart', () => {
    const edited = setChart(updateSql(notebook, 'query', 'SELECT 1'), 'query', 'bar');
    expect(edited.cells[1]).toMatchObject({ sql: 'SELECT 1', chart: 'bar' });
  });

  it('does not give a note a query, nor an analysis text', () => {
    expect(updateSql(notebook, 'note', 'SELECT 1')).toBe(notebook);
    expect(updateText(notebook, 'rfm', 'hello')).toBe(notebook);
  });

  it('returns the same notebook when the text is unchanged', () => {
    expect(updateText(notebook, 'note', '')).toBe(notebook);
  });

  it('sets a parameter and keeps the others', () => {
    const weekly = setParam(notebook, 'period', 'week');
    expect(weekly.params).toEqual({ ...notebook.params, period: 'week' });
    expect(setParam(weekly, 'period', 'week')).toBe(weekly);
  });

  it('remembers the column mapping, never the data', () => {
    const mapped = setParam(notebook, 'mapping', { customer: 'Email', date: 'Created at' });
    expect(mapped.params.mapping).toEqual({ customer: 'Email', date: 'Created at' });
  });

  it('counts only SQL cells with a query as SQL to confirm', () => {
    expect(sqlCells(notebook)).toEqual([]);
    expect(sqlCells(updateSql(notebook, 'query', 'SELECT 1')).map((c) => c.id)).toEqual(['query']);
  });
});

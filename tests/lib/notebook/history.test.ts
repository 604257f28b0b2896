// Undo and redo of notebook edits: one step per action, one step per burst of typing.
import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  createHistory,
  record,
  redo,
  seal,
  undo,
} from '../../../src/lib/notebook/history';
import { defaultNotebook, moveCell, removeCell, updateText } from '../../../src/lib/notebook/model';

describe('undo and redo', () => {
  it('undoes a removed cell and redoes the removal', () => {
    const start = defaultNotebook();
    const removed = removeCell(start, start.cells[1].id);
    let h = record(createHistory(start), removed);
    h = undo(h);
    expect(h.present).toBe(start);
    h = redo(h);
    expect(h.present).toBe(removed);
  });

  it('cannot undo before the first change nor redo after the last', () => {
    const h = createHistory('a');
    expect([canUndo(h), canRedo(h)]).toEqual([false, false]);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it('forgets the undone steps once something new is done', () => {
    let h = record(record(createHistory('a'), 'b'), 'c');
    h = record(undo(h), 'd');
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe('b');
  });

  it('records nothing for an action that changed nothing', () => {
    const start = defaultNotebook();
    const h = createHistory(start);
    expect(record(h, moveCell(start, start.cells[0].id, 'up'))).toBe(h);
  });

  it('keeps only the last steps up to its cap', () => {
    let h = createHistory(0, { cap: 3 });
    for (let i = 1; i <= 10; i++) h = record(h, i);
    const seen: number[] = [];
    while (canUndo(h)) seen.push((h = undo(h)).present);
    expect(seen).toEqual([9, 8, 7]);
  });
});

describe('typing in a cell', () => {
  const start = defaultNotebook();
  const [note] = start.cells;
  const typing = (h: ReturnType<typeof createHistory<typeof start>>, text: string, id = note.id) =>
    record(h, updateText(h.present, id, text), { group: `text:${id}` });

  it('is undone as one step, not keystroke by keystroke', () => {
    let h = createHistory(start);
    for (const text of ['H', 'He', 'Hel', 'Hello']) h = typing(h, text);
    expect(h.past).toHaveLength(1);
    expect(undo(h).present).toBe(start);
  });

  it('starts a new step after another kind of action in between', () => {
    let h = typing(createHistory(start), 'Hi');
    h = record(h, moveCell(h.present, note.id, 'down'));
    h = typing(h, 'Hi there');
    expect(h.past).toHaveLength(3);
  });

  it('starts a new step when typing moves to another cell', () => {
    const other = { ...start, cells: [...start.cells, { ...note, id: 'second' }] };
    let h = typing(createHistory(other), 'one');
    h = typing(h, 'two', 'second');
    expect(h.past).toHaveLength(2);
  });

  it('starts a new step after an undo, or when the burst is sealed', () => {
    let h = typing(typing(createHistory(start), 'a'), 'ab');
    h = typing(undo(h), 'x');
    expect(h.past).toHaveLength(1);
    h = typing(seal(h), 'xy');
    expect(h.past).toHaveLength(2);
  });
});

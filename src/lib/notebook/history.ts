// Undo and redo over immutable values: past states, the present one, and undone ones.
// Typing into one cell is one step, not one step per keystroke: consecutive edits with the
// same `group` replace the present instead of pushing it.

export const HISTORY_CAP = 100;

export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The group of the last recorded change, while further changes may join it. */
  readonly group: string | null;
  readonly cap: number;
}

export function createHistory<T>(
  present: T,
  { cap = HISTORY_CAP }: { cap?: number } = {},
): History<T> {
  return { past: [], present, future: [], group: null, cap };
}

/**
 * A new present. Passing the present itself changes nothing (operations return their input
 * when they change nothing). `group` (e.g. `text:<cell id>`) merges consecutive edits.
 */
export function record<T>(
  history: History<T>,
  next: T,
  { group }: { group?: string } = {},
): History<T> {
  if (next === history.present) return history;
  if (group !== undefined && group === history.group) {
    return { ...history, present: next, future: [] };
  }
  const past = [...history.past, history.present].slice(-history.cap);
  return { ...history, past, present: next, future: [], group: group ?? null };
}

/** End the current group: the next edit, even of the same cell, is a step of its own. */
export const seal = <T>(history: History<T>): History<T> =>
  history.group === null ? history : { ...history, group: null };

export const canUndo = <T>(history: History<T>): boolean => history.past.length > 0;
export const canRedo = <T>(history: History<T>): boolean => history.future.length > 0;

export function undo<T>(history: History<T>): History<T> {
  if (!canUndo(history)) return history;
  return {
    ...history,
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1],
    future: [history.present, ...history.future],
    group: null,
  };
}

export function redo<T>(history: History<T>): History<T> {
  if (!canRedo(history)) return history;
  return {
    ...history,
    past: [...history.past, history.present],
    present: history.future[0],
    future: history.future.slice(1),
    group: null,
  };
}

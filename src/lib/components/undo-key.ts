// Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or +Y) undo and redo notebook edits, except while typing:
// text fields keep their own undo.

/** Whether `event` asks to undo or redo a notebook edit; null when it does not. */
export function undoKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  const undo = key === 'z' && !event.shiftKey;
  const redo = (key === 'z' && event.shiftKey) || key === 'y';
  if (!undo && !redo) return null;
  const typing = event
    .composedPath()
    .some(
      (node) =>
        node instanceof HTMLElement &&
        (node.isContentEditable ||
          node instanceof HTMLTextAreaElement ||
          (node instanceof HTMLInputElement && !['checkbox', 'radio'].includes(node.type))),
    );
  if (typing) return null;
  return undo ? 'undo' : 'redo';
}

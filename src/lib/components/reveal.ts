// Bringing a part of the notebook into view, its cell unfolded first: the DOM work behind the
// contents, the overview's links and a newly added cell.
import { tick } from 'svelte';
import { listAnchor, type OverviewKind } from '$lib/analyses/overview/items';
import type { Cell } from '$lib/notebook/model';
import type { NotebookState } from '$lib/state/notebook.svelte';

async function unfold(notebook: NotebookState, cell: Cell): Promise<void> {
  if (notebook.folded(cell)) notebook.toggle(cell.id);
  await tick();
}

/** Scroll a cell into view; `block`: where it lands. */
export async function revealCell(
  notebook: NotebookState,
  cell: Cell,
  block: ScrollLogicalPosition = 'start',
): Promise<void> {
  await unfold(notebook, cell);
  document.querySelector(`[data-cell="${CSS.escape(cell.id)}"]`)?.scrollIntoView({ block });
}

/** Scroll the list an overview item opens (in `cell`) into view, with the focus on it. */
export async function revealList(
  notebook: NotebookState,
  cell: Cell,
  kind: OverviewKind,
): Promise<void> {
  await unfold(notebook, cell);
  const list = document.getElementById(listAnchor(kind));
  if (!(list instanceof HTMLElement)) return;
  list.scrollIntoView({ block: 'start' });
  // Focus follows, so the keyboard and screen readers continue from the list.
  list.tabIndex = -1;
  list.focus({ preventScroll: true });
}

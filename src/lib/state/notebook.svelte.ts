// The notebook being edited: cells and parameters (never data), with undo and redo, saved in
// the browser as it changes, and carried in a link (`#nb=…`) or a `.regulars.json` file.
// No database here: the page runs what the cells ask for through the session.
import type { Sentence } from '../i18n/sentence';
import { t } from '../i18n/translate';
import { CodecError, decodeNotebook, encodeNotebook, fromFile, toFile } from '../notebook/codec';
import { buildHash, parseHash, type HashState } from '../url/hash';
import {
  canRedo,
  canUndo,
  createHistory,
  record,
  redo,
  undo,
  type History,
} from '../notebook/history';
import {
  addCell,
  createCell,
  DATASET_NAME,
  defaultNotebook,
  moveCell,
  removeCell,
  setBy,
  setChart,
  setParam,
  sqlCells,
  unfoldSql,
  toggleCollapsed,
  updateSql,
  updateText,
  type Cell,
  type CellKind,
  type ChartChoice,
  type Notebook,
  type NotebookParams,
} from '../notebook/model';

export const STORAGE_KEY = 'regulars.notebook';
/** Set while SQL brought by a link or file waits for consent, so a reload does not run it. */
export const SHARED_SQL_KEY = 'regulars.notebook.sharedSql';
export const SAVE_DELAY_MS = 300;

/** Parameters that record what was loaded and how, not edits: they are not undo steps. */
export type RecordedParam = 'mapping' | 'dateFormats' | 'language' | 'dataset';

export interface NotebookEnvironment {
  storage: (Pick<Storage, 'getItem' | 'setItem'> & Partial<Pick<Storage, 'removeItem'>>) | null;
  location: Pick<Location, 'href' | 'hash'> | null;
  history: Pick<globalThis.History, 'replaceState'> | null;
  /** Where `pagehide` is listened for (the window). */
  events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
  clipboard: Pick<Clipboard, 'writeText'> | null;
}

/** What opening a link or a file did. `sql`: how many SQL cells wait for the user's consent. */
export type OpenOutcome =
  { status: 'none' } | { status: 'opened'; sql: number } | { status: 'failed'; message: Sentence };

export class NotebookState {
  /** True after a link or file brought SQL: it runs only once the user agrees. */
  sharedSql = $state(false);
  /** Why the notebook saved in this browser could not be opened, if it could not. */
  loadError = $state.raw<Sentence | null>(null);

  #history = $state.raw<History<Notebook>>(createHistory(defaultNotebook()));
  #env: NotebookEnvironment;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #dirty = false;
  #onPageHide = () => this.flush();

  constructor(
    env: NotebookEnvironment = browserEnvironment(),
    { intro = t('notebook.intro') }: { intro?: string } = {},
  ) {
    this.#env = env;
    const loaded = this.#load() ?? defaultNotebook({ intro });
    this.sharedSql = this.#read(SHARED_SQL_KEY) === '1' && sqlCells(loaded).length > 0;
    this.#history = createHistory(this.sharedSql ? unfoldSql(loaded) : loaded);
    env.events?.addEventListener('pagehide', this.#onPageHide);
  }

  get notebook(): Notebook {
    return this.#history.present;
  }
  get canUndo(): boolean {
    return canUndo(this.#history);
  }
  get canRedo(): boolean {
    return canRedo(this.#history);
  }

  /** Add a new cell of `kind` after the cell `after` (at the end without one); its id. */
  add(kind: CellKind, after?: string | null): string {
    const cell = createCell(kind);
    this.#change(addCell(this.notebook, cell, after));
    return cell.id;
  }
  remove(id: string): void {
    this.#change(removeCell(this.notebook, id));
  }
  move(id: string, direction: 'up' | 'down'): void {
    this.#change(moveCell(this.notebook, id, direction));
  }
  /** Fold or unfold a cell; SQL waiting for the user's consent stays open, in view. */
  toggle(id: string): void {
    const cell = this.notebook.cells.find((c) => c.id === id);
    if (cell && !this.folded(cell) && this.#waiting(cell)) return;
    this.#change(toggleCollapsed(this.notebook, id));
  }
  /** Whether the page shows `cell` folded: never a query the user is asked to run. */
  folded(cell: Cell): boolean {
    return cell.collapsed && !this.#waiting(cell);
  }
  #waiting(cell: Cell): boolean {
    return this.sharedSql && cell.kind === 'sql' && cell.sql.trim() !== '';
  }
  setText(id: string, text: string): void {
    this.#change(updateText(this.notebook, id, text), `text:${id}`);
  }
  setSql(id: string, sql: string): void {
    this.#change(updateSql(this.notebook, id, sql), `sql:${id}`);
  }
  setChart(id: string, chart: ChartChoice): void {
    this.#change(setChart(this.notebook, id, chart));
  }
  /** What a first-order cell splits by. */
  setBy(id: string, by: string): void {
    this.#change(setBy(this.notebook, id, by));
  }
  /** A parameter; dragging a slider through many values is one undo step. */
  setParam<K extends keyof NotebookParams>(key: K, value: NotebookParams[K]): void {
    this.#change(setParam(this.notebook, key, value), `param:${key}`);
  }

  undo(): void {
    this.#history = undo(this.#history);
    this.#schedule();
  }
  redo(): void {
    this.#history = redo(this.#history);
    this.#schedule();
  }

  /**
   * Record what was loaded and how (the mapping confirmed, the language, the hosted dataset):
   * saved with the notebook, carried in links and files, but never undone by Undo.
   */
  record<K extends RecordedParam>(key: K, value: NotebookParams[K] | undefined): void {
    const put = (notebook: Notebook): Notebook => {
      if (notebook.params[key] === value) return notebook;
      const params = { ...notebook.params };
      if (value === undefined) delete params[key];
      else params[key] = value;
      return { ...notebook, params };
    };
    const history = this.#history;
    const present = put(history.present);
    if (present === history.present) return;
    this.#history = {
      ...history,
      past: history.past.map(put),
      present,
      future: history.future.map(put),
    };
    this.#schedule();
  }

  /** Start again from the default notebook (undoable). */
  reset(): void {
    this.#change(defaultNotebook({ intro: t('notebook.intro') }));
  }

  /** The user agreed to run the SQL a link or file brought. */
  confirmSharedSql(): void {
    this.sharedSql = false;
    this.#write(SHARED_SQL_KEY, null);
  }

  /** This page's address with the notebook in its fragment; other fragment parameters stay. */
  async link(extra: Partial<HashState> = {}): Promise<string> {
    const code = await encodeNotebook(this.notebook);
    const location = this.#env.location;
    const [base] = (location?.href ?? '').split('#');
    // `data`: the hosted dataset the notebook was made on (params.dataset).
    const hash = buildHash(location?.hash ?? '', { data: this.notebook.params.dataset || null });
    return `${base}${buildHash(hash, { ...extra, nb: code })}`;
  }

  /** Put the link on the clipboard; `copied` is false when the browser refused (show it then). */
  async copyLink(extra: Partial<HashState> = {}): Promise<{ url: string; copied: boolean }> {
    const url = await this.link(extra);
    try {
      if (!this.#env.clipboard) return { url, copied: false };
      await this.#env.clipboard.writeText(url);
      return { url, copied: true };
    } catch {
      return { url, copied: false };
    }
  }

  /**
   * Open the notebook of a shared link, if the fragment has one. Once opened (and saved here),
   * `nb=` leaves the address so that a reload keeps later edits; other parameters stay.
   */
  async openFromHash(hash: string = this.#env.location?.hash ?? ''): Promise<OpenOutcome> {
    const { nb: code, data } = parseHash(hash);
    if (code === null) return { status: 'none' };
    let notebook: Notebook;
    try {
      notebook = await decodeNotebook(code);
    } catch (e) {
      return { status: 'failed', message: problemSentence('link', e) };
    }
    // `#data=NAME` beside the notebook names the hosted dataset to load; it stays in the address.
    if (data !== null && DATASET_NAME.test(data)) notebook.params.dataset = data;
    const rest = buildHash(hash, { nb: null });
    const [base] = (this.#env.location?.href ?? '').split('#');
    this.#env.history?.replaceState(null, '', rest || base);
    return this.#open(notebook);
  }

  /** The notebook as a file to download: the page saves `text` as `name`. */
  exportFile(): { name: string; text: string } {
    return { name: 'notebook.regulars.json', text: toFile(this.notebook) };
  }

  async importFile(file: Pick<File, 'text'>): Promise<OpenOutcome> {
    try {
      return this.#open(fromFile(await file.text()));
    } catch (e) {
      return { status: 'failed', message: problemSentence('file', e) };
    }
  }

  /** Save now (the page is going away, or a test wants to see the result). */
  flush(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    if (!this.#dirty) return;
    this.#dirty = false;
    try {
      this.#env.storage?.setItem(STORAGE_KEY, toFile(this.notebook));
    } catch {
      // storage full or disabled: the notebook lives on in this page, and in links and files
    }
  }

  dispose(): void {
    this.flush();
    this.#env.events?.removeEventListener('pagehide', this.#onPageHide);
  }

  #open(notebook: Notebook): OpenOutcome {
    // Every query the user is asked to run is shown: none stays folded out of sight.
    this.#change(unfoldSql(notebook));
    this.flush();
    const sql = sqlCells(notebook).length;
    this.sharedSql = sql > 0;
    this.#write(SHARED_SQL_KEY, sql > 0 ? '1' : null);
    return { status: 'opened', sql };
  }

  #read(key: string): string | null {
    try {
      return this.#env.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  #write(key: string, value: string | null): void {
    try {
      if (value !== null) this.#env.storage?.setItem(key, value);
      else this.#env.storage?.removeItem?.(key);
    } catch {
      // storage full or disabled: the consent then lasts as long as this page
    }
  }

  #change(next: Notebook, group?: string): void {
    const history = record(this.#history, next, { group });
    if (history === this.#history) return;
    this.#history = history;
    this.#schedule();
  }

  #schedule(): void {
    this.#dirty = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  #load(): Notebook | null {
    let text: string | null = null;
    try {
      text = this.#env.storage?.getItem(STORAGE_KEY) ?? null;
      return text === null ? null : fromFile(text);
    } catch (e) {
      this.loadError = problemSentence('saved', e);
      // Kept aside, not overwritten: a newer copy of the site may still read it.
      try {
        if (text !== null) this.#env.storage?.setItem(`${STORAGE_KEY}.unreadable`, text);
      } catch {
        // nowhere to keep it
      }
      return null;
    }
  }
}

/** Why a link, file or saved notebook could not be opened. */
function problemSentence(source: 'link' | 'file' | 'saved', e: unknown): Sentence {
  const problem = e instanceof CodecError ? e.problem : 'corrupt';
  // For an invalid notebook, the schema's own words: where, and what was expected.
  const reason = e instanceof CodecError && e.cause instanceof Error ? e.cause : e;
  const detail = reason instanceof Error ? reason.message : String(reason);
  return [
    { key: `notebook.open.${source}` },
    { key: `notebook.problem.${problem}`, params: { detail } },
  ];
}

function browserEnvironment(): NotebookEnvironment {
  if (typeof window === 'undefined') {
    return { storage: null, location: null, history: null, events: null, clipboard: null };
  }
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null; // disabled (private windows, strict settings)
  }
  return {
    storage,
    location: window.location,
    history: window.history,
    events: window,
    clipboard: navigator.clipboard ?? null,
  };
}

// A page address for tests of the workspace: what the window's location and history do with the
// fragment, and a link followed in the same tab (`go`), without a browser.
import type { Address } from '../../src/lib/state/address';
import { NotebookState } from '../../src/lib/state/notebook.svelte';

export class TestAddress implements Address {
  hash: string;
  readonly #base: string;
  readonly #followers = new Set<(hash: string) => void>();

  constructor(hash = '', base = 'http://regulars.test/') {
    this.hash = hash;
    this.#base = base;
  }

  get href(): string {
    return `${this.#base}${this.hash}`;
  }

  replaceHash(hash: string): void {
    this.hash = hash;
  }

  onChange(follower: (hash: string) => void): () => void {
    this.#followers.add(follower);
    return () => this.#followers.delete(follower);
  }

  /** History's replaceState, as the notebook calls it (a whole address or a fragment). */
  replaceState(_state: unknown, _unused: string, url?: string | URL | null): void {
    const text = String(url ?? '');
    const at = text.indexOf('#');
    this.hash = at >= 0 ? text.slice(at) : '';
  }

  /** A link opened in the same tab: the fragment changes, and whoever follows it hears. */
  go(hash: string): void {
    this.hash = hash;
    for (const follower of [...this.#followers]) follower(hash);
  }
}

/** A notebook stored nowhere (a fresh storage each time), on this address. */
export function notebookOn(address: TestAddress): NotebookState {
  const storage = new Map<string, string>();
  return new NotebookState(
    {
      storage: {
        getItem: (key) => storage.get(key) ?? null,
        setItem: (key, value) => void storage.set(key, value),
        removeItem: (key) => void storage.delete(key),
      },
      location: address,
      history: address,
      events: null,
      clipboard: null,
    },
    { intro: 'Hello' },
  );
}

// The page's address as the workspace reads and changes it: its fragment may ask for a notebook
// (`nb=`), a hosted dataset (`data=`) and a language (`lang=`). The browser's by default; tests
// give one of their own.
import { followHash } from './hash-change';

export interface Address {
  /** The whole address: hosted datasets are found relative to it. */
  readonly href: string;
  readonly hash: string;
  /** Put `hash` (possibly empty) in place of the fragment, without a reload or a history step. */
  replaceHash(hash: string): void;
  /** Call `follower` with the new fragment whenever it changes; returns the function that stops. */
  onChange(follower: (hash: string) => void): () => void;
}

/** The browser window's address; outside a browser (prerendering), an empty one. */
export function windowAddress(): Address {
  if (typeof window === 'undefined') {
    return { href: '', hash: '', replaceHash: () => {}, onChange: () => () => {} };
  }
  return {
    get href() {
      return location.href;
    },
    get hash() {
      return location.hash;
    },
    replaceHash: (hash) =>
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`),
    onChange: followHash,
  };
}

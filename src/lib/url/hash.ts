// The parameters a link carries in its fragment, read and written in one place:
// `nb` (a notebook), `data` (a hosted dataset), `lang` (a language), `cur` (a currency).
// Values are returned as written: what a valid one is belongs to whoever uses it. Parameters
// this app does not know (`#period=week`) are kept in place when the fragment is rewritten.
export const HASH_PARAMS = ['nb', 'data', 'lang', 'cur'] as const;
export type HashParam = (typeof HASH_PARAMS)[number];

/** Each known parameter's value as written, or null when the fragment has none. */
export type HashState = Record<HashParam, string | null>;

const paramsOf = (hash: string) => new URLSearchParams(hash.replace(/^#/, ''));

/** What a fragment (`#lang=fa&data=shop`, with or without its `#`) carries. */
export function parseHash(hash: string): HashState {
  const params = paramsOf(hash);
  return {
    nb: params.get('nb'),
    data: params.get('data'),
    lang: params.get('lang'),
    cur: params.get('cur'),
  };
}

/**
 * The fragment with `changes` applied in their order: a string sets a parameter (in its place
 * if it was there, last otherwise), null removes it, undefined leaves it. Every other parameter
 * stays. `''` when nothing is left.
 */
export function buildHash(hash: string, changes: Partial<HashState>): string {
  const params = paramsOf(hash);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else if (value !== undefined) params.set(name, value);
  }
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}

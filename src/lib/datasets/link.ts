// `#data=NAME` (a dataset of the site's list) or `#data=URL` (a file on the same site) in a
// link's fragment. The fragment may carry other parameters (`#lang=el&data=shop`); only
// `data` is read or changed here.
import { DATASET_NAME, sameOriginUrl } from './manifest';
import { DatasetProblem, quoted } from './problem';

export type DataLink = { kind: 'name'; name: string } | { kind: 'url'; url: string };

const paramsOf = (hash: string) => new URLSearchParams(hash.replace(/^#/, ''));

/** The fragment asks for data (right or wrong): the page then does not restore a remembered file. */
export const hasDataLink = (hash: string): boolean => !!paramsOf(hash).get('data')?.trim();

/**
 * What the fragment's `data` parameter asks for, or null when it has none. A value with a
 * `/` or a `:` is a URL, resolved against the page; any other is a dataset name. A URL on
 * another origin, or not http(s), is refused with a DatasetProblem.
 */
export function parseDataLink(hash: string, page: string): DataLink | null {
  const value = paramsOf(hash).get('data')?.trim();
  if (!value) return null;
  if (!/[/:]/.test(value)) {
    if (!DATASET_NAME.test(value)) throw new DatasetProblem('datasets.unknown', { name: value });
    return { kind: 'name', name: value };
  }
  const url = sameOriginUrl(value, page);
  if (url) return { kind: 'url', url: url.href };
  let origin = '';
  try {
    const asked = new URL(value, page);
    if (/^https?:$/.test(asked.protocol)) origin = asked.origin;
  } catch {
    // not a URL at all
  }
  if (origin) throw new DatasetProblem('datasets.link.origin', { origin });
  throw new DatasetProblem('datasets.link.scheme', { url: quoted(value) });
}

/** The fragment with `data` set (the other parameters kept in place). */
export function withDataLink(hash: string, name: string): string {
  const params = paramsOf(hash);
  params.set('data', name);
  return `#${params}`;
}

/** The fragment without `data`: what the address should say once the user moves on. */
export function withoutDataLink(hash: string): string {
  const params = paramsOf(hash);
  params.delete('data');
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}

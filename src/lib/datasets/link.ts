// `#data=NAME` (a dataset of the site's list) or `#data=URL` (a file on the same site) in a
// link's fragment: what the value asks for (url/hash.ts reads and writes the fragment).
import { parseHash } from '../url/hash';
import { DATASET_NAME, sameOriginUrl } from './manifest';
import { DatasetProblem, quoted } from './problem';

export type DataLink = { kind: 'name'; name: string } | { kind: 'url'; url: string };

/** The fragment asks for data (right or wrong): the page then does not restore a remembered file. */
export const hasDataLink = (hash: string): boolean => !!parseHash(hash).data?.trim();

/**
 * What the fragment's `data` parameter asks for, or null when it has none. A value with a
 * `/` or a `:` is a URL, resolved against the page; any other is a dataset name. A URL on
 * another origin, or not http(s), is refused with a DatasetProblem.
 */
export function parseDataLink(hash: string, page: string): DataLink | null {
  const value = parseHash(hash).data?.trim();
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

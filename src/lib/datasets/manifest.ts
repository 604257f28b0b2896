// The list of datasets a hosted copy offers: `static/datasets/index.json`, written by whoever
// deploys the site. Checked entry by entry, so that a mistake is reported with the entry and
// the field it is in, and files can only come from the site itself.
import { isRole, ROLES, type Mapping } from '../import/roles';
import { DatasetProblem, quoted } from './problem';

/** Where the list lives, relative to the page. */
export const MANIFEST_PATH = 'datasets/index.json';

export interface HostedDataset {
  /** What a link says after `#data=`. */
  name: string;
  title: string;
  description?: string;
  /** The file's absolute URL, on the site's own origin. */
  url: string;
  /** Roles to columns; given roles skip the mapping step (the rest are guessed). */
  mapping?: Mapping;
}

/** Letters, digits, `.`, `_` and `-`, starting with a letter or digit: safe in a link as it is. */
export const DATASET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where the list is, for a page at `page`. */
export const manifestUrl = (page: string): string => new URL(MANIFEST_PATH, page).href;

/** The file name a URL ends with (`shop.csv`), for the page to show. */
export function fileNameOf(url: string, fallback = 'data.csv'): string {
  const last = new URL(url).pathname.split('/').pop();
  return last ? decodeURIComponent(last) : fallback;
}

/** A same-origin http(s) URL for `path` relative to `base`, or null. */
export function sameOriginUrl(path: string, base: string): URL | null {
  let url: URL;
  try {
    url = new URL(path, base);
  } catch {
    return null;
  }
  const ok = /^https?:$/.test(url.protocol) && url.origin === new URL(base).origin;
  return ok ? url : null;
}

function entryOf(raw: unknown, entry: number, manifestUrl: string): HostedDataset {
  if (!isObject(raw)) throw new DatasetProblem('datasets.bad.entry', { entry });
  const { name, title, file, description, mapping } = raw;
  if (typeof name !== 'string' || !DATASET_NAME.test(name))
    throw new DatasetProblem('datasets.bad.name', { entry, value: quoted(name) });
  if (typeof title !== 'string' || title.trim() === '')
    throw new DatasetProblem('datasets.bad.title', { entry });
  const url = typeof file === 'string' && file.trim() !== '' && sameOriginUrl(file, manifestUrl);
  if (!url) throw new DatasetProblem('datasets.bad.file', { entry, value: quoted(file) });
  if (description !== undefined && typeof description !== 'string')
    throw new DatasetProblem('datasets.bad.description', { entry });
  const dataset: HostedDataset = { name, title: title.trim(), url: url.href };
  if (description?.trim()) dataset.description = description.trim();
  if (mapping !== undefined) dataset.mapping = mappingOf(mapping, entry);
  return dataset;
}

function mappingOf(raw: unknown, entry: number): Mapping {
  const roles = ROLES.join(', ');
  if (!isObject(raw))
    throw new DatasetProblem('datasets.bad.mapping', { entry, value: quoted(raw), roles });
  const mapping: Mapping = {};
  for (const [role, column] of Object.entries(raw)) {
    if (!isRole(role) || typeof column !== 'string' || column === '')
      throw new DatasetProblem('datasets.bad.mapping', {
        entry,
        value: quoted({ [role]: column }),
        roles,
      });
    mapping[role] = column;
  }
  return mapping;
}

/**
 * The datasets of a manifest, read from its JSON text. `manifestUrl` is where it was fetched
 * from: files are relative to it and must stay on its origin. Throws a DatasetProblem naming
 * the entry (counted from 1) and the field that is wrong.
 */
export function parseManifest(text: string, manifestUrl: string): HostedDataset[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DatasetProblem('datasets.bad.json');
  }
  if (!isObject(json) || !Array.isArray(json.datasets))
    throw new DatasetProblem('datasets.bad.shape');
  const datasets = json.datasets.map((raw, i) => entryOf(raw, i + 1, manifestUrl));
  const seen = new Set<string>();
  datasets.forEach((d, i) => {
    if (seen.has(d.name))
      throw new DatasetProblem('datasets.bad.duplicate', { entry: i + 1, value: quoted(d.name) });
    seen.add(d.name);
  });
  return datasets;
}

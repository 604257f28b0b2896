// Reading a notebook from outside (a link, a file, local storage): an unknown JSON value
// becomes a Notebook or an error naming where it went wrong (`cells[3].sql: expected text`).
// Older versions are upgraded step by step first. Hand-written rather than a validator
// library: the shape is small, and the messages and the upgrade path are what matter here.
import { PERIODS, type Period } from '../analyses/period';
import { DATE_FORMATS } from '../import/formats';
import { isRole, type Mapping } from '../import/roles';
import {
  CELL_KINDS,
  CHART_CHOICES,
  DATASET_NAME,
  MAX_CELLS,
  NOTEBOOK_VERSION,
  type Cell,
  type CellKind,
  type ChartChoice,
  type Notebook,
  type NotebookParams,
} from './model';
import { UPGRADES } from './upgrade';

/** At most this many bytes (UTF-8) of markdown and SQL in one notebook. */
export const MAX_TEXT_BYTES = 100_000;
const MAX_NAME = 500;
const MAX_WINDOW_MONTHS = 120;

export class NotebookError extends Error {
  /** Where in the value, as `cells[3].sql`; empty for the value as a whole. */
  readonly path: string;
  constructor(path: string, problem: string) {
    super(path ? `${path}: ${problem}` : problem);
    this.name = 'NotebookError';
    this.path = path;
  }
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function object(value: unknown, path: string): Json {
  if (!isObject(value)) throw new NotebookError(path, 'expected an object');
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new NotebookError(path, 'expected text');
  return value;
}

function oneOf<T extends string>(
  value: unknown,
  options: readonly T[],
  path: string,
  what: string,
): T {
  if (typeof value !== 'string') throw new NotebookError(path, 'expected text');
  if (!(options as readonly string[]).includes(value)) {
    throw new NotebookError(
      path,
      `unknown ${what} "${value}" (expected one of ${options.join(', ')})`,
    );
  }
  return value as T;
}

/** Any notebook: its version is read, upgraded to the current one, then checked. */
export function parseNotebook(value: unknown): Notebook {
  let current = object(value, '');
  let version = current.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new NotebookError('version', 'expected a whole number');
  }
  if (version > NOTEBOOK_VERSION) {
    throw new NotebookError(
      'version',
      `${version} is newer than this site reads (${NOTEBOOK_VERSION}): open it with a newer copy`,
    );
  }
  while (version < NOTEBOOK_VERSION) {
    const upgrade = UPGRADES[version];
    if (!upgrade) throw new NotebookError('version', `unknown version ${version}`);
    current = object(upgrade(current), '');
    version++;
  }
  return parseCurrent(current);
}

function parseCurrent(value: Json): Notebook {
  if (!Array.isArray(value.cells)) throw new NotebookError('cells', 'expected a list');
  if (value.cells.length > MAX_CELLS) {
    throw new NotebookError(
      'cells',
      `too many cells: ${value.cells.length} (at most ${MAX_CELLS})`,
    );
  }
  const ids = new Set<string>();
  const cells = value.cells.map((raw, i) => {
    const cell = parseCell(raw, `cells[${i}]`);
    if (ids.has(cell.id)) throw new NotebookError(`cells[${i}].id`, `duplicate id "${cell.id}"`);
    ids.add(cell.id);
    return cell;
  });
  const bytes = textBytes(cells);
  if (bytes > MAX_TEXT_BYTES) {
    throw new NotebookError(
      'cells',
      `too much text: ${Math.ceil(bytes / 1000)} kB (at most ${MAX_TEXT_BYTES / 1000} kB)`,
    );
  }
  return { version: NOTEBOOK_VERSION, cells, params: parseParams(value.params, 'params') };
}

function textBytes(cells: Cell[]): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const cell of cells) {
    if (cell.kind === 'markdown') bytes += encoder.encode(cell.text).length;
    if (cell.kind === 'sql') bytes += encoder.encode(cell.sql).length;
  }
  return bytes;
}

function parseCell(raw: unknown, path: string): Cell {
  const value = object(raw, path);
  const id = text(value.id, join(path, 'id'));
  if (!/^[\w-]{1,40}$/.test(id)) {
    throw new NotebookError(join(path, 'id'), 'expected 1 to 40 letters, digits, - or _');
  }
  const kind: CellKind = oneOf(value.kind, CELL_KINDS, join(path, 'kind'), 'kind');
  let collapsed = false;
  if (value.collapsed !== undefined) {
    if (typeof value.collapsed !== 'boolean') {
      throw new NotebookError(join(path, 'collapsed'), 'expected true or false');
    }
    collapsed = value.collapsed;
  }
  if (kind === 'markdown')
    return { id, kind, collapsed, text: text(value.text, join(path, 'text')) };
  if (kind === 'sql') {
    const sql = text(value.sql, join(path, 'sql'));
    if (value.chart === undefined) return { id, kind, collapsed, sql };
    const chart: ChartChoice = oneOf(value.chart, CHART_CHOICES, join(path, 'chart'), 'chart');
    return { id, kind, collapsed, sql, chart };
  }
  if (kind === 'first-order' && value.by !== undefined) {
    const by = text(value.by, join(path, 'by'));
    if (by.length > MAX_NAME) {
      throw new NotebookError(join(path, 'by'), `too long (at most ${MAX_NAME} characters)`);
    }
    return { id, kind, collapsed, by };
  }
  return { id, kind, collapsed } as Cell;
}

function parseParams(raw: unknown, path: string): NotebookParams {
  const value = object(raw, path);
  const period: Period = oneOf(value.period, PERIODS, join(path, 'period'), 'period');
  const windowMonths = value.windowMonths;
  if (
    typeof windowMonths !== 'number' ||
    !Number.isInteger(windowMonths) ||
    windowMonths < 1 ||
    windowMonths > MAX_WINDOW_MONTHS
  ) {
    throw new NotebookError(
      join(path, 'windowMonths'),
      `expected a whole number from 1 to ${MAX_WINDOW_MONTHS}`,
    );
  }
  const overdueFactor = value.overdueFactor;
  if (typeof overdueFactor !== 'number' || !Number.isFinite(overdueFactor) || overdueFactor <= 0) {
    throw new NotebookError(join(path, 'overdueFactor'), 'expected a number above 0');
  }
  const params: NotebookParams = {
    period,
    windowMonths,
    overdueFactor,
    asOf: parseAsOf(value.asOf, join(path, 'asOf')),
    mapping: parseMapping(value.mapping, join(path, 'mapping')),
  };
  if (value.language !== undefined) {
    const language = text(value.language, join(path, 'language'));
    if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}$/.test(language)) {
      throw new NotebookError(join(path, 'language'), `expected a language tag, not "${language}"`);
    }
    params.language = language;
  }
  if (value.dataset !== undefined) {
    const dataset = text(value.dataset, join(path, 'dataset'));
    if (!DATASET_NAME.test(dataset)) {
      throw new NotebookError(
        join(path, 'dataset'),
        `expected a dataset name (letters, digits, -, _ and .), not "${dataset.slice(0, 100)}"`,
      );
    }
    params.dataset = dataset;
  }
  if (value.dateFormats !== undefined) {
    const formatsPath = join(path, 'dateFormats');
    if (!Array.isArray(value.dateFormats)) throw new NotebookError(formatsPath, 'expected a list');
    params.dateFormats = value.dateFormats.map((f, i) =>
      oneOf(f, DATE_FORMATS, `${formatsPath}[${i}]`, 'date format'),
    );
  }
  return params;
}

function parseAsOf(value: unknown, path: string): string | null {
  if (value === null || value === undefined) return null;
  const problem = 'expected a date (YYYY-MM-DD) or null';
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new NotebookError(path, problem);
  }
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new NotebookError(path, problem);
  }
  return value;
}

function parseMapping(raw: unknown, path: string): Mapping {
  if (raw === undefined) return {};
  const value = object(raw, path);
  const mapping: Mapping = {};
  for (const [role, column] of Object.entries(value)) {
    const at = join(path, role);
    if (!isRole(role)) throw new NotebookError(at, `unknown role "${role}"`);
    const name = text(column, at);
    if (name.length > MAX_NAME) {
      throw new NotebookError(at, `column name too long (at most ${MAX_NAME} characters)`);
    }
    mapping[role] = name;
  }
  return mapping;
}

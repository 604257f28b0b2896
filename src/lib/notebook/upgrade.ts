// Upgrades between notebook versions: UPGRADES[n] turns a version-n value into version n+1.
// Each step only reshapes; schema.ts checks the result, so an upgrade passes along what it
// does not understand and the error names the field in the current version.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 0, the first draft of the saved notebook:
 * `{ version: 0, settings: { period, window, factor, asOf }, columns: {role: name},
 *    cells: [{ type: 'note' | 'query' | 'analysis', source?, name?, hidden? }] }`
 * with no cell ids. Version 1 gives each cell an id and a `kind`, and gathers parameters and
 * the mapping under `params`.
 */
function v0ToV1(v0: Json): Json {
  const settings = isObject(v0.settings) ? v0.settings : {};
  const cells = Array.isArray(v0.cells)
    ? v0.cells.map((cell: unknown, i) => (isObject(cell) ? v0Cell(cell, i) : cell))
    : v0.cells;
  return {
    version: 1,
    cells,
    params: {
      period: settings.period ?? 'month',
      windowMonths: settings.window ?? 6,
      overdueFactor: settings.factor ?? 2,
      asOf: settings.asOf ?? null,
      mapping: v0.columns ?? {},
    },
  };
}

function v0Cell(cell: Json, index: number): Json {
  const base = { id: `c${index}`, collapsed: cell.hidden ?? false };
  switch (cell.type) {
    case 'note':
      return { ...base, kind: 'markdown', text: cell.source };
    case 'query':
      return { ...base, kind: 'sql', sql: cell.source };
    case 'analysis':
      return { ...base, kind: cell.name };
    default:
      return { ...base, kind: cell.type };
  }
}

export const UPGRADES: Record<number, (value: Json) => unknown> = { 0: v0ToV1 };

// What customers are split by: an attribute of their first order. The built-ins are the mapped
// product and country roles; any other column of the file is read from `raw` by name.
// As text (the command line's --by, a notebook cell's `by`): `product`, `country`, or
// `column:NAME`; any other text is a column name (`--by Source` = `--by column:Source`).

export type FirstOrderBy =
  { kind: 'product' } | { kind: 'country' } | { kind: 'column'; column: string };

const COLUMN = 'column:';

export function parseBy(text: string): FirstOrderBy {
  if (text === 'product' || text === 'country') return { kind: text };
  const column = text.startsWith(COLUMN) ? text.slice(COLUMN.length) : text;
  if (column.trim() === '') throw new Error(`invalid --by ${text} (product, country or a column)`);
  return { kind: 'column', column };
}

/** The canonical text of `by`: a column always with its prefix, so that it reads back the same. */
export const byText = (by: FirstOrderBy): string =>
  by.kind === 'column' ? `${COLUMN}${by.column}` : by.kind;

/**
 * What a new cell splits by: the product when the file has one, else the country, else the
 * discount code or the sales channel a preset recognised, else none.
 */
export function defaultBy(mapping: Partial<Record<string, string>>): FirstOrderBy | null {
  if (mapping.product) return { kind: 'product' };
  if (mapping.country) return { kind: 'country' };
  const column = mapping.discount ?? mapping.channel;
  return column ? { kind: 'column', column } : null;
}

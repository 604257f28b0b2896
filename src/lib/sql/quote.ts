// The one place where SQL text meets names and values that came from a user or a file.

/** Quote an identifier (table or column name): `a"b` becomes `"a""b"`. */
export function ident(name: string): string {
  if (name.includes('\0')) throw new Error(`invalid identifier: contains a NUL character`);
  return `"${name.replaceAll('"', '""')}"`;
}

export type SqlValue = string | number | boolean | null | SqlDate;

/** A calendar date (no time zone), written as `YYYY-MM-DD`. */
export interface SqlDate {
  date: string;
}

export const sqlDate = (date: string): SqlDate => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new Error(`invalid date: ${date} (expected YYYY-MM-DD)`);
  return { date };
};

/** Escape a value as an SQL literal. Strings are single-quoted with quotes doubled. */
export function literal(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`invalid number: ${value}`);
    return String(value);
  }
  if (typeof value === 'object') return `DATE ${literal(value.date)}`;
  if (value.includes('\0')) throw new Error(`invalid text value: contains a NUL character`);
  return `'${value.replaceAll("'", "''")}'`;
}

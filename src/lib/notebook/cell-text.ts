// How a result's values read in a table: as plain text (never HTML), numbers without the
// float noise of binary fractions, and which columns hold numbers (aligned right).
import type { Cell, QueryResult } from '../sql/executor';

/** The text of one value; null is `null` here, and the table shows it as NULL. */
export function cellText(value: Cell): string | null {
  if (value === null) return null;
  if (typeof value === 'number') {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  }
  return String(value);
}

export interface ColumnLayout {
  name: string;
  numeric: boolean;
  /** Width in characters, from the header and the first rows, between 4 and 40. */
  width: number;
}

export function columnLayout(result: QueryResult, sample = 200): ColumnLayout[] {
  return result.names.map((name) => {
    const values = result.columns[name].slice(0, sample);
    const present = values.filter((v) => v !== null);
    const numeric = present.length > 0 && present.every((v) => typeof v === 'number');
    const longest = Math.max(name.length, ...values.map((v) => (cellText(v) ?? 'NULL').length));
    return { name, numeric, width: Math.min(40, Math.max(4, longest)) };
  });
}

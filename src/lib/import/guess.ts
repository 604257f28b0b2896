// Guess which column plays which role, from header names and from the values themselves.
import { nameScore } from './header-names';
import { ROLES, type Mapping, type Role } from './roles';
import { MISSING_TEXTS } from './values';

export interface ColumnSample {
  name: string;
  values: (string | null)[];
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const DATEISH =
  /^\d{1,4}[-/.]\s?\d{1,2}[-/.]\s?\d{1,4}\.?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?.*)?$/;
// 19970101: yyyymmdd without separators (CDNOW).
const COMPACT_DATE = /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
const NUMBERISH = /^[(+-]?\s*[^\d\s]{0,4}\s*\d[\d.,\s'’]*\s*[^\d\s]{0,4}\)?$/;

// Persian and Arabic-Indic digits count as digits when looking at values.
// The Arabic thousands separator ٬ is dropped and the decimal separator ٫ read as `.`.
const latinDigits = (v: string) =>
  v
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/٬/g, '')
    .replace(/٫/g, '.');

function share(values: (string | null)[], test: RegExp): number {
  const present = values.filter(
    (v): v is string => v !== null && !MISSING_TEXTS.includes(v.trim().toLowerCase()),
  );
  if (present.length === 0) return 0;
  return present.filter((v) => test.test(latinDigits(v.trim()))).length / present.length;
}

function valueScore(role: Role, values: (string | null)[], named: boolean): number {
  switch (role) {
    case 'customer':
      return share(values, EMAIL) > 0.8 ? 2 : 0;
    case 'date':
      if (share(values, DATEISH) > 0.8 || share(values, COMPACT_DATE) > 0.8) return 2;
      // A column named like a date may hold epochs or spreadsheet serials: neither for nor against.
      return named && share(values, /^\d{5,13}(\.\d+)?$/) > 0.8 ? 0 : -3;
    case 'amount':
    case 'quantity':
    case 'unit_price':
    case 'refund':
      return share(values, NUMBERISH) > 0.8 ? 1 : -3;
    default:
      return 0;
  }
}

/** The most plausible mapping: each role gets the best-scoring free column, if any scores. */
export function guessMapping(columns: ColumnSample[]): Mapping {
  const mapping: Mapping = {};
  const taken = new Set<string>();
  const candidates: { role: Role; column: string; score: number }[] = [];
  for (const role of ROLES) {
    for (const column of columns) {
      const byName = nameScore(role, column.name);
      const score =
        byName +
        (byName > 0 || role === 'customer' || role === 'date'
          ? valueScore(role, column.values, byName > 0)
          : 0);
      if (score > 0) candidates.push({ role, column: column.name, score });
    }
  }
  // Highest scores first; ties keep role order then column order (stable sort).
  candidates.sort((a, b) => b.score - a.score);
  for (const { role, column } of candidates) {
    if (mapping[role] || taken.has(column)) continue;
    mapping[role] = column;
    taken.add(column);
  }
  return mapping;
}

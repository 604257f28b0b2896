// SQL cells may only read: one statement, and a query, never DDL, DML, SET, COPY, ATTACH or
// LOAD. The database is locked down anyway (no network, no other files); this keeps a cell
// from dropping or changing the tables the other cells read.

const QUERY_WORDS = new Set([
  'select',
  'with',
  'from',
  'values',
  'table',
  'describe',
  'summarize',
  'show',
  'pivot',
  'unpivot',
  'explain',
]);

export type ReadOnlyCheck =
  { ok: true; sql: string } | { ok: false; reason: 'empty' | 'many' | 'write'; word?: string };

/** The statement's text without comments, split at semicolons outside strings and names. */
function statements(sql: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
      current += ' ';
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 1;
      current += ' ';
    } else if (c === "'" || c === '"') {
      // A quoted string or name runs to the matching quote; doubled quotes stay inside.
      let j = i + 1;
      while (j < sql.length && !(sql[j] === c && sql[j + 1] !== c)) j += sql[j] === c ? 2 : 1;
      current += sql.slice(i, j + 1);
      i = j;
    } else if (c === ';') {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export function checkReadOnly(sql: string): ReadOnlyCheck {
  const found = statements(sql);
  if (found.length === 0) return { ok: false, reason: 'empty' };
  if (found.length > 1) return { ok: false, reason: 'many' };
  const word = /^[(\s]*([A-Za-z]+)/.exec(found[0])?.[1]?.toLowerCase() ?? '';
  if (!QUERY_WORDS.has(word)) return { ok: false, reason: 'write', word };
  // EXPLAIN ANALYZE runs the statement it explains: only when that is a query too.
  if (word === 'explain') {
    const inner = found[0].replace(/^\s*explain\s+(analyze\s+)?/i, '');
    const check = checkReadOnly(inner);
    if (!check.ok) return check;
  }
  return { ok: true, sql: found[0] };
}

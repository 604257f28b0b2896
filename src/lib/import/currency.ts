// The currency a file's currency column names, as an ISO 4217 code for Intl. Exports write
// codes ("EUR", Shopify's `Currency`), shop tills often a sign or a word ("€", "lei", "Ft").

// Signs and words that name one currency without doubt ("$" does not: USD, CAD, AUD, ...).
const WORDS: Record<string, string> = {
  '€': 'EUR',
  euro: 'EUR',
  ευρω: 'EUR',
  '£': 'GBP',
  lei: 'RON',
  leu: 'RON',
  ft: 'HUF',
  forint: 'HUF',
  ریال: 'IRR',
  rial: 'IRR',
  zł: 'PLN',
  лв: 'BGN',
  kč: 'CZK',
  '₺': 'TRY',
  '¥': 'JPY',
  us$: 'USD',
};

const codes = (): Set<string> | null =>
  typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;

/** The ISO code a currency cell names, or null when it names none we can tell ("$", "toman"). */
export function isoCurrency(text: string | null | undefined): string | null {
  const value = (text ?? '').trim();
  if (/^[A-Za-z]{3}$/.test(value)) {
    const code = value.toUpperCase();
    const known = codes();
    if (!known || known.has(code)) return code;
  }
  return wordCurrency(value);
}

/** The currency a sign or word names ("€", "lei", "Ft."), not a code. */
function wordCurrency(value: string): string | null {
  const word = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
  return WORDS[word] ?? WORDS[value] ?? null;
}

/**
 * The currency of the whole file: the column names exactly one currency (`count` distinct
 * non-empty values, `value` one of them). Several currencies, or none, give null: the user
 * then picks one (and summing several currencies is the file's problem, not a display one).
 */
export const fileCurrency = (count: number, value: string | null): string | null =>
  count === 1 ? isoCurrency(value) : null;

// A cell's digits, separators, signs and spaces: what is left of an amount is its currency.
const NUMBER_PARTS = /[\d\u0660-\u0669\u06f0-\u06f9.,'’٬٫+\-−()\s]+/g;
const DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9]/;
// What a header is cut at to find a word naming a currency ("Σύνολο (€)", "Amount USD").
const HEADER_PARTS = /[\s()[\]{}:;,/|_\-–]+/;

/** The currency a header names: `Total (EUR)`, `Összeg (Ft)`, `Amount USD`; null for none. */
export function headerCurrency(header: string): string | null {
  const found = new Set<string>();
  for (const word of header.split(HEADER_PARTS)) {
    // A code only in capitals: lower-case three-letter words ("all", "cup") are words.
    const code = word === word.toUpperCase() ? isoCurrency(word) : wordCurrency(word);
    if (code) found.add(code);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** Whether the currency is written `$` (USD, CAD, AUD, ... in their own country). */
function writtenDollar(code: string): boolean {
  try {
    const parts = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: code,
      currencyDisplay: 'narrowSymbol',
    }).formatToParts(1);
    return parts.some((p) => p.type === 'currency' && p.value === '$');
  } catch {
    return false;
  }
}

/**
 * The one currency the money columns show (the amount, or the unit price, with the sample of
 * their values the import already read): a sign or code in the cells (`2 084,34 Ft`,
 * `€1.234,56`, `12,50 lei`) or a word in the header (`Σύνολο (€)`). Null unless exactly one
 * currency is named and no cell names another or something we cannot tell (`kr`, `toman`);
 * a bare `$` agrees with a dollar the header names but names none by itself.
 */
export function moneyCurrency(
  columns: readonly { name: string; values: readonly (string | null)[] }[],
): string | null {
  const found = new Set<string>();
  let dollar = false;
  for (const column of columns) {
    const named = headerCurrency(column.name);
    if (named) found.add(named);
    for (const value of column.values) {
      if (!value || !DIGIT.test(value)) continue;
      const rest = value.replace(NUMBER_PARTS, ' ').trim();
      if (rest === '') continue;
      if (rest === '$') {
        dollar = true;
        continue;
      }
      const code = isoCurrency(rest);
      if (!code) return null;
      found.add(code);
    }
  }
  if (found.size !== 1) return null;
  const [code] = found;
  return dollar && !writtenDollar(code) ? null : code;
}

/** The currencies offered first when the user picks one: those of our users, then the big ones. */
export const COMMON_CURRENCIES = [
  'EUR',
  'RON',
  'HUF',
  'IRR',
  'USD',
  'GBP',
  'CHF',
  'PLN',
  'CZK',
  'BGN',
  'TRY',
] as const;

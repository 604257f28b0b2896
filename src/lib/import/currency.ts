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

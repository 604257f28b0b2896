// Files without a header line (CDNOW_sample.txt, a headerless CSV): the reader takes the first
// row of data as column names. Tell that from a real header by what the names look like:
// dates, times, amounts, emails and whole sentences are values, not names. Such a file is read
// again without a header, its columns named column1, column2, ... for the user to map.

const VALUE_LIKE = [
  /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\.?(?:[ T]\d{1,2}:\d{2}.*)?$/, // a date
  /^(19|20)\d{6}$/, // a compact date, 19970101
  /^\d{1,2}:\d{2}(:\d{2})?$/, // a time
  /^[-+(]?\s*[^\d\s\w]{0,3}\s*\d[\d.,\s]*\)?$/, // a number or amount: 2, 11.77, $74.69
  /^[^@\s]+@[^@\s]+\.[^@\s]+$/, // an email address
];

/** Names DuckDB makes up for empty header cells. */
export const GENERATED = /^column\d+$/;

function valueLike(name: string): boolean {
  const text = name.trim();
  // A sentence: header names are short.
  if (text.length > 60) return true;
  return VALUE_LIKE.some((p) => p.test(text));
}

/**
 * Whether these column names are really the first row of data: at least two of them, and
 * 40% of the names read, look like values. One whitespace-aligned column (CDNOW) is judged
 * by the fields of its name.
 */
export function headerLooksLikeData(names: string[]): boolean {
  const fields = names.length === 1 ? names[0].trim().split(/\s+/) : names;
  const read = fields.filter((n) => !GENERATED.test(n) && n.trim() !== '');
  const values = read.filter(valueLike).length;
  return values >= 2 && values >= 0.4 * read.length;
}

/** column1, column2, ...: the names given to the columns of a file without a header. */
export const generatedName = (index: number) => `column${index + 1}`;

/** Every column has a made-up name: the file was read without a header line. */
export const isHeaderless = (columns: string[]) =>
  columns.length > 0 && columns.every((c) => GENERATED.test(c));

// Writing sample exports the way local software writes them: delimiters, digit groups,
// decimal commas, Persian digits.

/** One CSV line: fields quoted only when they hold the delimiter, a quote or a line break. */
export function csvLine(fields: readonly string[], delimiter: ',' | ';'): string {
  const special = new RegExp(`["\\r\\n${delimiter}]`);
  return fields.map((f) => (special.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(delimiter);
}

/** A CSV file: header and rows, LF line endings, a final newline. */
export const csvFile = (lines: readonly string[]): string => lines.join('\n') + '\n';

export interface NumberStyle {
  /** Between groups of three digits: `.` (1.234), ` ` (1 234), `٬` (۱٬۲۳۴), or none. */
  group: string;
  decimal: string;
  fractionDigits: number;
}

/** A number written in a local style, computed by hand so that no Intl data can change it. */
export function formatAmount(value: number, style: NumberStyle): string {
  const sign = value < 0 ? '-' : '';
  const [whole, fraction] = Math.abs(value).toFixed(style.fractionDigits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
  return sign + grouped + (fraction ? style.decimal + fraction : '');
}

export const two = (n: number): string => String(n).padStart(2, '0');

/** ASCII digits as Persian digits (۰–۹). */
export const persianDigits = (text: string): string =>
  text.replace(/\d/g, (d) => String.fromCharCode(0x6f0 + Number(d)));

// When every day in a date column is 12 or less, day/month and month/day both read it. To let
// the user decide, show an example value as the calendar date each format would make of it.

/** The ISO date (YYYY-MM-DD) the strptime format reads from the text, or null. */
export function readWith(text: string, format: string): string | null {
  const tokens: string[] = [];
  // Build a regex from the format: %d %m %Y %y capture, %H %M %S and literals pass through.
  const pattern = format.replace(/%([dmYyHMS])|([.*+?^${}()|[\]\\])/g, (_all, token, literal) => {
    if (literal) return `\\${literal}`;
    if ('dmYy'.includes(token)) {
      tokens.push(token);
      return token === 'Y' ? '(\\d{4})' : '(\\d{1,2})';
    }
    return '\\d{1,2}';
  });
  const match = new RegExp(`^${pattern}`).exec(text.trim());
  if (!match) return null;
  const part = (t: string) => {
    const i = tokens.indexOf(t);
    return i < 0 ? null : Number(match[i + 1]);
  };
  const day = part('d');
  const month = part('m');
  const twoDigit = part('y');
  const year = part('Y') ?? (twoDigit === null ? null : twoDigit + (twoDigit < 70 ? 2000 : 1900));
  if (day === null || month === null || year === null) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

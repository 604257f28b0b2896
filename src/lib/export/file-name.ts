// A file name from a title in any language: letters of every script kept, characters that
// file systems refuse (`/ \ : * ? " < > |`) and control characters dropped.
export function fileNameFor(title: string, extension: string, fallback = 'chart'): string {
  const base = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
    .replace(/[.\s]+$/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return `${base || fallback}.${extension}`;
}

// `npm run sample [-- LANG ...]`: writes the sample dataset of each language (all by default)
// into static/sample/. The same code and seeds always write the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isLanguage, LANGUAGES } from '../lib/i18n/languages';
import { SAMPLES } from '../lib/sample/samples';

const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !isLanguage(a));
if (unknown.length > 0) {
  console.error(
    `regulars: no sample for ${unknown.join(', ')}; languages: ${LANGUAGES.join(', ')}`,
  );
  process.exit(2);
}
for (const language of asked.length > 0 ? asked.filter(isLanguage) : LANGUAGES) {
  const sample = SAMPLES[language];
  const out = join('static', sample.file);
  const csv = sample.csv();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, csv);
  const lines = csv.split('\n').length - 1;
  console.log(
    `${language}: wrote ${out}, ${lines} lines, ${(Buffer.byteLength(csv) / 1024).toFixed(0)} KiB`,
  );
}

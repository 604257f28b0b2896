import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateSample, summarizeSample, toCsv } from '../lib/sample/shop';

const out = process.argv[2] ?? 'static/sample/shop.csv';
const rows = generateSample();
const csv = toCsv(rows);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, csv);

const s = summarizeSample(rows);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
console.log(
  [
    `wrote ${out}: ${s.lines + 1} lines, ${(Buffer.byteLength(csv) / 1024).toFixed(0)} KiB`,
    `customers ${s.customers}, orders ${s.orders} (${s.purchases} purchases, ${s.returns} returns)`,
    `one-time buyers ${pct(s.oneTimeShare)}, top 20% of customers ${pct(s.top20Share)} of revenue`,
  ].join('\n'),
);

// `npx tsx tests/bench/make-data.ts [1m|10m|30m ...]`: generate the benchmark files now.
import { ensureDataset, isSize, type Size } from './retail/datasets';

const sizes = process.argv.slice(2);
for (const size of sizes.length > 0 ? sizes : ['1m']) {
  if (!isSize(size)) {
    console.error(`unknown size: ${size} (1m, 10m or 30m)`);
    process.exit(2);
  }
  console.log(await ensureDataset(size as Size, console.log));
}

// `npm run bench -- [--scenario shop|1m|10m|30m[,...]] [--runs N] [--no-build] [--site DIR]`
import { isSize, type Size } from './retail/datasets';

export interface BenchOptions {
  sizes: Size[];
  /** Runs per scenario; a browser run slower than SLOW_RUN_MS stops at one. */
  runs: number;
  build: boolean;
  /** The folder whose build/ is served (default: this one). */
  site: string;
}

export const SLOW_RUN_MS = 90_000;

export function parseBenchArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = { sizes: ['1m'], runs: 3, build: true, site: '.' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? '';
    if (arg === '--no-build') options.build = false;
    else if (arg === '--site') options.site = value();
    else if (arg === '--runs') {
      options.runs = Number(value());
      if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs: 1 or more');
    } else if (arg === '--scenario' || arg === '--only') {
      const sizes = value().split(',');
      if (!sizes.every(isSize)) throw new Error(`${arg}: scenarios are shop, 1m, 10m, 30m`);
      options.sizes = sizes;
    } else throw new Error(`unknown option: ${arg}`);
  }
  return options;
}

// Command-line arguments of `npm run analyze`, parsed into report options or a usage error.
import { parseBy, type FirstOrderBy } from '../lib/analyses/first-order/attribute';
import { isPeriod, type Period } from '../lib/analyses/period';
import { ENCODINGS, isEncoding } from '../lib/import/encoding';
import { isRole, type Mapping } from '../lib/import/roles';
import type { SourceOptions } from '../lib/import/source';
import { parseSummaryColumns, type SummaryColumns } from './summary-file';

export interface CliOptions {
  file: string;
  period: Period;
  asOf?: string;
  windowMonths: number;
  overdueFactor: number;
  mapping: Mapping;
  /** How to read the file when the guess is wrong: --encoding NAME, --sheet NAME. */
  source: SourceOptions;
  /** Add the predictions section. */
  predict: boolean;
  calibrationEnd?: string;
  /** The file is a per-customer summary with these columns (x,t_x,T[,zbar]), not purchases. */
  summary?: SummaryColumns;
  /** Add the by_first_order section: customers split by this attribute of their first order. */
  by?: FirstOrderBy;
  /** A follow-ups file to measure on FILE (the `follow_ups` section). */
  followUp?: string;
}

export const USAGE =
  'usage: npm run analyze -- FILE [--period month|week|quarter] [--as-of YYYY-MM-DD] ' +
  '[--window-months N] [--overdue-factor K] [--map role=column ...] ' +
  `[--encoding ${ENCODINGS.join('|')}] [--sheet NAME] ` +
  '[--predict [--calibration-end YYYY-MM-DD] [--summary x,t_x,T[,zbar]]] ' +
  '[--by product|country|COLUMN|column:COLUMN] [--follow-up FOLLOWUPS.json]';

export function parseArgs(argv: string[]): CliOptions {
  const options: Partial<CliOptions> & { mapping: Mapping; source: SourceOptions } = {
    period: 'month',
    windowMonths: 6,
    overdueFactor: 2,
    mapping: {},
    source: {},
    predict: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--period') {
      const p = value();
      if (!isPeriod(p)) throw new Error(`invalid period: ${p} (month, week or quarter)`);
      options.period = p;
    } else if (arg === '--as-of') {
      options.asOf = isoDate(arg, value());
    } else if (arg === '--predict') {
      options.predict = true;
    } else if (arg === '--calibration-end') {
      options.calibrationEnd = isoDate(arg, value());
    } else if (arg === '--summary') {
      options.summary = parseSummaryColumns(value());
    } else if (arg === '--follow-up') {
      options.followUp = value();
    } else if (arg === '--window-months') {
      options.windowMonths = positive(arg, value(), { whole: true });
    } else if (arg === '--overdue-factor') {
      options.overdueFactor = positive(arg, value());
    } else if (arg === '--map') {
      const m = /^([a-z_]+)=(.+)$/.exec(value());
      if (!m || !isRole(m[1])) throw new Error(`invalid --map ${argv[i]} (expected role=column)`);
      options.mapping[m[1]] = m[2];
    } else if (arg === '--encoding') {
      const e = value().toLowerCase();
      if (!isEncoding(e)) throw new Error(`invalid --encoding ${e} (${ENCODINGS.join(', ')})`);
      options.source.encoding = e;
    } else if (arg === '--by') {
      options.by = parseBy(value());
    } else if (arg === '--sheet') {
      options.source.sheet = value();
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option: ${arg}`);
    } else if (options.file === undefined) {
      options.file = arg;
    } else {
      throw new Error(`unexpected argument: ${arg}`);
    }
  }
  if (!options.file) throw new Error('missing FILE');
  if ((options.calibrationEnd || options.summary) && !options.predict) {
    throw new Error(`${options.summary ? '--summary' : '--calibration-end'} needs --predict`);
  }
  if (options.summary && options.followUp) {
    throw new Error('--follow-up needs a purchases file, not a --summary file');
  }
  if (options.summary && options.calibrationEnd) {
    throw new Error('--calibration-end needs a purchases file, not a --summary file');
  }
  return options as CliOptions;
}

function isoDate(name: string, d: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d))) {
    throw new Error(`invalid ${name} date: ${d} (expected YYYY-MM-DD)`);
  }
  return d;
}

function positive(name: string, text: string, { whole = false } = {}): number {
  const n = Number(text);
  if (whole && (!Number.isInteger(n) || n <= 0))
    throw new Error(`invalid ${name}: ${text} (a whole number, 1 or more)`);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`invalid ${name}: ${text} (a positive number)`);
  return n;
}

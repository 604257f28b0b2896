// The names a user's file is registered under in the database: never the user's own file
// name, so no user text reaches a path, and the locked-down database allows exactly these.
// Two slots: the file whose data is shown stays readable (SQL cells read it through `raw`)
// while the next one is read beside it; the sample is what the mapping form reads.
export const INPUT_NAMES = [
  'input.csv',
  'input.csv.gz',
  'input-2.csv',
  'input-2.csv.gz',
  'sample.csv',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

export const SAMPLE_NAME: InputName = 'sample.csv';

/** The name of slot 0 or 1 for this file (gzipped files keep their ending: DuckDB reads it). */
export const inputName = (fileName: string, slot: 0 | 1 = 0): InputName =>
  INPUT_NAMES[(/\.gz$/i.test(fileName) ? 1 : 0) + 2 * slot];

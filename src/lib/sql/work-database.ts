// Where the tables live: one of two in-memory databases, chosen by the size of the file read.
// DuckDB's in-memory tables are stored uncompressed (16 bytes a text cell), so a 10M-line
// export's `raw` and `lines` did not fit together in the browser's 3 GB; with compression on
// they take a tenth of that, but reading a file into them costs more (1M lines: 5.0 s instead
// of 2.8 s in Chromium). So a large file goes to the compressed database, a small one to the
// plain database, and the tables of the one not in use are dropped once a file is read.
import { ident } from './quote';

export const PLAIN_DATABASE = 'regulars';
export const COMPRESSED_DATABASE = 'regulars_compressed';
/** Files from this size on (after conversion to UTF-8 CSV) are kept compressed. */
export const COMPRESS_FROM_BYTES = 128 * 1024 * 1024;

const attachSql = (name: string) =>
  `ATTACH IF NOT EXISTS ':memory:' AS ${ident(name)}${name === COMPRESSED_DATABASE ? ' (COMPRESS)' : ''}`;

/** Make `name` the default database of a connection (each connection has its own). */
export const useDatabaseSql = (name: string) => `USE ${ident(name)}`;

/** The work databases of one engine, and which one holds the file's tables. */
export class WorkDatabases {
  #run: (sql: string) => void;
  #compressFrom: number;
  #current = PLAIN_DATABASE;
  #reading: string | null = null;

  constructor(run: (sql: string) => void, compressFrom = COMPRESS_FROM_BYTES) {
    this.#run = run;
    this.#compressFrom = compressFrom;
  }

  /** The database the tables of the file shown are in. */
  get current(): string {
    return this.#current;
  }

  /** Once, on a fresh engine, before the lockdown. */
  open(): void {
    for (const name of [PLAIN_DATABASE, COMPRESSED_DATABASE]) this.#run(attachSql(name));
    this.#run(useDatabaseSql(PLAIN_DATABASE));
  }

  /** Before reading a file of `bytes`: use the database it belongs in. */
  beforeReading(bytes: number): void {
    const target = bytes >= this.#compressFrom ? COMPRESSED_DATABASE : PLAIN_DATABASE;
    this.#reading = target;
    if (target !== this.#current) this.#run(useDatabaseSql(target));
  }

  /** The file is read: the other database's tables (an older file's) are dropped. */
  read(): void {
    const target = this.#reading ?? this.#current;
    this.#reading = null;
    if (target === this.#current) return;
    const old = this.#current;
    this.#current = target;
    this.#run(`DETACH DATABASE ${ident(old)}`);
    this.#run(attachSql(old));
  }

  /** Reading failed: back to the database of the file shown, untouched. */
  notRead(): void {
    this.#reading = null;
    this.#run(useDatabaseSql(this.#current));
  }
}

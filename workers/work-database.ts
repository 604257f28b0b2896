// Where the tables live: one of two in-memory databases, chosen by the size of the file read.
// DuckDB's in-memory tables are stored uncompressed (16 bytes a text cell), so a 10M-line
// export's `raw` and `lines` did not fit together in the browser's 3 GB; with compression on
// they take a tenth of that, but reading a file into them costs more (1M lines: 5.0 s instead
// of 2.8 s in Chromium). So a large file goes to the compressed database, a small one to the
// plain database, and the tables of the other are dropped once the file's mapping is confirmed.
import { ident } from '../src/lib/sql/quote';

export const PLAIN_DATABASE = 'regulars';
export const COMPRESSED_DATABASE = 'regulars_compressed';
/** Files from this size on (after conversion to UTF-8 CSV) are kept compressed. */
export const COMPRESS_FROM_BYTES = 128 * 1024 * 1024;

const attachSql = (name: string) =>
  `ATTACH IF NOT EXISTS ':memory:' AS ${ident(name)}${name === COMPRESSED_DATABASE ? ' (COMPRESS)' : ''}`;

/** Make `name` the default database of a connection (each connection has its own). */
export const useDatabaseSql = (name: string) => `USE ${ident(name)}`;

/** After a file is read: keep it (its mapping is being confirmed) or go back to the data shown. */
export type Settle = 'new' | 'previous';

/**
 * The work databases of one engine: which one the main connection reads (`current`) and which
 * one holds the tables of the data on screen (`shown`). Reading a file switches `current`;
 * the data shown stays, untouched, until the new file's mapping is confirmed (then the other
 * database is emptied) or the new file is given up (then `current` goes back to it).
 */
export class WorkDatabases {
  #run: (sql: string) => void;
  #compressFrom: number;
  #current = PLAIN_DATABASE;
  #shown = PLAIN_DATABASE;
  #reading: string | null = null;

  constructor(run: (sql: string) => void, compressFrom = COMPRESS_FROM_BYTES) {
    this.#run = run;
    this.#compressFrom = compressFrom;
  }

  /** The database holding the tables of the file last read. */
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

  /** The file is read: its database is the current one. */
  read(): void {
    this.#current = this.#reading ?? this.#current;
    this.#reading = null;
  }

  /** Reading failed: back to the database of the file read before, untouched. */
  notRead(): void {
    this.#reading = null;
    this.#run(useDatabaseSql(this.#current));
  }

  /**
   * 'new': the file read is being analysed; the other database (an older file's tables) is
   * emptied. 'previous': the file read is given up; back to the data shown.
   */
  settle(choice: Settle): void {
    if (choice === 'previous') {
      if (this.#current !== this.#shown) this.#run(useDatabaseSql(this.#shown));
      this.#current = this.#shown;
      return;
    }
    this.#shown = this.#current;
    const other = this.#current === PLAIN_DATABASE ? COMPRESSED_DATABASE : PLAIN_DATABASE;
    this.#run(`DETACH DATABASE ${ident(other)}`);
    this.#run(attachSql(other));
  }
}

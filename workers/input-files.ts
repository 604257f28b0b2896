// The files registered with DuckDB: the one whose data is shown (SQL cells read it through
// `raw`), the one being read beside it, and the sample the mapping form reads. Two slots, so
// that reading a new file never takes away the file of the data on screen.
import { DuckDBDataProtocol, type DuckDBBindings } from 'duckdb-wasm-blocking';
import { inputName, SAMPLE_NAME, type InputName } from './input-names';

export class InputFiles {
  #db: () => DuckDBBindings;
  #slots: [InputName | null, InputName | null] = [null, null];
  #shown: 0 | 1 = 0;
  #current: 0 | 1 = 0;
  #sample = false;

  constructor(db: () => DuckDBBindings) {
    this.#db = db;
  }

  /** Register `file` in the slot not shown; returns the name DuckDB reads it under. */
  register(name: InputName, file: File): InputName {
    const slot = this.#shown === 0 ? 1 : 0;
    const old = this.#slots[slot];
    if (old) this.#db().dropFile(old);
    const registered = inputName(name, slot);
    this.#db().registerFileHandle(registered, file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
    this.#slots[slot] = registered;
    this.#current = slot;
    return registered;
  }

  registerSample(file: File): void {
    if (this.#sample) this.#db().dropFile(SAMPLE_NAME);
    this.#db().registerFileHandle(SAMPLE_NAME, file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
    this.#sample = true;
  }

  /** The file read last is the one shown now (its mapping is confirmed). */
  shown(): void {
    this.#shown = this.#current;
  }
}

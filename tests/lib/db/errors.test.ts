import { describe, expect, it } from 'vitest';
import { engineFailure } from '../../../src/lib/db/errors';
import { isLargeFile } from '../../../src/lib/db/limits';

/** An error as it arrives through comlink: a plain Error with the worker's name and message. */
function fromWorker(name: string, message: string): Error {
  return Object.assign(new Error(message), { name });
}

describe('what a failure of the database means for the page', () => {
  it("calls DuckDB's own out-of-memory error what it is: the file does not fit", () => {
    const e = fromWorker(
      'Error',
      'Out of Memory Error: failed to allocate data of size 256.0 MiB (2.7 GiB/3.0 GiB used)',
    );
    expect(engineFailure(e)).toBe('out-of-memory');
    expect(engineFailure(fromWorker('Error', 'Out of Memory Error: Allocation failure'))).toBe(
      'out-of-memory',
    );
  });

  it('counts a wasm heap that cannot grow as out of memory', () => {
    expect(
      engineFailure(new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded')),
    ).toBe('out-of-memory');
    expect(engineFailure(new RangeError('Array buffer allocation failed'))).toBe('out-of-memory');
    expect(engineFailure(fromWorker('RuntimeError', 'Aborted(OOM)'))).toBe('out-of-memory');
    expect(engineFailure('std::bad_alloc')).toBe('out-of-memory');
  });

  it('treats a trap of the wasm as a crash that needs a new engine', () => {
    expect(engineFailure(fromWorker('RuntimeError', 'memory access out of bounds'))).toBe('crash');
    expect(engineFailure(fromWorker('RuntimeError', 'unreachable'))).toBe('crash');
    expect(engineFailure(fromWorker('RuntimeError', 'Aborted(). Build with -sASSERTIONS'))).toBe(
      'crash',
    );
    expect(engineFailure(fromWorker('RuntimeError', 'something new'))).toBe('crash');
    // A trap inside a file read comes back inside DuckDB's IO error text.
    expect(engineFailure(new Error('IO Error: RuntimeError: memory access out of bounds'))).toBe(
      'crash',
    );
  });

  it('leaves ordinary errors to the usual message: bad files, bad SQL, refused access', () => {
    for (const message of [
      'Parser Error: syntax error at or near "FROM"',
      'Conversion Error: Could not convert string "abc" to INT32',
      'Permission Error: Cannot access file "http://127.0.0.1/x" - file system operations are disabled by configuration',
      'Invalid Input Error: CSV Error on Line: 3',
      'Binder Error: Referenced column "unreachable_total" not found', // a word, not a trap
      'no customer column found among "a", "b"',
    ])
      expect(engineFailure(new Error(message)), message).toBeNull();
    expect(engineFailure(undefined)).toBeNull();
  });
});

describe('what to expect from a file before reading it', () => {
  it('warns about files over 1 GB, and gzipped files over 150 MB', () => {
    expect(isLargeFile({ name: 'orders.csv', size: 900 * 1024 ** 2 })).toBe(false);
    expect(isLargeFile({ name: 'orders.csv', size: 1.5 * 1024 ** 3 })).toBe(true);
    expect(isLargeFile({ name: 'orders.csv.gz', size: 100 * 1024 ** 2 })).toBe(false);
    expect(isLargeFile({ name: 'orders.csv.GZ', size: 200 * 1024 ** 2 })).toBe(true);
  });
});

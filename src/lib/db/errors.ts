// What an error from the database worker means for the page: an ordinary error (a bad file,
// a bad query) is shown and the work goes on; a failure of the engine itself (the wasm ran out
// of memory or trapped) leaves the database unusable or full, so the worker is replaced.

/**
 * `out-of-memory`: DuckDB or the wasm heap could not get more memory (memory is not returned
 * until the worker ends). `crash`: the wasm trapped or aborted; its state cannot be trusted.
 */
export type EngineFailure = 'out-of-memory' | 'crash';

const OUT_OF_MEMORY = [
  /out of memory/i, // DuckDB's "Out of Memory Error: ...", Emscripten's "Aborted(OOM)"
  /\bOOM\b/,
  /allocation fail/i, // "Allocation failure", "Array buffer allocation failed"
  /bad_alloc/i,
  /could not allocate/i,
  /cannot enlarge memory/i,
  /maximum memory size exceeded/i, // WebAssembly.Memory.grow() beyond 4 GiB
];

const CRASH = [
  /memory access out of bounds/i,
  /\bunreachable\b/i, // "RuntimeError: unreachable" (an abort inside the wasm)
  /\baborted\(/i, // Emscripten's abort()
  /table index is out of bounds/i,
  /null function or function signature mismatch/i,
  /call stack (size )?(exhausted|exceeded)/i,
  /integer (overflow|divide by zero)/i,
];

function describe(e: unknown): { name: string; text: string } {
  if (e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)) {
    const { name, message } = e as { name?: unknown; message?: unknown };
    return { name: String(name ?? ''), text: `${String(name ?? '')}: ${String(message ?? '')}` };
  }
  return { name: '', text: String(e) };
}

/** The engine failure an error shows, or null when it is an ordinary error. */
export function engineFailure(e: unknown): EngineFailure | null {
  const { name, text } = describe(e);
  if (OUT_OF_MEMORY.some((p) => p.test(text))) return 'out-of-memory';
  // Any trap of the wasm is a RuntimeError (comlink keeps the name when it passes it on).
  if (name === 'RuntimeError' || CRASH.some((p) => p.test(text))) return 'crash';
  return null;
}

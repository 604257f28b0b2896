// The engine failures the tests stage: what the browser throws when the wasm traps, and what
// DuckDB says when it refuses a query the memory.
export const trap = () =>
  Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' });

export const outOfMemory = () => new Error('Out of Memory Error: Allocation failure');

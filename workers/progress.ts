// Progress of a file read: DuckDB's browser runtime reads a registered File through
// `file.slice(start, end)`, so the furthest `end` asked for is how far it has read.
export function trackReads(file: File, onProgress: (read: number, total: number) => void): File {
  let furthest = 0;
  let reported = 0;
  const step = Math.max(file.size / 100, 1 << 20);
  const slice = file.slice.bind(file);
  Object.defineProperty(file, 'slice', {
    configurable: true,
    value: (start?: number, end?: number, type?: string) => {
      furthest = Math.max(furthest, Math.min(end ?? file.size, file.size));
      if (furthest - reported >= step) {
        reported = furthest;
        onProgress(furthest, file.size);
      }
      return slice(start, end, type);
    },
  });
  return file;
}

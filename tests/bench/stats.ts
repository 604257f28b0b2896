// Medians over runs, for single figures and for records of figures.

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Per key, the median over the records that have it. */
export function medianRecord<K extends string>(
  records: readonly Partial<Record<K, number>>[],
): Partial<Record<K, number>> {
  const keys = new Set(records.flatMap((r) => Object.keys(r) as K[]));
  const out: Partial<Record<K, number>> = {};
  for (const key of keys) {
    const values = records.map((r) => r[key]).filter((v): v is number => v !== undefined);
    out[key] = median(values);
  }
  return out;
}

export const round = (ms: number, digits = 0) => Number(ms.toFixed(digits));

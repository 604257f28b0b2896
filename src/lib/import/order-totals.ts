// Whether an amount column holds order totals written once per order (on its first line)
// rather than one amount per line: then the order's other lines must add 0, not be skipped
// as unreadable, and the total must not be counted once per line item.

const present = (v: string | null) => v !== null && v.trim() !== '';

/**
 * From parallel sample columns (order id, amount): true when the sample has orders with
 * several lines and nearly all of them have the amount on exactly one line.
 */
export function detectOrderTotals(orders: (string | null)[], amounts: (string | null)[]): boolean {
  if (orders.length === 0 || amounts.length === 0) return false;
  const lines = new Map<string, { lines: number; amounts: number }>();
  orders.forEach((order, i) => {
    if (!present(order)) return;
    const entry = lines.get(order!) ?? { lines: 0, amounts: 0 };
    entry.lines++;
    if (present(amounts[i] ?? null)) entry.amounts++;
    lines.set(order!, entry);
  });
  const multi = [...lines.values()].filter((e) => e.lines > 1);
  if (multi.length === 0) return false;
  return multi.filter((e) => e.amounts === 1).length >= 0.9 * multi.length;
}

import { describe, it, expect } from 'vitest';
import {
  SAMPLE_END,
  SAMPLE_HEADER,
  SAMPLE_START,
  generateSample,
  summarizeSample,
  toCsv,
} from '../../src/lib/sample/shop';

const rows = generateSample();

describe('sample shop generator', () => {
  it('is deterministic for a seed and varies with the seed', () => {
    expect(generateSample()).toEqual(rows);
    expect(toCsv(generateSample(7))).toBe(toCsv(generateSample(7)));
    expect(toCsv(generateSample(8))).not.toBe(toCsv(generateSample(7)));
  });

  it('writes the expected CSV shape', () => {
    const csv = toCsv(rows);
    expect(csv.startsWith(`${SAMPLE_HEADER}\n`)).toBe(true);
    expect(csv).not.toContain('\r');
    expect(csv).toContain('"Tea towel, set of 2"');
    expect(rows.length).toBeGreaterThan(15_000);
    expect(rows.length).toBeLessThan(30_000);
    expect(Buffer.byteLength(csv)).toBeLessThan(1_500_000);
  });

  it('keeps dates within range and numeric order ids increasing by date', () => {
    let previous = { id: 0, date: '' };
    for (const row of rows) {
      expect(row.orderDate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(row.orderDate >= `${SAMPLE_START} 00:00`).toBe(true);
      expect(row.orderDate <= `${SAMPLE_END} 23:59`).toBe(true);
      expect(row.customerEmail).toMatch(/^[a-z0-9._]+@example\.(com|org)$/);
      if (row.orderId.startsWith('R')) continue;
      const id = Number(row.orderId);
      expect(id).toBeGreaterThanOrEqual(previous.id);
      expect(row.orderDate >= previous.date).toBe(true);
      expect(row.quantity).toBeGreaterThan(0);
      previous = { id, date: row.orderDate };
    }
  });

  it('records returns as R orders of an earlier purchase by the same customer', () => {
    const purchases = new Map<string, typeof rows>();
    for (const row of rows.filter((r) => !r.orderId.startsWith('R'))) {
      purchases.set(row.orderId, [...(purchases.get(row.orderId) ?? []), row]);
    }
    const returns = rows.filter((r) => r.orderId.startsWith('R'));
    expect(returns.length).toBeGreaterThan(0);
    for (const ret of returns) {
      const original = purchases.get(ret.orderId.slice(1)) ?? [];
      const line = original.find((r) => r.product === ret.product);
      expect(line).toBeDefined();
      expect(line?.customerEmail).toBe(ret.customerEmail);
      expect(line && line.orderDate < ret.orderDate).toBe(true);
      expect(ret.quantity).toBeLessThan(0);
      expect(-ret.quantity).toBeLessThanOrEqual(line?.quantity ?? 0);
    }
  });

  it('has a believable customer mix', () => {
    const s = summarizeSample(rows);
    expect(s.customers).toBeGreaterThanOrEqual(3000);
    expect(s.customers).toBeLessThanOrEqual(4000);
    expect(s.oneTimeShare).toBeGreaterThanOrEqual(0.55);
    expect(s.oneTimeShare).toBeLessThanOrEqual(0.65);
    expect(s.top20Share).toBeGreaterThanOrEqual(0.55);
    expect(s.top20Share).toBeLessThanOrEqual(0.7);
    expect(s.returns / s.purchases).toBeGreaterThan(0.015);
    expect(s.returns / s.purchases).toBeLessThan(0.035);
  });
});

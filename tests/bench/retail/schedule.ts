// Who buys when: customers join over the two years (a large existing base at the start),
// come back at their own rhythm until they stop, sometimes cancel; guests (no customer id)
// buy too. The result is one record per invoice, sorted by day.
import { createRandom, type Random } from '../../../src/lib/sample/random';
import { DAYS, MAX_SEASON, SEASONS } from './calendar';

export interface Schedule {
  /** Per invoice, in day order: day index, customer index (-1: guest), cancellation flag, lines. */
  day: Uint16Array;
  customer: Int32Array;
  cancel: Uint8Array;
  lines: Uint16Array;
  customers: number;
}

/** A seasonal day on or after `from` (rejection sampling), or -1 past the end. */
function openDayFrom(rng: Random, from: number): number {
  for (let day = from; day < DAYS; day++) {
    if (rng.next() * MAX_SEASON < SEASONS[day]) return day;
  }
  return -1;
}

function seasonalDay(rng: Random): number {
  for (;;) {
    const day = rng.int(0, DAYS - 1);
    if (rng.next() * MAX_SEASON < SEASONS[day]) return day;
  }
}

interface Visit {
  day: number;
  customer: number;
  cancel: boolean;
}

function customerVisits(rng: Random, customer: number, visitScale: number, out: Visit[]): void {
  // A fifth of the customers were already buying when the export starts.
  let day = rng.chance(0.2) ? openDayFrom(rng, rng.int(0, 30)) : seasonalDay(rng);
  const oneTime = rng.chance(0.3);
  const meanGap = (30 * rng.logNormal(0.8)) / visitScale;
  while (day >= 0) {
    out.push({ day, customer, cancel: false });
    if (rng.chance(0.12)) {
      const later = day + rng.int(0, 14);
      if (later < DAYS && SEASONS[later] > 0) out.push({ day: later, customer, cancel: true });
    }
    if (oneTime || rng.chance(0.06)) break;
    day = openDayFrom(rng, day + Math.max(1, Math.round(rng.gamma(2, meanGap))));
  }
}

/** Line counts that add up to exactly `total`, about `mean` each, at least 1. */
function lineCounts(rng: Random, count: number, total: number): Uint16Array {
  const lines = new Uint16Array(count);
  const mean = total / count;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    lines[i] = Math.min(1000, 1 + Math.round(rng.exponential(Math.max(0, mean - 1))));
    sum += lines[i];
  }
  while (sum < total) {
    const i = rng.int(0, count - 1);
    if (lines[i] < 1000) {
      lines[i]++;
      sum++;
    }
  }
  while (sum > total) {
    const i = rng.int(0, count - 1);
    if (lines[i] > 1) {
      lines[i]--;
      sum--;
    }
  }
  return lines;
}

/** Customers for a file of `rows` lines: about one per 170 lines, 3,000 to 100,000. */
export const customersFor = (rows: number) =>
  Math.min(100_000, Math.max(3000, Math.round(rows / 170)));

export function makeSchedule(seed: number, rows: number): Schedule {
  const rng = createRandom(seed);
  const customers = customersFor(rows);
  const visitScale = Math.max(1, rows / 170 / customers);
  const visits: Visit[] = [];
  for (let c = 0; c < customers; c++) customerVisits(rng, c, visitScale, visits);
  // Guests: about a quarter of the lines, with the same basket sizes.
  const guests = Math.round(visits.filter((v) => !v.cancel).length / 3);
  for (let g = 0; g < guests; g++)
    visits.push({ day: seasonalDay(rng), customer: -1, cancel: false });

  // Counting sort by day keeps the file chronological, as an export is.
  const perDay = new Int32Array(DAYS + 1);
  for (const v of visits) perDay[v.day + 1]++;
  for (let d = 0; d < DAYS; d++) perDay[d + 1] += perDay[d];
  const n = visits.length;
  const day = new Uint16Array(n);
  const customer = new Int32Array(n);
  const cancel = new Uint8Array(n);
  for (const v of visits) {
    const at = perDay[v.day]++;
    day[at] = v.day;
    customer[at] = v.customer;
    cancel[at] = v.cancel ? 1 : 0;
  }
  // Cancellations name one to three lines; the other invoices share the remaining lines.
  const lines = new Uint16Array(n);
  let cancelLines = 0;
  for (let i = 0; i < n; i++) {
    if (cancel[i]) cancelLines += lines[i] = rng.int(1, 3);
  }
  const regular = n - cancel.reduce((sum, c) => sum + c, 0);
  const counts = lineCounts(rng, regular, rows - cancelLines);
  for (let i = 0, r = 0; i < n; i++) if (!cancel[i]) lines[i] = counts[r++];
  return { day, customer, cancel, lines, customers };
}

import type { CustomerListRow } from '../customers/list';
import type { SegmentKey } from './segments';

export interface RfmSegment {
  key: SegmentKey;
  /** Display name as the contract's table spells it, e.g. "Can't Lose Them". */
  name: string;
  customers: number;
  /** Sum of the segment's monetary values (net revenue). */
  revenue: number;
  /** Share of all customers with a purchase (0 when there are none). */
  customer_share: number;
  /** Share of the revenue of all customers with a purchase (null when that total is 0). */
  revenue_share: number | null;
  /** Averages over the segment's customers; null for an empty segment. */
  avg_recency_days: number | null;
  avg_frequency: number | null;
  avg_monetary: number | null;
}

export interface RfmCell {
  r: number;
  f: number;
  segment: SegmentKey;
  customers: number;
  revenue: number;
}

/** One square of the (R, F) grid; it lies in exactly one segment. */
export interface RfmSquare {
  r: number;
  f: number;
}

export type RfmDimension = 'r' | 'f' | 'm';

/** What a score means in the data, e.g. F 4 = 2 to 2 purchases; absent when nobody has it. */
export interface RfmScoreRange {
  score: number;
  customers: number;
  /** Recency in days (r), purchases (f) or net revenue (m). */
  min: number;
  max: number;
}

export interface RfmResult {
  customers: number;
  /** All ten segments, in the order of SEGMENTS, empty ones included. */
  segments: RfmSegment[];
  /** All 25 cells, R 5 to 1 then F 1 to 5, empty ones included. */
  grid: RfmCell[];
  scores: Record<RfmDimension, RfmScoreRange[]>;
}

export interface RfmCustomer extends CustomerListRow {
  r: number;
  f: number;
  m: number;
}

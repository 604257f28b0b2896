// RFM: the segments and the R × F grid, and the customers of the segment (or square) picked.
import type { SegmentKey } from '../../analyses/rfm/segments';
import { runRfm, runRfmSegmentCustomers } from '../../analyses/rfm/run';
import type { RfmCustomer, RfmResult, RfmSquare } from '../../analyses/rfm/types';
import { Computed, LIST_LIMIT, type AnalysisState } from './context';

export class RfmState extends Computed implements AnalysisState {
  result = $state.raw<RfmResult | null>(null);
  segment = $state<SegmentKey | null>(null);
  /** A square of the grid, when the list shows only its part of the segment. */
  square = $state<RfmSquare | null>(null);
  customers = $state.raw<RfmCustomer[]>([]);

  reset(): void {
    this.segment = null;
    this.square = null;
  }

  async run(): Promise<void> {
    const { asOf } = this.ctx.params();
    await this.latest.run(
      'rfm',
      () => runRfm(this.ctx.db(), { asOf }),
      (v) => (this.result = v),
    );
    // The segment picked stays picked: its customers for the new date.
    await this.select(this.segment, this.square);
  }

  async select(segment: SegmentKey | null, square: RfmSquare | null = null): Promise<void> {
    this.segment = segment;
    this.square = segment ? square : null;
    if (!segment) {
      this.customers = [];
      return;
    }
    const params = this.#listParams(segment, LIST_LIMIT);
    await this.latest.run(
      'segment',
      () => runRfmSegmentCustomers(this.ctx.db(), params),
      (v) => (this.customers = v),
    );
  }

  /** The whole list of the segment (or square) picked, for a download. */
  async fullList(): Promise<RfmCustomer[]> {
    const { segment } = this;
    if (!segment) return [];
    return runRfmSegmentCustomers(
      this.ctx.db(),
      this.#listParams(segment, Number.MAX_SAFE_INTEGER),
    );
  }

  #listParams(segment: SegmentKey, limit: number) {
    const { asOf } = this.ctx.params();
    return { asOf, segment, square: this.square ?? undefined, limit };
  }
}

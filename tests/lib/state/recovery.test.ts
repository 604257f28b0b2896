// What follows an engine failure, with a stand-in session whose reads a test settles by hand:
// the data shown comes back with its as-of date and the user is told in words; data that
// fails again stops at the start screen instead of being read over and over.
import { describe, expect, it, vi } from 'vitest';
import type { ImportPlan } from '../../../src/lib/import/plan';
import { say, type Sentence } from '../../../src/lib/i18n/sentence';
import { Recovery, type Loaded, type Recoverable } from '../../../src/lib/state/recovery';
import type { OpenOptions, Phase } from '../../../src/lib/state/session.svelte';
import { trap } from '../../helpers/failures';

const file = new File(['order,customer\n'], 'shop.csv');
const loaded: Loaded = {
  file,
  plan: { mapping: { customer: 'customer' }, dateFormats: ['%d/%m/%Y'] } as unknown as ImportPlan,
  source: { encoding: 'windows-1253' },
};

/** A session whose reads wait until the test ends them (`read` or `fail`). */
class Stand implements Recoverable {
  loaded: Loaded | null = loaded;
  phase: Phase = 'ready';
  error: Sentence | null = null;
  generation = 0;
  restarts = 0;
  opened: OpenOptions[] = [];
  held = 0;
  #end: ((phase: Phase, error?: Sentence) => void) | null = null;
  analyses = { asOf: '2024-02-15', defaultAsOf: '2024-03-31', setAsOf: vi.fn(async () => {}) };

  restart() {
    this.restarts++;
    this.generation++;
  }
  unload() {
    this.loaded = null;
  }
  hold() {
    this.held++;
    return () => this.held--;
  }
  open(_file: File, options: OpenOptions): Promise<void> {
    this.generation++;
    this.phase = 'loading';
    this.opened.push(options);
    return new Promise((resolve) => {
      this.#end = (phase, error) => {
        this.phase = phase;
        if (error) this.error = error;
        resolve();
      };
    });
  }
  /** The read under way ends with the data shown, or back at `phase` with `error`. */
  read = () => vi.waitFor(() => this.#end?.('ready'));
  fail = (phase: Phase, error: Sentence) => vi.waitFor(() => this.#end?.(phase, error));
}

const said = (stand: Stand) => stand.error && say(stand.error);

describe('recovery after the engine fails', () => {
  it('reads the data shown again, as it was confirmed, and says so', async () => {
    const stand = new Stand();
    const recovery = new Recovery(stand);
    const done = recovery.recover('crash', trap());
    expect(stand.restarts).toBe(1);
    // Said while the file is read again; SQL cells wait meanwhile.
    await vi.waitFor(() => expect(said(stand)).toMatch(/stopped unexpectedly \(memory access/));
    expect(stand.held).toBe(1);
    expect(stand.opened).toEqual([
      { mapping: loaded.plan.mapping, dateFormats: ['%d/%m/%Y'], source: loaded.source },
    ]);
    stand.analyses.asOf = stand.analyses.defaultAsOf; // a fresh read starts at the default
    await stand.read();
    await done;
    expect(stand.held).toBe(0);
    expect(stand.analyses.setAsOf).toHaveBeenCalledWith('2024-02-15');
    expect(said(stand)).toMatch(/restarted\. shop\.csv was read again: your analyses are back\.$/);
  });

  it('stops at the start screen when the same data fails again once shown', async () => {
    const stand = new Stand();
    const recovery = new Recovery(stand);
    const first = recovery.recover('out-of-memory', new Error('Out of Memory Error'));
    await stand.read();
    await first;
    await recovery.recover('out-of-memory', new Error('Out of Memory Error'));
    expect(stand.restarts).toBe(2);
    expect(stand.opened).toHaveLength(1);
    expect(stand.phase).toBe('idle');
    expect(stand.loaded).toBeNull();
    expect(said(stand)).toMatch(/^The file is too large for this browser/);
  });

  it('stops when bringing the data back fails the engine too', async () => {
    const stand = new Stand();
    const recovery = new Recovery(stand);
    void recovery.recover('crash', trap());
    await vi.waitFor(() => expect(stand.opened).toHaveLength(1));
    await recovery.recover('crash', trap()); // while reading it again
    expect(stand.phase).toBe('idle');
    expect(stand.opened).toHaveLength(1);
  });

  it('does not count a SQL query that failed the engine against the data shown', async () => {
    const stand = new Stand();
    const recovery = new Recovery(stand);
    for (let i = 1; i <= 2; i++) {
      const done = recovery.recover('crash', trap(), true);
      await stand.read();
      await done;
      expect(stand.opened).toHaveLength(i);
      expect(said(stand)).toMatch(/^A SQL query stopped the analysis engine/);
    }
  });

  it('says both what happened and why the file did not come back', async () => {
    const stand = new Stand();
    const recovery = new Recovery(stand);
    const done = recovery.recover('crash', trap());
    await stand.fail('idle', { text: 'disk gone' });
    await done;
    expect(said(stand)).toMatch(/was restarted\. disk gone$/);
  });

  it('goes to the start screen when nothing was shown', async () => {
    const stand = new Stand();
    stand.loaded = null;
    stand.phase = 'loading';
    await new Recovery(stand).recover('crash', trap());
    expect(stand.phase).toBe('idle');
    expect(stand.opened).toEqual([]);
  });
});

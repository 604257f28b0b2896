// After the engine fails: replace it, say so, and bring back the data that was shown, without
// ever reading again, forever, data that makes it fail.
import type { EngineFailure } from '../db/errors';
import type { ImportPlan } from '../import/plan';
import type { SourceOptions } from '../import/source';
import { errorSentence, type Sentence } from '../i18n/sentence';
import type { OpenOptions, Phase } from './session.svelte';

/** The file confirmed and shown, and how it was read. */
export interface Loaded {
  file: File;
  plan: ImportPlan;
  source: SourceOptions;
}

/** How to read a file again exactly as it was confirmed. */
export const reading = ({ plan, source }: Loaded): OpenOptions => ({
  mapping: plan.mapping,
  dateFormats: plan.dateFormats,
  source,
});

/** What recovery needs of the session: its import flow and what it shows. */
export interface Recoverable {
  readonly loaded: Loaded | null;
  phase: Phase;
  error: Sentence | null;
  /** Counts the reads started: a different number means this one was overtaken. */
  readonly generation: number;
  /** End the worker and start a fresh one (nothing under way on the old one counts any more). */
  restart(): void;
  /** Forget the data shown (it is not coming back). */
  unload(): void;
  open(file: File, options: OpenOptions): Promise<void>;
  /** Close the SQL cells' gate until the returned function is called. */
  hold(): () => void;
  /** The as-of date shown, the file's default, and a way to set it again. */
  readonly analyses: {
    asOf: string | null;
    defaultAsOf: string | null;
    setAsOf(asOf: string): Promise<unknown>;
  };
}

export class Recovery {
  #session: Recoverable;
  #recovering = false;
  /** The file whose data, shown, made the engine fail once already. */
  #failedWhileShown: File | null = null;

  constructor(session: Recoverable) {
    this.#session = session;
  }

  /**
   * The engine ran out of memory or crashed: replace it, say so in words, and bring back the
   * data that was loaded, with its mapping and as-of date. A second failure while doing that,
   * or a second failure of the same data once shown again (a step after loading that does not
   * fit), stops there, with the start screen: reading it again would fail again, forever.
   * A SQL cell's query that failed the engine (`userQuery`) is no failure of the data shown.
   */
  async recover(failure: EngineFailure, e: unknown, userQuery = false): Promise<void> {
    const session = this.#session;
    const reason = errorSentence(e);
    const words: Sentence = userQuery
      ? { key: 'crash.query', params: { reason } }
      : { key: failure === 'out-of-memory' ? 'crash.memory' : 'crash.engine', params: { reason } };
    const loaded = session.loaded;
    const shown = session.phase === 'ready' && !userQuery ? loaded?.file : undefined;
    const again = this.#recovering || (shown !== undefined && shown === this.#failedWhileShown);
    if (shown) this.#failedWhileShown = shown;
    session.restart();
    if (!loaded || again) {
      this.#recovering = false;
      session.unload();
      session.phase = 'idle';
      session.error = words;
      return;
    }
    this.#recovering = true;
    if (await this.reopen(loaded, words)) this.#recovering = false;
  }

  /** End the engine (a query would not stop) and read the data shown again, saying `words`. */
  async readAgain(words: Sentence): Promise<void> {
    const session = this.#session;
    const loaded = session.loaded;
    session.restart();
    if (!loaded) {
      session.phase = 'idle';
      return;
    }
    await this.reopen(loaded, words);
  }

  /**
   * Read the loaded file again into a fresh engine, with its mapping and as-of date, saying
   * `words` meanwhile; false when that was overtaken (failed again, cancelled, a new file).
   */
  async reopen(loaded: Loaded, words: Sentence): Promise<boolean> {
    const session = this.#session;
    const { asOf, defaultAsOf } = session.analyses;
    const release = session.hold();
    try {
      const reopening = session.open(loaded.file, reading(loaded));
      const generation = session.generation;
      session.error = words;
      await reopening;
      if (generation !== session.generation) return false;
      if (session.phase !== 'ready') {
        session.error = session.error ? [words, session.error] : words;
        return true;
      }
      if (asOf && asOf !== defaultAsOf && asOf !== session.analyses.asOf) {
        await session.analyses.setAsOf(asOf).catch(() => {});
      }
      session.error = [words, { key: 'crash.back', params: { name: loaded.file.name } }];
      return true;
    } finally {
      release();
    }
  }
}

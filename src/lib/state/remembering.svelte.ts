// The file this browser remembers, for the page: whether it can, which file, whether it is the
// one shown, how much room the site takes. The storing itself is in remembered.ts.
import { errorSentence, type Sentence } from '../i18n/sentence';
import type { Loaded } from './recovery';
import * as stored from './remembered';
import type { RememberedFile, StorageUse } from './remembered';

export class Remembering {
  /** This browser can keep a file on the device (OPFS and localStorage are there). */
  readonly canRemember: boolean;
  /** The file the user asked this browser to remember, if any. */
  remembered = $state.raw<RememberedFile | null>(null);
  /** The loaded file is the remembered one. */
  rememberedIsLoaded = $state(false);
  storage = $state.raw<StorageUse | null>(null);
  #loaded: Loaded | null = null;
  #say: (error: Sentence) => void;

  /** `say` shows what went wrong. */
  constructor(say: (error: Sentence) => void) {
    this.#say = say;
    this.canRemember = stored.canRemember();
    if (!this.canRemember) return;
    this.remembered = stored.rememberedFile();
    void this.measure();
  }

  /** The file shown now (the one "remember" keeps), or none any more. */
  shown(loaded: Loaded | null): void {
    this.#loaded = loaded;
    if (loaded) this.rememberedIsLoaded = stored.isSameFile(this.remembered, loaded.file);
  }

  /** Keep the loaded file and its mapping on this device: the user ticked the box. */
  async remember(): Promise<void> {
    const loaded = this.#loaded;
    if (!loaded || !this.canRemember) return;
    try {
      this.remembered = await stored.remember(loaded.file, {
        ...loaded.plan,
        source: loaded.source,
      });
      this.rememberedIsLoaded = true;
    } catch (e) {
      this.remembered = stored.rememberedFile();
      this.rememberedIsLoaded = false;
      const { name, size } = loaded.file;
      this.#say(
        e instanceof stored.RememberError && e.reason === 'full'
          ? { key: 'remember.full', params: { name, size: { bytes: size } } }
          : { key: 'remember.failed', params: { reason: errorSentence(e) } },
      );
    }
    await this.measure();
  }

  /** Delete the remembered file from this device. */
  async forget(): Promise<void> {
    try {
      await stored.forget();
    } catch (e) {
      this.#say({ key: 'remember.failed', params: { reason: errorSentence(e) } });
    }
    this.remembered = stored.rememberedFile();
    this.rememberedIsLoaded = false;
    await this.measure();
  }

  /** The remembered file's bytes, or null when the browser cleared them (it is forgotten). */
  async recall(saved: RememberedFile): Promise<File | null> {
    try {
      return await stored.recall(saved);
    } catch {
      this.remembered = null;
      return null;
    }
  }

  async measure(): Promise<void> {
    this.storage = await stored.storageUse().catch(() => null);
  }
}

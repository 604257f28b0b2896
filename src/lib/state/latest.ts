// Answers that arrive out of order: each request under a key remembers its number, and a
// slower, older answer never overwrites a newer one.
export class Latest {
  #ids: Record<string, number> = {};
  #counter = 0;

  /** Run `work`; apply its value only if no later request under `key` started meanwhile. */
  async run<T>(key: string, work: () => Promise<T>, apply: (value: T) => void): Promise<void> {
    const id = this.supersede(key);
    const value = await work();
    if (this.#ids[key] === id) apply(value);
  }

  /** Start a request under `key` (every earlier one is now stale); its number. */
  supersede(key: string): number {
    this.#ids[key] = ++this.#counter;
    return this.#ids[key];
  }

  /** Whether `id` is still the latest request under `key`. */
  isLatest(key: string, id: number): boolean {
    return this.#ids[key] === id;
  }
}

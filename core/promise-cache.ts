/**
 * Loads shared by concurrent callers and kept for a while: a value is loaded once per key until
 * it expires (or the cache is full and it is the oldest), and a failed load is forgotten at once.
 */
export class PromiseCache<K, V> {
  readonly #entries = new Map<K, { at: number; value: Promise<V> }>();

  constructor(private readonly options: { ttlMs?: number; maxEntries?: number } = {}) {}

  get(key: K, load: () => Promise<V>): Promise<V> {
    const cached = this.#entries.get(key);
    if (cached && (this.options.ttlMs === undefined || Date.now() - cached.at < this.options.ttlMs))
      return cached.value;
    const value = load();
    this.#entries.set(key, { at: Date.now(), value });
    if (this.#entries.size > (this.options.maxEntries ?? 10_000))
      this.#entries.delete(this.#entries.keys().next().value!);
    value.catch(() => {
      if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
    });
    return value;
  }

  /** Forgets a key, so the next `get` loads it again. */
  delete(key: K): void {
    this.#entries.delete(key);
  }
}

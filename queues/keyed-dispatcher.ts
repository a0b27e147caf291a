/**
 * Runs tasks one at a time per key and concurrently across keys. Deliveries arrive in queue
 * order, so chaining per key keeps each conversation in order without serializing the others.
 */
export class KeyedDispatcher {
  readonly #tails = new Map<string, Promise<void>>();
  readonly #inFlight = new Set<Promise<void>>();

  get size(): number {
    return this.#inFlight.size;
  }

  run(key: string | undefined, task: () => Promise<void>): Promise<void> {
    const previous = key === undefined ? undefined : this.#tails.get(key);
    const done = (previous ? previous.then(task, task) : task()).finally(() => {
      this.#inFlight.delete(done);
      if (key !== undefined && this.#tails.get(key) === done) this.#tails.delete(key);
    });
    if (key !== undefined) this.#tails.set(key, done);
    this.#inFlight.add(done);
    return done;
  }

  /** Waits until every task started so far has finished. */
  async idle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }
}

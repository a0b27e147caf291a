/**
 * Hands out turns to start work, a few per pass of the event loop. Handlers that use a
 * synchronous database run to their first real I/O without yielding; started all at once, a
 * prefetch's worth of them would hold the event loop for hundreds of milliseconds, and webhooks
 * waiting for their acknowledgement would wait that long. Between passes, I/O comes first.
 */
class Turns {
  readonly #waiting: Array<() => void> = [];
  #head = 0;
  #scheduled = false;

  constructor(private readonly perPass: number) {}

  next(): Promise<void> {
    return new Promise((resolve) => {
      this.#waiting.push(resolve);
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(this.#pass);
      }
    });
  }

  readonly #pass = (): void => {
    const end = Math.min(this.#waiting.length, this.#head + this.perPass);
    while (this.#head < end) this.#waiting[this.#head++]!();
    if (this.#head === this.#waiting.length) {
      this.#waiting.length = 0;
      this.#head = 0;
      this.#scheduled = false;
    } else setImmediate(this.#pass);
  };
}

/** One process-wide budget: every consumer shares the event loop with the webhooks. */
const turns = new Turns(4);

/**
 * Runs tasks one at a time per key and concurrently across keys. Deliveries arrive in queue
 * order, so chaining per key keeps each conversation in order without serializing the others.
 * Each task starts on a turn (see Turns), so consuming never starves the HTTP side.
 */
export class KeyedDispatcher {
  readonly #tails = new Map<string, Promise<void>>();
  readonly #inFlight = new Set<Promise<void>>();

  get size(): number {
    return this.#inFlight.size;
  }

  run(key: string | undefined, task: () => Promise<void>): Promise<void> {
    const previous = key === undefined ? undefined : this.#tails.get(key);
    const start = () => turns.next().then(task);
    const done = (previous ? previous.then(start, start) : start()).finally(() => {
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

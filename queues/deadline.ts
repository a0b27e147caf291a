import { setMaxListeners } from 'node:events';

/**
 * Deadline signals shared by the calls that start within the same short window. A signal of its
 * own per call (`AbortSignal.timeout`) costs about as much as a small HTTP request's own work on
 * the hot path; here every call started in one window of `slackMs` shares one, which fires `ms`
 * after the window opened: never later than any of its calls asked, and at most `slackMs` sooner.
 */
export class SharedDeadlines {
  #signal: AbortSignal | undefined;
  #windowEnds = 0;

  constructor(
    private readonly ms: number,
    private readonly slackMs = 250,
    private readonly now: () => number = Date.now,
    private readonly timeout: (ms: number) => AbortSignal = (ms) => AbortSignal.timeout(ms),
  ) {}

  signal(): AbortSignal {
    const now = this.now();
    if (!this.#signal || now >= this.#windowEnds) {
      this.#signal = this.timeout(this.ms);
      // Every request of the window listens to it (undici adds one listener per call): many is
      // its purpose, not a leak, so Node is told not to warn past ten.
      setMaxListeners(0, this.#signal);
      this.#windowEnds = now + this.slackMs;
    }
    return this.#signal;
  }
}

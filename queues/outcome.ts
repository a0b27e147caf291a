import { Deferred, PermanentFailure, RateLimited, RetryLater, errorMessage } from '../core/index.js';

/** `countAttempt` is false for work that waited rather than failed (a rate-limit slot). */
export type Outcome =
  | { action: 'ack' }
  | { action: 'retry'; delayMs: number; countAttempt: boolean }
  | { action: 'dead'; reason: string };

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 5 * 60_000;

/** Exponential backoff with jitter: the n-th retry waits between half and all of base·2ⁿ. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** What to do with a message whose handler threw `err` on delivery number `attempts + 1`. */
export function outcomeOf(err: unknown, attempts: number, maxAttempts: number): Outcome {
  if (err instanceof PermanentFailure) return { action: 'dead', reason: err.message };
  if (err instanceof Deferred) return { action: 'retry', delayMs: err.delayMs ?? 0, countAttempt: false };
  if (attempts + 1 >= maxAttempts)
    return { action: 'dead', reason: `gave up after ${attempts + 1} attempts: ${errorMessage(err)}` };
  if (err instanceof RateLimited) return { action: 'retry', delayMs: err.delayMs, countAttempt: true };
  if (err instanceof RetryLater && err.delayMs !== undefined)
    return { action: 'retry', delayMs: err.delayMs, countAttempt: true };
  return { action: 'retry', delayMs: backoffDelay(attempts), countAttempt: true };
}

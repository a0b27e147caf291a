import { describe, expect, it } from 'vitest';
import { SharedDeadlines } from './deadline.js';

describe('shared deadlines', () => {
  it('gives the calls of one window the same signal, and a new one after it', () => {
    let now = 1_000;
    const deadlines = new SharedDeadlines(5_000, 250, () => now);
    const first = deadlines.signal();
    now += 249;
    expect(deadlines.signal()).toBe(first);
    now += 1;
    expect(deadlines.signal()).not.toBe(first);
  });

  it('fires no sooner than the deadline after the last call its window could have had', async () => {
    const deadlines = new SharedDeadlines(100, 50);
    const started = performance.now();
    const signal = deadlines.signal();
    expect(signal.aborted).toBe(false);
    await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(149);
    expect(signal.reason).toBeInstanceOf(DOMException);
  });
});

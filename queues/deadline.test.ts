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

  it('never fires later than any of its calls asked, and at most the window sooner', () => {
    let now = 0;
    const firesAt = new Map<AbortSignal, number>();
    const deadlines = new SharedDeadlines(
      5_000,
      250,
      () => now,
      (ms) => {
        const signal = new AbortController().signal;
        firesAt.set(signal, now + ms);
        return signal;
      },
    );
    for (now = 0; now < 2_000; now += 37) {
      const fires = firesAt.get(deadlines.signal())!;
      expect(fires).toBeLessThanOrEqual(now + 5_000);
      expect(fires).toBeGreaterThan(now + 5_000 - 250);
    }
  });

  it('is listened to by every call of its window without a leak warning', async () => {
    const warnings: Error[] = [];
    const warned = (warning: Error) => warnings.push(warning);
    process.on('warning', warned);
    try {
      const signal = new SharedDeadlines(5_000).signal();
      const calls = Array.from({ length: 64 }, () => new AbortController());
      for (const call of calls) signal.addEventListener('abort', () => call.abort(), { once: true });
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', warned);
    }
  });

  it('fires with a timeout reason', async () => {
    const signal = new SharedDeadlines(20, 10).signal();
    expect(signal.aborted).toBe(false);
    await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
    expect(signal.reason).toBeInstanceOf(DOMException);
  });
});

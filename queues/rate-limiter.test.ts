import { afterAll, describe, expect, it } from 'vitest';
import { service } from '../test-fixtures/services.js';
import { InMemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './rate-limiter.js';

const redisUrl = await service('redis');
const limiters: Array<{ name: string; enabled: boolean; make: () => RateLimiter }> = [
  { name: 'in memory', enabled: true, make: () => new InMemoryRateLimiter() },
  {
    name: 'Redis',
    enabled: redisUrl !== undefined,
    make: () => new RedisRateLimiter(redisUrl!, `gbtest:rate:${process.pid}:${Math.random()}:`),
  },
];

describe.each(limiters)('rate limiter: $name', ({ enabled, make }) => {
  const opened: RateLimiter[] = [];
  const limiter = () => {
    const l = make();
    opened.push(l);
    return l;
  };
  afterAll(async () => {
    for (const l of opened) await l.close();
  });

  it.skipIf(!enabled)('lets a burst through, then spaces sends at the rate', async () => {
    const l = limiter();
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) waits.push((await l.reserve('account', { perSecond: 10, burst: 3 })).waitMs);
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    // The fourth to eighth sends are due 100 ms apart.
    for (let i = 3; i < 8; i++) {
      expect(waits[i]!).toBeGreaterThan((i - 3) * 100 + 50);
      expect(waits[i]!).toBeLessThanOrEqual((i - 2) * 100 + 20);
    }
  });

  it.skipIf(!enabled)('keeps keys apart', async () => {
    const l = limiter();
    expect((await l.reserve('recipient:a', { perSecond: 1, burst: 1 })).waitMs).toBe(0);
    expect((await l.reserve('recipient:b', { perSecond: 1, burst: 1 })).waitMs).toBe(0);
    expect((await l.reserve('recipient:a', { perSecond: 1, burst: 1 })).waitMs).toBeGreaterThan(900);
  });

  it.skipIf(!enabled)('does not book a slot further away than the caller will wait', async () => {
    const l = limiter();
    const rate = { perSecond: 1, burst: 1 };
    expect(await l.reserve('r', rate, 500)).toEqual({ waitMs: 0, booked: true });
    const far = await l.reserve('r', rate, 500);
    expect(far.booked).toBe(false);
    expect(far.waitMs).toBeGreaterThan(900);
    // The refused call booked nothing: the next slot is still one interval away, not two.
    const again = await l.reserve('r', rate);
    expect(again.booked).toBe(true);
    expect(again.waitMs).toBeLessThanOrEqual(1_000);
  });

  it.skipIf(!enabled)('holds a paused key until the given time', async () => {
    const l = limiter();
    await l.pause('account', Date.now() + 2_000);
    const { waitMs: wait } = await l.reserve('account', { perSecond: 80, burst: 80 });
    expect(wait).toBeGreaterThan(1_900);
    expect(wait).toBeLessThanOrEqual(2_050);
  });
});

describe.skipIf(!redisUrl)('rate limiter on Redis, from two workers', () => {
  it('shares one budget between limiters with the same prefix', async () => {
    const prefix = `gbtest:rate:${process.pid}:${Math.random()}:`;
    const a = new RedisRateLimiter(redisUrl!, prefix);
    const b = new RedisRateLimiter(redisUrl!, prefix);
    try {
      expect((await a.reserve('k', { perSecond: 1, burst: 1 })).waitMs).toBe(0);
      expect((await b.reserve('k', { perSecond: 1, burst: 1 })).waitMs).toBeGreaterThan(900);
      await b.pause('k2', Date.now() + 1_500);
      expect((await a.reserve('k2', { perSecond: 100, burst: 100 })).waitMs).toBeGreaterThan(1_400);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

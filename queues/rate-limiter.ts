import { Redis } from 'ioredis';

/** A rate: `perSecond` on average, with up to `burst` sends at once. */
export interface Rate {
  perSecond: number;
  burst: number;
}

/**
 * Rate limits shared by every sender of a key (a channel account, a recipient), by the generic
 * cell rate algorithm: each key holds the time its next send is due. `reserve` books the next slot
 * when it is due within `maxWaitMs`, and says how long to wait for it; a slot further away is not
 * booked (the caller comes back later). `pause` holds a key back until a time a provider gave.
 */
export interface RateLimiter {
  reserve(key: string, rate: Rate, maxWaitMs?: number): Promise<{ waitMs: number; booked: boolean }>;
  pause(key: string, untilMs: number): Promise<void>;
  close(): Promise<void>;
}

function gcra(tat: number, now: number, rate: Rate): { wait: number; next: number } {
  const interval = 1000 / rate.perSecond;
  const start = Math.max(tat, now);
  const allowedAt = start - (Math.max(1, rate.burst) - 1) * interval;
  return { wait: Math.max(0, allowedAt - now), next: start + interval };
}

/** One process's limits: for the embedded mode, or a single worker. */
export class InMemoryRateLimiter implements RateLimiter {
  readonly #due = new Map<string, number>();
  readonly #paused = new Map<string, number>();

  constructor(private readonly clock: () => number = Date.now) {}

  async reserve(
    key: string,
    rate: Rate,
    maxWaitMs = Number.POSITIVE_INFINITY,
  ): Promise<{ waitMs: number; booked: boolean }> {
    const now = this.clock();
    const pausedUntil = this.#paused.get(key) ?? 0;
    // A paused key's slots start when the pause ends, with no burst borrowed from the pause.
    const tat = Math.max(
      this.#due.get(key) ?? 0,
      pausedUntil + (Math.max(1, rate.burst) - 1) * (1000 / rate.perSecond),
    );
    const { wait, next } = gcra(tat, now, rate);
    const waitMs = Math.max(wait, pausedUntil - now);
    if (waitMs > maxWaitMs) return { waitMs, booked: false };
    this.#due.set(key, next);
    if (this.#due.size > 100_000) this.#forgetPast(now);
    return { waitMs, booked: true };
  }

  async pause(key: string, untilMs: number): Promise<void> {
    this.#paused.set(key, Math.max(this.#paused.get(key) ?? 0, untilMs));
  }

  async close(): Promise<void> {
    this.#due.clear();
    this.#paused.clear();
  }

  #forgetPast(now: number): void {
    for (const [key, due] of this.#due) if (due < now) this.#due.delete(key);
    for (const [key, until] of this.#paused) if (until < now) this.#paused.delete(key);
  }
}

// Same algorithm as gcra() above, atomically in Redis, on Redis's clock so workers' clocks need not agree.
const RESERVE = `
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local interval = 1000 / tonumber(ARGV[1])
local burst = math.max(1, tonumber(ARGV[2]))
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
local tat = math.max(tonumber(redis.call('GET', KEYS[1]) or '0'), paused + (burst - 1) * interval)
local start = math.max(tat, now)
local wait = math.max(0, start - (burst - 1) * interval - now, paused - now)
if wait > tonumber(ARGV[3]) then return {tostring(wait), 0} end
local nextDue = start + interval
redis.call('SET', KEYS[1], tostring(nextDue), 'PX', math.ceil(nextDue - now) + 1000)
return {tostring(wait), 1}
`;

const PAUSE = `
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local untilWall = tonumber(ARGV[1])
local offset = tonumber(ARGV[2])
local due = untilWall - offset
local paused = tonumber(redis.call('GET', KEYS[1]) or '0')
if due > paused and due > now then redis.call('SET', KEYS[1], tostring(due), 'PX', math.ceil(due - now) + 1000) end
return 1
`;

/** Limits shared through Redis, so several workers together stay under a channel's rate. */
export class RedisRateLimiter implements RateLimiter {
  readonly #redis: Redis;

  constructor(
    url: string,
    private readonly prefix = 'gb:rate:',
  ) {
    this.#redis = new Redis(url, { maxRetriesPerRequest: 2, connectTimeout: 2_000 });
    // Connection errors surface on the commands that fail; the worker retries those messages.
    this.#redis.on('error', () => undefined);
  }

  async reserve(
    key: string,
    rate: Rate,
    maxWaitMs = Number.POSITIVE_INFINITY,
  ): Promise<{ waitMs: number; booked: boolean }> {
    const limit = Number.isFinite(maxWaitMs) ? String(maxWaitMs) : '1e308';
    const [wait, booked] = (await this.#redis.eval(
      RESERVE,
      2,
      this.prefix + key,
      `${this.prefix}${key}:pause`,
      String(rate.perSecond),
      String(rate.burst),
      limit,
    )) as [string, number];
    return { waitMs: Math.ceil(Number(wait)), booked: booked === 1 };
  }

  async pause(key: string, untilMs: number): Promise<void> {
    // untilMs is on this process's clock; pass the offset from "now" so Redis applies it on its own.
    const now = Date.now();
    const [seconds = 0, micros = 0] = await this.#redis.time();
    const redisNow = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
    await this.#redis.eval(PAUSE, 1, `${this.prefix}${key}:pause`, String(untilMs), String(now - redisNow));
  }

  async close(): Promise<void> {
    this.#redis.disconnect();
  }
}

import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let sequence = 0;

/** Random bytes drawn ahead, a few kilobytes at a time: one call into the CSPRNG per 512 ids. */
const POOL_IDS = 512;
const pool = Buffer.alloc(POOL_IDS * 16);
let poolOffset = pool.length;

/**
 * Time-ordered unique ids (UUID version 7 with a 12-bit counter): sortable by creation, and
 * strictly increasing within this process, so primary keys stay index-friendly and rows created
 * in one millisecond keep their order.
 */
export function newId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    lastMs += 1;
    sequence = 0;
  }
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + 16);
  poolOffset += 16;
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A stable 32-bit hash (FNV-1a) for sharding: the same key always lands on the same shard. */
export function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

/**
 * A channel's time in seconds (Unix) as the milliseconds the gateway keeps; a value that is not
 * a sane time (missing, garbled, before 2000 or years ahead) is the time it arrived.
 */
export function channelTime(seconds: unknown, now = Date.now()): number {
  const ms = Math.round(Number(seconds) * 1000);
  return Number.isSafeInteger(ms) && ms > 946_684_800_000 && ms < now + 366 * 86_400_000 ? ms : now;
}

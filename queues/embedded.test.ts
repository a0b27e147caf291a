import { mkdtempSync, readdirSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BrokerUnavailable, PermanentFailure, RetryLater } from '../core/index.js';
import { silentLogger } from '../test-fixtures/logger.js';
import { until } from '../test-fixtures/until.js';
import type { BrokerMessage } from './broker.js';
import { EmbeddedDeadLetters } from './dead-letter-file.js';
import { EmbeddedBroker, type EmbeddedBrokerOptions } from './embedded.js';

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const broker of open.splice(0)) await broker.close();
});

function broker(file: string, options: EmbeddedBrokerOptions = {}): EmbeddedBroker {
  const b = new EmbeddedBroker(file, silentLogger, options);
  open.push(b);
  return b;
}

async function closed(b: EmbeddedBroker): Promise<void> {
  open.splice(open.indexOf(b), 1);
  await b.close();
}

const queueFile = () => join(mkdtempSync(join(tmpdir(), 'gb-embedded-')), 'queue.db');
const segments = (file: string) => readdirSync(file.replace(/\.db$/, '.journal')).filter((f) => f.endsWith('.log'));

describe('embedded broker', () => {
  it('delivers again after a restart what was not acknowledged, with its attempts and delay', async () => {
    const file = queueFile();
    const first = broker(file);
    for (const n of [1, 2]) await first.publish('work', { n }, { key: `k${n}` });
    const seen: number[] = [];
    const sub = await first.consume<{ n: number }>(
      'work',
      async (m) => {
        seen.push(m.body.n);
        if (m.body.n === 2) throw new RetryLater('later', 60_000);
      },
      { prefetch: 10, maxAttempts: 5 },
    );
    await until(() => seen.length === 2, Boolean);
    await sub.stop();
    await first.publish('work', { n: 3 }, { key: 'k3' });
    await closed(first);

    const second = broker(file);
    expect(await second.depth('work')).toBe(2);
    const again: BrokerMessage<{ n: number }>[] = [];
    const sub2 = await second.consume<{ n: number }>('work', async (m) => void again.push(m), {
      prefetch: 10,
      maxAttempts: 5,
    });
    await until(() => again.length === 1, Boolean);
    await new Promise((r) => setTimeout(r, 100));
    await sub2.stop();
    expect(again.map((m) => [m.body.n, m.key, m.attempts])).toEqual([[3, 'k3', 0]]);
    // Message 2 waits for its retry, a minute away, with the attempt counted.
    expect(await second.depth('work')).toBe(1);
    expect(second.nextDueIn('work')).toBeGreaterThan(50_000);
  });

  it('gives the space of acknowledged messages back, and moves the few that linger', async () => {
    const file = queueFile();
    const b = broker(file, { segmentBytes: 4096 });
    await b.publish('slow', { stays: true });
    let handled = 0;
    const sub = await b.consume('work', async () => void handled++, { prefetch: 16, maxAttempts: 3 });
    for (let n = 0; n < 400; n++) await b.publish('work', { n, pad: 'x'.repeat(100) });
    await until(() => handled === 400, Boolean);
    await sub.stop();
    // A few more writes: space is reclaimed after a write.
    for (let n = 0; n < 3; n++) await b.publish('other', { n });
    expect(segments(file).length).toBeLessThanOrEqual(3);
    await closed(b);

    const after = broker(file, { segmentBytes: 4096 });
    const slow: unknown[] = [];
    const sub2 = await after.consume('slow', async (m) => void slow.push(m.body), { prefetch: 1, maxAttempts: 3 });
    await until(() => slow.length === 1, Boolean);
    await sub2.stop();
    expect(slow).toEqual([{ stays: true }]);
    expect(await after.depth('work')).toBe(0);
    expect(await after.depth('other')).toBe(3);
  });

  it('refuses a body that is not JSON, and what else was published stays readable', async () => {
    const file = queueFile();
    const b = broker(file);
    await expect(b.publish('work', undefined)).rejects.toThrow(/must be JSON/);
    await b.publish('work', { n: 1 });
    await closed(b);
    expect(await broker(file).depth('work')).toBe(1);
  });

  it('fails fast, instead of buffering without bound, past its limit', async () => {
    const b = broker(queueFile(), { maxQueuedBytes: 1000 });
    await b.publish('work', { pad: 'x'.repeat(1200) });
    await expect(b.publish('work', { more: true })).rejects.toBeInstanceOf(BrokerUnavailable);
  });

  it('replays a dead letter that `gb dlq` asked for while the gateway runs', async () => {
    const file = queueFile();
    const b = broker(file);
    let failing = true;
    const got: unknown[] = [];
    const sub = await b.consume(
      'work',
      async (m) => {
        if (failing) throw new PermanentFailure('blocked');
        got.push(m.body);
      },
      { prefetch: 1, maxAttempts: 3 },
    );
    await b.publish('work', { n: 1 }, { key: 'conv' });
    await until(
      async () => (await b.deadLetters(10)).length,
      (n) => n === 1,
    );
    failing = false;

    const cli = new EmbeddedDeadLetters(file);
    const [letter] = await cli.deadLetters(10);
    expect(letter).toMatchObject({ queue: 'work', key: 'conv', body: { n: 1 }, reason: 'blocked' });
    expect(await cli.replayDeadLetter(letter!.id)).toBe(true);
    expect(await cli.deadLetters(10)).toEqual([]);
    await cli.close();

    await until(() => got.length === 1, Boolean);
    await sub.stop();
    expect(got).toEqual([{ n: 1 }]);
    expect(await b.deadLetters(10)).toEqual([]);
  });

  it('takes over the queue of an earlier version, which kept it in queue.db', async () => {
    const file = queueFile();
    const legacy = new SQLite(file);
    legacy.exec(`
      create table broker_messages (seq integer primary key autoincrement, id text not null, queue text not null, key text,
        body text not null, attempts integer not null default 0, available_at integer not null, leased integer not null default 0);
      create table broker_dead_letters (id text primary key, queue text not null, key text, body text not null,
        reason text not null, attempts integer not null, failed_at integer not null);
    `);
    const insert = legacy.prepare(
      'insert into broker_messages (id, queue, key, body, attempts, available_at, leased) values (?, ?, ?, ?, ?, ?, ?)',
    );
    insert.run('m1', 'work', 'k', '{"n":1}', 0, 0, 1);
    insert.run('m2', 'work', 'k', '{"n":2}', 2, 0, 0);
    legacy
      .prepare('insert into broker_dead_letters values (?, ?, ?, ?, ?, ?, ?)')
      .run('d1', 'work', null, '{"dead":true}', 'gave up', 3, 1);
    legacy.close();

    const b = broker(file);
    const got: Array<[unknown, number]> = [];
    const sub = await b.consume('work', async (m) => void got.push([m.body, m.attempts]), {
      prefetch: 10,
      maxAttempts: 5,
    });
    await until(() => got.length === 2, Boolean);
    await sub.stop();
    expect(got).toEqual([
      [{ n: 1 }, 0],
      [{ n: 2 }, 2],
    ]);
    expect((await b.deadLetters(10)).map((d) => d.id)).toEqual(['d1']);
    await closed(b);

    // Moved once: a second start finds nothing more to take over.
    const check = new SQLite(file, { readonly: true });
    expect(check.prepare("select count(*) as n from sqlite_master where name = 'broker_messages'").get()).toEqual({
      n: 0,
    });
    check.close();
    const again = broker(file);
    expect(await again.depth('work')).toBe(0);
  });

  it('recovers by itself after journal writes fail (a full disk), losing nothing it had taken', async () => {
    const file = queueFile();
    let diskFull = false;
    const write = (fd: number, data: Buffer, offset: number, length: number) => {
      if (diskFull) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return writeSync(fd, data, offset, length);
    };
    const first = broker(file, { journalWrite: write });
    await first.publish('kept', { n: 0 });
    await first.publish('work', { n: 1 });
    // Taken and acknowledged while the disk is full: the acknowledgement waits to be written.
    let acked = 0;
    const sub = await first.consume(
      'work',
      async () => {
        diskFull = true;
        acked++;
      },
      { prefetch: 1, maxAttempts: 3 },
    );
    await until(
      () => acked,
      (n) => n >= 1,
    );
    await sub.stop();
    await expect(first.publish('work', { n: 2 })).rejects.toBeInstanceOf(BrokerUnavailable);
    expect((await first.health()).ok).toBe(false);
    diskFull = false;
    await first.publish('work', { n: 3 });
    expect((await first.health()).ok).toBe(true);
    await closed(first);
    // After a restart: the refused message is not there, the acknowledged one is not again.
    const second = broker(file);
    const seen: number[] = [];
    const again = await second.consume<{ n: number }>(
      'work',
      async (m) => {
        seen.push(m.body.n);
      },
      { prefetch: 10, maxAttempts: 3 },
    );
    const kept: number[] = [];
    const other = await second.consume<{ n: number }>(
      'kept',
      async (m) => {
        kept.push(m.body.n);
      },
      { prefetch: 10, maxAttempts: 3 },
    );
    await until(
      () => seen.length + kept.length,
      (n) => n >= 2,
    );
    await again.stop();
    await other.stop();
    expect(seen).toEqual([3]);
    expect(kept).toEqual([0]);
  });
});

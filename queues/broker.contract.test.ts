import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Deferred, PermanentFailure, RetryLater } from '../core/index.js';
import { silentLogger } from '../test-fixtures/logger.js';
import { deleteRabbitTopology, uniquePrefix } from '../test-fixtures/rabbit.js';
import { service } from '../test-fixtures/services.js';
import type { Broker, BrokerMessage } from './broker.js';
import { EmbeddedBroker } from './embedded.js';
import { RabbitBroker } from './rabbitmq.js';

interface BrokerFactory {
  name: string;
  available: () => Promise<boolean>;
  /** Opens a broker on the same durable storage each time it is called within one test. */
  open: (storage: string) => Promise<Broker>;
  storage: () => string;
  cleanup: (storage: string) => Promise<void>;
}

const rabbitUrl = await service('rabbitmq');
const SHARDS = 4;

const factories: BrokerFactory[] = [
  {
    name: 'embedded',
    available: async () => true,
    storage: () => join(mkdtempSync(join(tmpdir(), 'gb-broker-')), 'queue.db'),
    open: async (file) => new EmbeddedBroker(file, silentLogger),
    cleanup: async () => undefined,
  },
  {
    name: 'rabbitmq',
    available: async () => rabbitUrl !== undefined,
    storage: () => uniquePrefix('contract'),
    open: async (prefix) => {
      const broker = new RabbitBroker(
        { url: rabbitUrl!, prefix, inboundShards: SHARDS, publishTimeoutMs: 5_000 },
        silentLogger,
      );
      await broker.start();
      return broker;
    },
    cleanup: async (prefix) => deleteRabbitTopology(rabbitUrl!, prefix, ['work'], SHARDS),
  },
];

function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (condition()) resolve();
      else if (Date.now() - started > timeoutMs) reject(new Error('condition not met in time'));
      else setTimeout(check, 10);
    };
    check();
  });
}

describe.each(factories)('broker contract: $name', (factory) => {
  const opened: Array<{ broker: Broker; storage: string }> = [];
  async function fresh(storage = factory.storage()): Promise<{ broker: Broker; storage: string }> {
    const entry = { broker: await factory.open(storage), storage };
    opened.push(entry);
    return entry;
  }

  afterAll(async () => {
    for (const { broker } of opened) await broker.close();
    for (const storage of new Set(opened.map((o) => o.storage))) await factory.cleanup(storage);
  });

  it.skipIf(!(factory.name === 'embedded' || rabbitUrl))(
    'delivers what was published and acknowledges it',
    async () => {
      const { broker } = await fresh();
      const got: BrokerMessage[] = [];
      await broker.publish('work', { n: 1 }, { key: 'a' });
      const sub = await broker.consume('work', async (m) => void got.push(m), { prefetch: 10, maxAttempts: 3 });
      await waitFor(() => got.length === 1);
      await sub.stop();
      expect(got[0]!.body).toEqual({ n: 1 });
      expect(got[0]!.key).toBe('a');
      expect(got[0]!.attempts).toBe(0);
      expect(await broker.depth('work')).toBe(0);
    },
  );

  it.skipIf(!(factory.name === 'embedded' || rabbitUrl))(
    'carries a key of any length a conversation may have',
    async () => {
      const { broker } = await fresh();
      const keys = ['short', `instance:web:${'é'.repeat(300)}`];
      for (const key of keys) await broker.publish('work', { key }, { key });
      const got: BrokerMessage[] = [];
      const sub = await broker.consume('work', async (m) => void got.push(m), { prefetch: 10, maxAttempts: 3 });
      await waitFor(() => got.length === 2);
      await sub.stop();
      expect(got.map((m) => m.key).sort()).toEqual([...keys].sort());
    },
  );

  it.skipIf(!(factory.name === 'embedded' || rabbitUrl))(
    'keeps what was published and not acknowledged when it is opened again',
    async () => {
      const first = await fresh();
      await first.broker.publish('work', { n: 1 }, { key: 'a' });
      await first.broker.publish('work', { n: 2 }, { key: 'a', delayMs: 500 });
      await first.broker.close();
      const { broker } = await fresh(first.storage);
      const got: BrokerMessage[] = [];
      const sub = await broker.consume('work', async (m) => void got.push(m), { prefetch: 10, maxAttempts: 3 });
      await waitFor(() => got.length === 2);
      await sub.stop();
      expect(got.map((m) => [m.body, m.key])).toEqual([
        [{ n: 1 }, 'a'],
        [{ n: 2 }, 'a'],
      ]);
    },
  );

  it.skipIf(!(factory.name === 'embedded' || rabbitUrl))(
    'keeps each key in order while handling keys concurrently',
    async () => {
      const { broker } = await fresh();
      const keys = ['k1', 'k2', 'k3', 'k4', 'k5'];
      for (let i = 0; i < 100; i++) await broker.publish('inbound', { i }, { key: keys[i % keys.length]! });
      const seen = new Map<string, number[]>();
      let active = 0;
      let maxActive = 0;
      const sub = await broker.consume<{ i: number }>(
        'inbound',
        async (m) => {
          active++;
          maxActive = Math.max(maxActive, active);
          await new Promise((r) => setTimeout(r, Math.random() * 5));
          seen.set(m.key!, [...(seen.get(m.key!) ?? []), m.body.i]);
          active--;
        },
        { prefetch: 32, maxAttempts: 3 },
      );
      await waitFor(() => [...seen.values()].reduce((n, list) => n + list.length, 0) === 100);
      await sub.stop();
      for (const key of keys) {
        const list = seen.get(key)!;
        expect(list).toEqual([...list].sort((a, b) => a - b));
        expect(list).toHaveLength(20);
      }
      expect(maxActive).toBeGreaterThan(1);
    },
  );

  it.skipIf(!(factory.name === 'embedded' || rabbitUrl))('never delivers a delayed message early', async () => {
    const { broker } = await fresh();
    const publishedAt = Date.now();
    await broker.publish('work', { late: true }, { delayMs: 700 });
    let deliveredAt = 0;
    const sub = await broker.consume(
      'work',
      async () => {
        deliveredAt = Date.now();
      },
      { prefetch: 1, maxAttempts: 3 },
    );
    await waitFor(() => deliveredAt > 0);
    await sub.stop();
    expect(deliveredAt - publishedAt).toBeGreaterThanOrEqual(700);
  });

  it.skipIf(!(factory.name === 'embedded' || rabbitUrl))('retries after RetryLater, counting attempts', async () => {
    const { broker } = await fresh();
    const attempts: number[] = [];
    await broker.publish('work', { retry: true });
    const sub = await broker.consume(
      'work',
      async (m) => {
        attempts.push(m.attempts);
        if (m.attempts === 0) throw new RetryLater('not yet', 50);
      },
      { prefetch: 1, maxAttempts: 3 },
    );
    await waitFor(() => attempts.length === 2);
    await sub.stop();
    expect(attempts).toEqual([0, 1]);
  });

  it.skipIf(!(factory.name === 'embedded' || rabbitUrl))(
    'dead-letters with the reason, then replays and drops',
    async () => {
      const { broker } = await fresh();
      let deliveries = 0;
      let failing = true;
      await broker.publish('work', { doomed: 1 }, { key: 'conv-1' });
      const sub = await broker.consume(
        'work',
        async () => {
          deliveries++;
          if (failing) throw new PermanentFailure('recipient is blocked');
        },
        { prefetch: 1, maxAttempts: 5 },
      );
      let letters = await broker.deadLetters(10);
      await waitFor(() => deliveries === 1);
      for (let i = 0; i < 100 && letters.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 50));
        letters = await broker.deadLetters(10);
      }
      expect(letters).toHaveLength(1);
      expect(letters[0]).toMatchObject({
        queue: 'work',
        key: 'conv-1',
        body: { doomed: 1 },
        reason: 'recipient is blocked',
        attempts: 1,
      });
      failing = false;
      expect(await broker.replayDeadLetter(letters[0]!.id)).toBe(true);
      await waitFor(() => deliveries === 2);
      expect(await broker.deadLetters(10)).toHaveLength(0);
      expect(await broker.replayDeadLetter('no-such-id')).toBe(false);
      await sub.stop();

      await broker.publish('work', { doomed: 2 });
      failing = true;
      const sub2 = await broker.consume(
        'work',
        async () => {
          throw new PermanentFailure('still blocked');
        },
        { prefetch: 1, maxAttempts: 5 },
      );
      for (let i = 0; i < 100 && (await broker.deadLetters(10)).length === 0; i++)
        await new Promise((r) => setTimeout(r, 50));
      await sub2.stop();
      const [second] = await broker.deadLetters(10);
      expect(await broker.dropDeadLetter(second!.id)).toBe(true);
      expect(await broker.deadLetters(10)).toHaveLength(0);
    },
  );

  it.skipIf(!(factory.name === 'embedded' || rabbitUrl))(
    'does not count a deferral (waiting for a rate slot) as an attempt',
    async () => {
      const { broker } = await fresh();
      const seen: number[] = [];
      await broker.publish('work', { patient: true });
      const sub = await broker.consume(
        'work',
        async (m) => {
          seen.push(m.attempts);
          if (seen.length <= 3) throw new Deferred('slot not free yet', 20);
        },
        { prefetch: 1, maxAttempts: 2 },
      );
      await waitFor(() => seen.length === 4);
      await sub.stop();
      expect(seen).toEqual([0, 0, 0, 0]);
      expect(await broker.deadLetters(10)).toEqual([]);
    },
  );

  it.skipIf(!(factory.name === 'embedded' || rabbitUrl))('gives up after the last attempt, never looping', async () => {
    const { broker } = await fresh();
    let deliveries = 0;
    await broker.publish('work', { flaky: true });
    const sub = await broker.consume(
      'work',
      async () => {
        deliveries++;
        throw new RetryLater('upstream 503', 10);
      },
      { prefetch: 1, maxAttempts: 3 },
    );
    for (let i = 0; i < 200 && (await broker.deadLetters(10)).length === 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    await sub.stop();
    const letters = await broker.deadLetters(10);
    expect(deliveries).toBe(3);
    expect(letters[0]!.reason).toMatch(/gave up after 3 attempts: upstream 503/);
  });
});

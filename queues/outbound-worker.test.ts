import { TEST_KEYS } from '../test-fixtures/keys.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Deferred,
  OutcomeUnknown,
  newId,
  type ChannelAdapter,
  type OutboundMessage,
  type SendResult,
} from '../core/index.js';
import { Store } from '../store/index.js';
import { silentLogger } from '../test-fixtures/logger.js';
import { OutboundWorker } from './outbound-worker.js';
import { InMemoryRateLimiter } from './rate-limiter.js';

class RecordingAdapter implements ChannelAdapter {
  readonly channel = 'whatsapp' as const;
  readonly account = 'whatsapp:test';
  readonly limits = { account: { perSecond: 1000, burst: 1000 }, recipient: () => ({ perSecond: 1, burst: 1 }) };
  readonly sent: OutboundMessage[] = [];
  constructor(readonly idempotentSends: boolean) {}
  verify() {
    return { ok: true as const };
  }
  parse() {
    return [];
  }
  async send(message: OutboundMessage): Promise<SendResult> {
    this.sent.push(message);
    return { providerMessageId: `p-${this.sent.length}`, state: 'sent' };
  }
}

describe('outbound worker', () => {
  let store: Store;
  let instanceId: string;
  beforeAll(async () => {
    store = await Store.open(
      { kind: 'sqlite', file: join(mkdtempSync(join(tmpdir(), 'gb-worker-')), 'gateway.db') },
      { keys: TEST_KEYS },
    );
    instanceId = (await store.instances.upsert({ name: 'w', title: 'W', settings: [] })).id;
  });
  afterAll(async () => store.close());

  const worker = (adapter: ChannelAdapter) =>
    new OutboundWorker({
      deliveries: store.messages,
      limiter: new InMemoryRateLimiter(),
      adapterFor: async () => adapter,
      maxAttempts: 5,
      sendTimeoutMs: 1_000,
      maxInlineWaitMs: 100,
      logger: silentLogger,
    });
  const message = (to = '5511999990000'): OutboundMessage => ({
    kind: 'text',
    id: newId(),
    instanceId,
    channel: 'whatsapp',
    conversationKey: to,
    to: { id: to },
    idempotencyKey: newId(),
    createdAt: Date.now(),
    text: 'hi',
  });
  const delivery = (body: OutboundMessage, attempts = 0) => ({
    id: body.id,
    queue: 'outbound.whatsapp',
    key: undefined,
    body,
    attempts,
  });

  it('sends once, and acknowledges a redelivery without sending again', async () => {
    const adapter = new RecordingAdapter(false);
    const m = message();
    await worker(adapter).handle(delivery(m));
    await worker(adapter).handle(delivery(m, 1));
    expect(adapter.sent).toHaveLength(1);
    expect((await store.messages.findById(m.id))?.status).toBe('sent');
  });

  it('does not resend a message interrupted mid-send on a channel whose sends are not idempotent', async () => {
    const adapter = new RecordingAdapter(false);
    const m = message();
    await store.messages.claimOutbound(m);
    await store.messages.transition(m.idempotencyKey, ['queued'], 'sending');
    await expect(worker(adapter).handle(delivery(m))).rejects.toBeInstanceOf(OutcomeUnknown);
    expect(adapter.sent).toHaveLength(0);
    expect((await store.messages.findById(m.id))?.status).toBe('unknown');
  });

  it('sends again a message interrupted mid-send on a channel whose sends are idempotent', async () => {
    const adapter = new RecordingAdapter(true);
    const m = message();
    await store.messages.claimOutbound(m);
    await store.messages.transition(m.idempotencyKey, ['queued'], 'sending');
    await worker(adapter).handle(delivery(m));
    expect(adapter.sent).toHaveLength(1);
    expect((await store.messages.findById(m.id))?.status).toBe('sent');
  });

  it("hands a message back to the broker when the recipient's next slot is far away", async () => {
    const adapter = new RecordingAdapter(false);
    const w = worker(adapter);
    await w.handle(delivery(message('5511888880000')));
    const second = message('5511888880000');
    const err = await w.handle(delivery(second)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Deferred);
    expect((err as Deferred).delayMs).toBeGreaterThan(900);
    expect((await store.messages.findById(second.id))?.status).toBe('queued');
  });

  it('waits, without spending an attempt, while the rate limiter is unreachable', async () => {
    const adapter = new RecordingAdapter(false);
    const unreachable = {
      reserve: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:6379');
      },
      pause: async () => undefined,
      close: async () => undefined,
    };
    const waiting = new OutboundWorker({
      deliveries: store.messages,
      limiter: unreachable,
      adapterFor: async () => adapter,
      maxAttempts: 1,
      sendTimeoutMs: 1_000,
      maxInlineWaitMs: 100,
      logger: silentLogger,
    });
    const failure = await waiting
      .handle({ id: newId(), queue: 'outbound.whatsapp', key: undefined, body: message(), attempts: 0 })
      .catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(Deferred);
    expect(adapter.sent).toEqual([]);
  });
});

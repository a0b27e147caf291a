import amqp, { type Channel, type ChannelModel, type ConfirmChannel, type ConsumeMessage, type Message } from 'amqplib';
import { BrokerUnavailable, errorMessage, newId, shardOf, type Logger } from '../core/index.js';
import type {
  Broker,
  BrokerHealth,
  BrokerMessage,
  ConsumeOptions,
  DeadLetter,
  MessageHandler,
  PublishOptions,
  Subscription,
} from './broker.js';
import { KeyedDispatcher } from './keyed-dispatcher.js';
import { outcomeOf, type Outcome } from './outcome.js';

export interface RabbitOptions {
  url: string;
  prefix: string;
  inboundShards: number;
  publishTimeoutMs: number;
  /** Unconfirmed publishes allowed at once; past that, publishing fails fast. */
  maxUnconfirmed?: number;
}

/**
 * A message's ordering key travels in the `correlation_id` property and its attempts, after the
 * first delivery, in a header. A header table costs far more to encode and decode than a
 * property (in amqplib, about a quarter of what a publish and its delivery cost), so the first
 * delivery, nearly every message, carries none. A key too long for a property (255 bytes) goes in
 * the `x-gb-key` header, which is also read for messages published by earlier versions.
 */
const MAX_PROPERTY_BYTES = 255;
const HEADER_KEY = 'x-gb-key';
const HEADER_ATTEMPTS = 'x-gb-attempts';
const HEADER_QUEUE = 'x-gb-queue';
const HEADER_REASON = 'x-gb-reason';
const HEADER_FAILED_AT = 'x-gb-failed-at';

/** Delay queues, in seconds. A retry waits in the shortest one that is at least its delay. */
const DELAY_LEVELS_S = [1, 2, 3, 5, 8, 13, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900, 1800, 3600];

/** Scans for a dead letter by id, and the wait between them (see #removeDeadLetter). */
const DEAD_LETTER_SCANS = 3;
const DEAD_LETTER_RESCAN_MS = 200;

const RECONNECT_MIN_MS = 200;
const RECONNECT_MAX_MS = 5_000;

/**
 * The broker on RabbitMQ: durable quorum queues, confirms on every publish, inbound sharded by
 * key with one active consumer per shard, delayed retries through TTL queues, a dead-letter queue
 * that keeps the reason. Reconnects by itself; while away, publishing fails fast.
 */
export class RabbitBroker implements Broker {
  readonly kind = 'rabbitmq' as const;
  #connection: ChannelModel | undefined;
  /**
   * Consumers have a connection of their own: on a shared one, confirms for the webhooks waiting
   * on a publish would queue in the same socket behind a prefetch's worth of deliveries.
   */
  #consuming: ChannelModel | undefined;
  #publisher: ConfirmChannel | undefined;
  #declared = new Set<string>();
  #subscriptions = new Set<RabbitSubscription>();
  #unconfirmed = 0;
  #closing = false;
  #reconnectDelay = RECONNECT_MIN_MS;
  #reconnectTimer: NodeJS.Timeout | undefined;
  #connecting: Promise<void> | undefined;

  constructor(
    private readonly options: RabbitOptions,
    private readonly logger: Logger,
  ) {}

  /** Connects once; throws when RabbitMQ cannot be reached, so a misconfigured start fails clearly. */
  async start(): Promise<void> {
    await this.#connect();
  }

  get connected(): boolean {
    return this.#publisher !== undefined;
  }

  physicalQueues(queue: string): string[] {
    if (queue === 'inbound')
      return Array.from({ length: this.options.inboundShards }, (_, i) => `${this.options.prefix}.inbound.${i}`);
    return [`${this.options.prefix}.${queue}`];
  }

  async publish(queue: string, body: unknown, options: PublishOptions = {}): Promise<void> {
    const target = this.#route(queue, options.key, options.id);
    const headers = options.attempts ? { [HEADER_ATTEMPTS]: options.attempts } : undefined;
    const content = Buffer.from(JSON.stringify(body));
    const delayMs = options.delayMs ?? 0;
    const exchange = delayMs > 0 ? await this.#delayLevel(delayMs) : '';
    await this.#confirmedPublish(exchange, target, content, options.id ?? newId(), options.key, headers);
  }

  async consume<T>(queue: string, handler: MessageHandler<T>, options: ConsumeOptions): Promise<Subscription> {
    const subscription = new RabbitSubscription(this, queue, handler as MessageHandler, options, this.logger);
    this.#subscriptions.add(subscription);
    if (this.#consuming) await subscription.attach(this.#consuming);
    return {
      stop: async () => {
        this.#subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  async depth(queue: string): Promise<number> {
    let total = 0;
    for (const name of this.physicalQueues(queue)) {
      total += await this.#withScratchChannel(async (ch) => {
        try {
          return (await ch.checkQueue(name)).messageCount;
        } catch {
          // checkQueue fails for a queue that was never declared: it holds nothing.
          return 0;
        }
      });
    }
    return total;
  }

  async deadLetters(limit: number): Promise<DeadLetter[]> {
    const found: DeadLetter[] = [];
    await this.#scanDeadLetters(async (letter) => {
      found.push(letter);
      return found.length < limit ? 'keep' : 'stop';
    });
    return found;
  }

  async replayDeadLetter(id: string): Promise<boolean> {
    return this.#removeDeadLetter(id, (letter) =>
      this.publish(letter.queue, letter.body, {
        id: letter.id,
        ...(letter.key !== undefined ? { key: letter.key } : {}),
      }),
    );
  }

  async dropDeadLetter(id: string): Promise<boolean> {
    return this.#removeDeadLetter(id, async () => undefined);
  }

  async health(): Promise<BrokerHealth> {
    const started = performance.now();
    if (!this.#connection || !this.#publisher) return { ok: false, latencyMs: 0, detail: 'disconnected; reconnecting' };
    try {
      await this.#withScratchChannel((ch) => ch.checkQueue(`${this.options.prefix}.dlq`));
      return { ok: true, latencyMs: performance.now() - started };
    } catch (err) {
      return { ok: false, latencyMs: performance.now() - started, detail: errorMessage(err) };
    }
  }

  async close(): Promise<void> {
    this.#closing = true;
    clearTimeout(this.#reconnectTimer);
    await Promise.all([...this.#subscriptions].map((s) => s.stop()));
    this.#subscriptions.clear();
    const connections = [this.#connection, this.#consuming];
    this.#connection = undefined;
    this.#consuming = undefined;
    this.#publisher = undefined;
    for (const connection of connections) {
      try {
        await connection?.close();
      } catch (err) {
        this.logger.debug({ err: errorMessage(err) }, 'RabbitMQ connection was already closed');
      }
    }
  }

  /** Publishes a dead letter for `message`, keeping the reason, then the caller acks the original. */
  async publishDeadLetter(message: BrokerMessage, content: Buffer, reason: string): Promise<void> {
    await this.#confirmedPublish('', `${this.options.prefix}.dlq`, content, message.id, message.key, {
      [HEADER_QUEUE]: message.queue,
      [HEADER_REASON]: reason.slice(0, 2_000),
      [HEADER_ATTEMPTS]: message.attempts + 1,
      [HEADER_FAILED_AT]: Date.now(),
    });
  }

  async republishForRetry(
    message: BrokerMessage,
    content: Buffer,
    delayMs: number,
    countAttempt: boolean,
  ): Promise<void> {
    const target = this.#route(message.queue, message.key, message.id);
    const attempts = message.attempts + (countAttempt ? 1 : 0);
    await this.#confirmedPublish(
      await this.#delayLevel(delayMs),
      target,
      content,
      message.id,
      message.key,
      attempts ? { [HEADER_ATTEMPTS]: attempts } : undefined,
    );
  }

  async declareQueue(channel: Channel, name: string, extra: Record<string, unknown> = {}): Promise<void> {
    await channel.assertQueue(name, { durable: true, arguments: { 'x-queue-type': 'quorum', ...extra } });
  }

  #route(queue: string, key: string | undefined, id: string | undefined): string {
    if (queue !== 'inbound') return `${this.options.prefix}.${queue}`;
    return `${this.options.prefix}.inbound.${shardOf(key ?? id ?? newId(), this.options.inboundShards)}`;
  }

  async #confirmedPublish(
    exchange: string,
    routingKey: string,
    content: Buffer,
    messageId: string,
    key: string | undefined,
    headers: Record<string, string | number> | undefined,
  ): Promise<void> {
    const channel = this.#publisher;
    if (!channel) throw new BrokerUnavailable('RabbitMQ is not connected');
    if (this.#unconfirmed >= (this.options.maxUnconfirmed ?? 10_000))
      throw new BrokerUnavailable('RabbitMQ is not confirming publishes fast enough');
    if (exchange === '') await this.#ensureQueue(routingKey);
    this.#unconfirmed++;
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new BrokerUnavailable(`RabbitMQ did not confirm within ${this.options.publishTimeoutMs} ms`)),
          this.options.publishTimeoutMs,
        );
        try {
          const properties = {
            persistent: true,
            messageId,
            contentType: 'application/json',
            ...keyProperties(key, headers),
          };
          channel.publish(exchange, routingKey, content, properties, (err) => {
            clearTimeout(timer);
            if (err) reject(new BrokerUnavailable('RabbitMQ refused the message', { cause: err }));
            else resolve();
          });
        } catch (err) {
          clearTimeout(timer);
          reject(new BrokerUnavailable('RabbitMQ channel is closed', { cause: err }));
        }
      });
    } finally {
      this.#unconfirmed--;
    }
  }

  async #ensureQueue(name: string): Promise<void> {
    if (this.#declared.has(name)) return;
    const channel = this.#publisher;
    if (!channel) throw new BrokerUnavailable('RabbitMQ is not connected');
    const inboundShard = name.startsWith(`${this.options.prefix}.inbound.`);
    await this.declareQueue(channel, name, inboundShard ? { 'x-single-active-consumer': true } : {});
    this.#declared.add(name);
  }

  async #delayLevel(delayMs: number): Promise<string> {
    const seconds =
      DELAY_LEVELS_S.find((level) => level * 1000 >= delayMs) ?? DELAY_LEVELS_S[DELAY_LEVELS_S.length - 1]!;
    const name = `${this.options.prefix}.delay.${seconds}s`;
    if (!this.#declared.has(name)) {
      const channel = this.#publisher;
      if (!channel) throw new BrokerUnavailable('RabbitMQ is not connected');
      await channel.assertExchange(name, 'fanout', { durable: true });
      // Expired messages go back through the default exchange with their original routing key.
      await this.declareQueue(channel, name, {
        'x-message-ttl': seconds * 1000,
        'x-dead-letter-exchange': '',
        'x-dead-letter-strategy': 'at-least-once',
        'x-overflow': 'reject-publish',
      });
      await channel.bindQueue(name, name, '');
      this.#declared.add(name);
    }
    return name;
  }

  async #withScratchChannel<T>(work: (channel: Channel) => Promise<T>): Promise<T> {
    const connection = this.#connection;
    if (!connection) throw new BrokerUnavailable('RabbitMQ is not connected');
    const channel = await connection.createChannel();
    channel.on('error', (err: Error) =>
      this.logger.debug({ err: errorMessage(err) }, 'RabbitMQ scratch channel error'),
    );
    try {
      return await work(channel);
    } finally {
      await channel
        .close()
        .catch((err: unknown) =>
          this.logger.debug({ err: errorMessage(err) }, 'RabbitMQ scratch channel was already closed'),
        );
    }
  }

  /**
   * Finds a dead letter by id and removes it once `act` is done. The letters a scan looked at go
   * back to the queue as RabbitMQ applies their requeue, a moment after the scan (a listing just
   * before this, or another operator's), so one not found is looked for again before the answer
   * is no.
   */
  async #removeDeadLetter(id: string, act: (letter: DeadLetter) => Promise<void>): Promise<boolean> {
    for (let scan = 0; scan < DEAD_LETTER_SCANS; scan++) {
      if (scan > 0) await new Promise((r) => setTimeout(r, DEAD_LETTER_RESCAN_MS));
      let found = false;
      await this.#scanDeadLetters(async (letter) => {
        if (letter.id !== id) return 'keep';
        await act(letter);
        found = true;
        return 'remove';
      });
      if (found) return true;
    }
    return false;
  }

  async #scanDeadLetters(visit: (letter: DeadLetter) => Promise<'keep' | 'remove' | 'stop'>): Promise<void> {
    const connection = this.#connection;
    if (!connection) throw new BrokerUnavailable('RabbitMQ is not connected');
    const dlq = `${this.options.prefix}.dlq`;
    const channel = await connection.createChannel();
    try {
      await this.declareQueue(channel, dlq);
      // The letters looked at stay unacknowledged until the end, so no get returns one twice.
      const held: Message[] = [];
      for (;;) {
        const message = await channel.get(dlq, { noAck: false });
        if (message === false) break;
        const letter = toDeadLetter(message);
        const verdict = await visit(letter);
        if (verdict === 'remove') channel.ack(message);
        else held.push(message);
        if (verdict === 'stop') break;
      }
      for (const message of held) channel.nack(message, false, true);
    } finally {
      await channel.close();
    }
  }

  async #connect(): Promise<void> {
    if (this.#connecting) return this.#connecting;
    this.#connecting = (async () => {
      const connection = await amqp.connect(withHeartbeat(this.options.url));
      connection.on('error', (err: Error) => this.logger.warn({ err: errorMessage(err) }, 'RabbitMQ connection error'));
      connection.on('close', () => this.#onDisconnect(connection));
      connection.on('blocked', (reason: string) => this.logger.warn({ reason }, 'RabbitMQ blocked publishing'));
      let consuming: ChannelModel;
      try {
        consuming = await amqp.connect(withHeartbeat(this.options.url));
      } catch (err) {
        await connection.close().catch(() => undefined);
        throw err;
      }
      consuming.on('error', (err: Error) =>
        this.logger.warn({ err: errorMessage(err) }, 'RabbitMQ consumer connection error'),
      );
      // Either connection lost means both are rebuilt together.
      consuming.on('close', () => {
        if (this.#consuming === consuming) void connection.close().catch(() => undefined);
      });
      const publisher = await connection.createConfirmChannel();
      publisher.on('error', (err: Error) =>
        this.logger.warn({ err: errorMessage(err) }, 'RabbitMQ publish channel error'),
      );
      publisher.on('close', () => {
        if (this.#publisher === publisher) this.#publisher = undefined;
        if (!this.#closing && this.#connection === connection) void connection.close().catch(() => undefined);
      });
      this.#declared = new Set();
      this.#connection = connection;
      this.#consuming = consuming;
      await this.declareQueue(publisher, `${this.options.prefix}.dlq`);
      for (const name of this.physicalQueues('inbound')) await this.#ensureQueueOn(publisher, name);
      this.#publisher = publisher;
      this.#reconnectDelay = RECONNECT_MIN_MS;
      for (const subscription of this.#subscriptions) await subscription.attach(consuming);
      this.logger.info({ prefix: this.options.prefix }, 'connected to RabbitMQ');
    })().finally(() => {
      this.#connecting = undefined;
    });
    return this.#connecting;
  }

  async #ensureQueueOn(channel: ConfirmChannel, name: string): Promise<void> {
    await this.declareQueue(channel, name, { 'x-single-active-consumer': true });
    this.#declared.add(name);
  }

  #onDisconnect(connection: ChannelModel): void {
    if (this.#connection !== connection) return;
    this.#connection = undefined;
    const consuming = this.#consuming;
    this.#consuming = undefined;
    void consuming?.close().catch(() => undefined);
    this.#publisher = undefined;
    for (const subscription of this.#subscriptions) subscription.detach();
    if (this.#closing) return;
    this.logger.warn({ retryInMs: this.#reconnectDelay }, 'lost RabbitMQ; reconnecting');
    this.#scheduleReconnect();
  }

  #scheduleReconnect(): void {
    clearTimeout(this.#reconnectTimer);
    this.#reconnectTimer = setTimeout(() => {
      this.#connect().catch((err: unknown) => {
        this.#reconnectDelay = Math.min(RECONNECT_MAX_MS, this.#reconnectDelay * 2);
        this.logger.warn({ err: errorMessage(err), retryInMs: this.#reconnectDelay }, 'RabbitMQ reconnect failed');
        if (!this.#closing) this.#scheduleReconnect();
      });
    }, this.#reconnectDelay);
  }
}

class RabbitSubscription {
  readonly #dispatcher = new KeyedDispatcher();
  #channel: Channel | undefined;
  #consumerTags: string[] = [];
  #stopped = false;

  constructor(
    private readonly broker: RabbitBroker,
    private readonly queue: string,
    private readonly handler: MessageHandler,
    private readonly options: ConsumeOptions,
    private readonly logger: Logger,
  ) {}

  async attach(connection: ChannelModel): Promise<void> {
    if (this.#stopped) return;
    const channel = await connection.createChannel();
    channel.on('error', (err: Error) =>
      this.logger.warn({ err: errorMessage(err), queue: this.queue }, 'RabbitMQ consumer channel error'),
    );
    const queues = this.broker.physicalQueues(this.queue);
    // Quorum queues take per-consumer prefetch only; spread the budget over the shards.
    await channel.prefetch(Math.max(1, Math.ceil(this.options.prefetch / queues.length)));
    this.#channel = channel;
    this.#consumerTags = [];
    for (const name of queues) {
      await this.broker.declareQueue(
        channel,
        name,
        this.queue === 'inbound' ? { 'x-single-active-consumer': true } : {},
      );
      const { consumerTag } = await channel.consume(name, (raw) => {
        if (raw) this.#deliver(channel, raw);
      });
      this.#consumerTags.push(consumerTag);
    }
  }

  /** The connection is gone: unacknowledged messages will come back by themselves. */
  detach(): void {
    this.#channel = undefined;
    this.#consumerTags = [];
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    const channel = this.#channel;
    if (channel) {
      for (const tag of this.#consumerTags)
        await channel
          .cancel(tag)
          .catch((err: unknown) => this.logger.debug({ err: errorMessage(err) }, 'cancel after the channel closed'));
    }
    await this.#dispatcher.idle();
    if (channel)
      await channel
        .close()
        .catch((err: unknown) => this.logger.debug({ err: errorMessage(err) }, 'consumer channel was already closed'));
    this.#channel = undefined;
  }

  #deliver(channel: Channel, raw: ConsumeMessage): void {
    const headers = raw.properties.headers ?? {};
    let body: unknown;
    try {
      body = JSON.parse(raw.content.toString('utf8'));
    } catch (err) {
      const message: BrokerMessage = {
        id: String(raw.properties.messageId ?? newId()),
        queue: this.queue,
        key: undefined,
        body: null,
        attempts: 0,
      };
      void this.#settle(channel, raw, message, { action: 'dead', reason: `not JSON: ${errorMessage(err)}` });
      return;
    }
    const key = keyOf(raw);
    const message: BrokerMessage = {
      id: String(raw.properties.messageId ?? newId()),
      queue: this.queue,
      key,
      body,
      attempts: Number(headers[HEADER_ATTEMPTS] ?? 0) || 0,
    };
    void this.#dispatcher.run(key, async () => {
      let outcome: Outcome;
      try {
        await this.handler(message);
        outcome = { action: 'ack' };
      } catch (err) {
        outcome = outcomeOf(err, message.attempts, this.options.maxAttempts);
        this.logger.warn(
          {
            queue: this.queue,
            messageId: message.id,
            attempt: message.attempts + 1,
            outcome: outcome.action,
            err: errorMessage(err),
          },
          'message handling failed',
        );
      }
      await this.#settle(channel, raw, message, outcome);
    });
  }

  async #settle(channel: Channel, raw: ConsumeMessage, message: BrokerMessage, outcome: Outcome): Promise<void> {
    try {
      if (outcome.action === 'retry')
        await this.broker.republishForRetry(message, raw.content, outcome.delayMs, outcome.countAttempt);
      if (outcome.action === 'dead') await this.broker.publishDeadLetter(message, raw.content, outcome.reason);
      channel.ack(raw);
    } catch (err) {
      // The channel or the broker went away: the message was not acked and will be redelivered.
      this.logger.warn(
        { queue: this.queue, messageId: message.id, err: errorMessage(err) },
        'could not settle a message; RabbitMQ will redeliver it',
      );
      try {
        if (this.#channel === channel) channel.nack(raw, false, true);
      } catch (nackErr) {
        this.logger.debug({ err: errorMessage(nackErr) }, 'nack after the channel closed');
      }
    }
  }
}

function toDeadLetter(message: Message): DeadLetter {
  const headers = message.properties.headers ?? {};
  let body: unknown = message.content.toString('utf8');
  try {
    body = JSON.parse(body as string);
  } catch {
    // A dead letter that is not JSON is shown as its text.
  }
  return {
    id: String(message.properties.messageId ?? ''),
    queue: String(headers[HEADER_QUEUE] ?? ''),
    key: keyOf(message),
    body,
    reason: String(headers[HEADER_REASON] ?? ''),
    attempts: Number(headers[HEADER_ATTEMPTS] ?? 0),
    failedAt: Number(headers[HEADER_FAILED_AT] ?? 0),
  };
}

function keyProperties(
  key: string | undefined,
  headers: Record<string, string | number> | undefined,
): { correlationId?: string; headers?: Record<string, string | number> } {
  if (key === undefined) return headers ? { headers } : {};
  if (key.length <= MAX_PROPERTY_BYTES / 3 || Buffer.byteLength(key) <= MAX_PROPERTY_BYTES)
    return { correlationId: key, ...(headers ? { headers } : {}) };
  return { headers: { ...headers, [HEADER_KEY]: key } };
}

function keyOf(message: Message): string | undefined {
  const key: unknown = message.properties.correlationId ?? message.properties.headers?.[HEADER_KEY];
  return typeof key === 'string' ? key : undefined;
}

/** A dead peer is noticed within seconds, not after the TCP timeout. */
function withHeartbeat(url: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('heartbeat')) parsed.searchParams.set('heartbeat', '10');
  return parsed.toString();
}

import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import { errorMessage, type Logger } from '../core/index.js';

/**
 * Tells whoever holds a live connection (a web chat WebSocket) that a topic has news. In one
 * process an event emitter does; across nodes, Redis pub/sub carries the signal.
 */
export interface LiveFeed {
  notify(topic: string): void;
  subscribe(topic: string, listener: () => void): () => void;
  /** Round trip to the feed's backend in milliseconds; throws when it is unreachable. */
  ping(): Promise<number>;
  close(): Promise<void>;
}

export class InProcessLiveFeed implements LiveFeed {
  readonly #events = new EventEmitter();

  constructor() {
    this.#events.setMaxListeners(0);
  }

  notify(topic: string): void {
    this.#events.emit(topic);
  }

  subscribe(topic: string, listener: () => void): () => void {
    this.#events.on(topic, listener);
    return () => this.#events.off(topic, listener);
  }

  async ping(): Promise<number> {
    return 0;
  }

  async close(): Promise<void> {
    this.#events.removeAllListeners();
  }
}

const CHANNEL = 'gb:live';

export class RedisLiveFeed implements LiveFeed {
  readonly #local = new InProcessLiveFeed();
  /** Marks this process's signals, so it does not notify its own listeners a second time. */
  readonly #origin = randomUUID();
  readonly #publisher: Redis;
  readonly #subscriber: Redis;

  constructor(
    url: string,
    private readonly logger: Logger,
  ) {
    const options = { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false } as const;
    this.#publisher = new Redis(url, options);
    this.#subscriber = new Redis(url, { ...options, enableOfflineQueue: true });
    for (const client of [this.#publisher, this.#subscriber]) {
      client.on('error', (err: Error) => this.logger.warn({ err: errorMessage(err) }, 'Redis live feed error'));
    }
    this.#subscriber.on('message', (_channel: string, signal: string) => {
      const [origin, topic] = [signal.slice(0, 36), signal.slice(37)];
      if (origin !== this.#origin) this.#local.notify(topic);
    });
    void this.#subscriber
      .subscribe(CHANNEL)
      .catch((err: unknown) => this.logger.warn({ err: errorMessage(err) }, 'Redis live feed could not subscribe'));
  }

  notify(topic: string): void {
    this.#local.notify(topic);
    // Other nodes also poll, so a lost signal only delays their clients by one poll.
    this.#publisher
      .publish(CHANNEL, `${this.#origin}:${topic}`)
      .catch((err: unknown) => this.logger.debug({ err: errorMessage(err) }, 'Redis live feed publish failed'));
  }

  subscribe(topic: string, listener: () => void): () => void {
    return this.#local.subscribe(topic, listener);
  }

  async ping(): Promise<number> {
    const started = performance.now();
    await this.#publisher.ping();
    return performance.now() - started;
  }

  async close(): Promise<void> {
    await this.#local.close();
    this.#publisher.disconnect();
    this.#subscriber.disconnect();
  }
}

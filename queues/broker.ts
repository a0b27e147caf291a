/** A message as a consumer sees it. */
export interface BrokerMessage<T = unknown> {
  /** The broker's id of this message, stable across retries. */
  id: string;
  /** The logical queue it came from ('inbound', 'outbound.web', ...). */
  queue: string;
  /** Ordering key: messages with the same key are handled one at a time, in order. */
  key: string | undefined;
  body: T;
  /** Deliveries before this one that ended in a retry. 0 on the first delivery. */
  attempts: number;
}

export interface PublishOptions {
  key?: string;
  /** Deliver no earlier than this many milliseconds from now. */
  delayMs?: number;
  /** Carried over from an earlier delivery (a retry or a replay). */
  id?: string;
  attempts?: number;
}

/**
 * Throws to decide what happens to the message (see core/errors.ts): RetryLater and RateLimited
 * retry after their delay, PermanentFailure dead-letters at once, any other error retries with
 * backoff until the attempts run out. Returning normally acknowledges the message.
 */
export type MessageHandler<T = unknown> = (message: BrokerMessage<T>) => Promise<void>;

export interface ConsumeOptions {
  /** Messages in flight at once for this subscription. */
  prefetch: number;
  /** Deliveries before a message goes to the dead-letter queue. */
  maxAttempts: number;
}

export interface Subscription {
  /** Stops taking messages and waits for the ones in flight to finish. */
  stop(): Promise<void>;
}

export interface DeadLetter {
  id: string;
  queue: string;
  key: string | undefined;
  body: unknown;
  reason: string;
  attempts: number;
  failedAt: number;
}

export interface BrokerHealth {
  ok: boolean;
  latencyMs: number;
  detail?: string;
}

/** The dead-letter queue of a broker: what `gb dlq` works on. */
export interface DeadLetterQueue {
  deadLetters(limit: number): Promise<DeadLetter[]>;
  /** Puts a dead letter back on its queue with a fresh attempt count. */
  replayDeadLetter(id: string): Promise<boolean>;
  dropDeadLetter(id: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface Broker extends DeadLetterQueue {
  readonly kind: 'embedded' | 'rabbitmq';
  /** Resolves once the broker has the message durably; throws BrokerUnavailable quickly when it cannot. */
  publish(queue: string, body: unknown, options?: PublishOptions): Promise<void>;
  consume<T>(queue: string, handler: MessageHandler<T>, options: ConsumeOptions): Promise<Subscription>;
  /** Messages waiting in a queue (ready, not in flight). */
  depth(queue: string): Promise<number>;
  health(): Promise<BrokerHealth>;
}

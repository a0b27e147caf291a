import { setTimeout as sleep } from 'node:timers/promises';
import {
  ChannelCredentialsRejected,
  Deferred,
  OutboundMessage,
  OutcomeUnknown,
  PermanentFailure,
  RateLimited,
  RetryLater,
  errorMessage,
  type ChannelAdapter,
  type DeliveryState,
  type Logger,
} from '../core/index.js';
import type { BrokerMessage } from './broker.js';
import type { RateLimiter } from './rate-limiter.js';
import { CircuitBreaker, type CircuitOptions } from './circuit-breaker.js';
import { SharedDeadlines } from './deadline.js';

/** Where the worker records delivery state; the store's message repository fits it. */
export interface DeliveryLog {
  /** Records the message as 'queued' unless it is known; returns its state. */
  claimOutbound(message: OutboundMessage): Promise<{ status: string; providerMessageId: string | null }>;
  /** Records the message as 'sending' unless it is known: undefined when it did, else its state. */
  claimForSending(message: OutboundMessage): Promise<{ status: string; providerMessageId: string | null } | undefined>;
  /** Moves a message from one of `from` to `to`; false when it was in another state. */
  transition(idempotencyKey: string, from: DeliveryState[], to: DeliveryState, error?: string): Promise<boolean>;
  advanceStatus(
    where: { idempotencyKey: string },
    state: DeliveryState,
    details?: { providerMessageId?: string; error?: string },
  ): Promise<boolean>;
}

export interface OutboundWorkerDeps {
  deliveries: DeliveryLog;
  limiter: RateLimiter;
  adapterFor(instanceId: string, channel: OutboundMessage['channel']): Promise<ChannelAdapter>;
  maxAttempts: number;
  sendTimeoutMs: number;
  /** Waits for a rate-limit slot up to this long in the worker; longer waits go back to the broker. */
  maxInlineWaitMs: number;
  logger: Logger;
  /** When a channel's circuit opens and closes (see CircuitBreaker); sends wait while it is open. */
  circuit?: CircuitOptions;
  onCircuit?: (
    instanceId: string,
    channel: OutboundMessage['channel'],
    state: 'open' | 'closed',
    reason: string,
  ) => Promise<void>;
  /** Opens a sealed message (a one-time code) just before it goes to the channel. */
  unseal?: (message: OutboundMessage) => OutboundMessage;
  onSent?: (message: OutboundMessage, state: DeliveryState, ms: number) => void;
}

/**
 * Sends one outbound message through its channel's adapter, once. It waits for the account's and
 * the recipient's rate; then it is claimed by its idempotency key as 'sending' while the request
 * is out, so a crash mid-send leaves it 'unknown' instead of sending it twice.
 */
export class OutboundWorker {
  readonly #deadlines: SharedDeadlines;
  readonly #breaker: CircuitBreaker;

  constructor(private readonly deps: OutboundWorkerDeps) {
    this.#deadlines = new SharedDeadlines(deps.sendTimeoutMs);
    this.#breaker = new CircuitBreaker(deps.circuit ?? DEFAULT_CIRCUIT);
  }

  /** The channels whose circuit is open here, with why and until when. */
  openCircuits(): Array<{ key: string; reason: string; until: number }> {
    return this.#breaker.open();
  }

  async handle(delivery: BrokerMessage): Promise<void> {
    const parsed = OutboundMessage.safeParse(delivery.body);
    if (!parsed.success)
      throw new PermanentFailure(`not an outbound message: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const message = parsed.data;
    const circuit = `${message.instanceId}:${message.channel}`;
    const gate = this.#breaker.admit(circuit);
    if (!gate.go) {
      // Paused, not failed: the message stays queued until a probe finds the channel working.
      await this.deps.deliveries.claimOutbound(message);
      throw new Deferred(`the ${message.channel} channel is paused: ${gate.reason}`, gate.waitMs);
    }
    let settled = false;
    try {
      await this.#handle(delivery, message, circuit);
      settled = true;
    } catch (err) {
      settled = !(err instanceof Deferred) || err instanceof CircuitPaused;
      throw err;
    } finally {
      if (gate.probe && !settled) this.#breaker.release(circuit);
    }
  }

  async #handle(delivery: BrokerMessage, message: OutboundMessage, circuit: string): Promise<void> {
    const key = message.idempotencyKey;
    const adapter = await this.deps.adapterFor(message.instanceId, message.channel);
    try {
      await this.#waitForRate(adapter, message);
    } catch (err) {
      // Waiting for its slot in the broker: visible as queued meanwhile.
      if (err instanceof Deferred) await this.deps.deliveries.claimOutbound(message);
      throw err;
    }
    // The common case is one statement: the message is new, and recorded as being sent.
    const earlier = await this.deps.deliveries.claimForSending(message);
    if (earlier) {
      if (earlier.status !== 'queued' && earlier.status !== 'sending') {
        this.deps.logger.debug(
          { idempotencyKey: key, status: earlier.status },
          'reply was handled before; not sending again',
        );
        return;
      }
      if (earlier.status === 'sending' && !adapter.idempotentSends) {
        await this.deps.deliveries.transition(key, ['sending'], 'unknown', 'an earlier attempt stopped while sending');
        throw new OutcomeUnknown('an earlier attempt stopped while the request was out; it may have been sent');
      }
      if (earlier.status === 'queued' && !(await this.deps.deliveries.transition(key, ['queued'], 'sending'))) return;
    }

    const started = performance.now();
    try {
      const outgoing = message.sealed ? this.#unseal(message) : message;
      const result = await adapter.send(outgoing, this.#deadlines.signal());
      if (this.#breaker.success(circuit))
        await this.deps.onCircuit?.(message.instanceId, message.channel, 'closed', '');
      await this.deps.deliveries.advanceStatus(
        { idempotencyKey: key },
        result.state,
        result.providerMessageId !== undefined ? { providerMessageId: result.providerMessageId } : {},
      );
      this.deps.onSent?.(message, result.state, performance.now() - started);
    } catch (err) {
      if (err instanceof ChannelCredentialsRejected) {
        // A refused credential pauses the channel: the message waits for the probe, it is not lost.
        this.#breaker.failure(circuit, errorMessage(err), 'credentials');
        await this.deps.onCircuit?.(message.instanceId, message.channel, 'open', errorMessage(err));
        await this.deps.deliveries.transition(key, ['sending'], 'queued', errorMessage(err));
        throw new CircuitPaused(errorMessage(err), this.#breaker.admitWait(circuit));
      }
      if ((err instanceof RetryLater && !(err instanceof Deferred)) || err instanceof OutcomeUnknown) {
        if (this.#breaker.failure(circuit, errorMessage(err), 'server'))
          await this.deps.onCircuit?.(message.instanceId, message.channel, 'open', errorMessage(err));
      }
      await this.#settleFailure(adapter, message, err, delivery.attempts);
      if (err instanceof PermanentFailure || delivery.attempts + 1 >= this.deps.maxAttempts)
        this.deps.onSent?.(message, 'failed', performance.now() - started);
      throw err;
    }
  }

  #unseal(message: OutboundMessage): OutboundMessage {
    if (!this.deps.unseal) throw new PermanentFailure('a sealed message reached a worker that cannot open it');
    return this.deps.unseal(message);
  }

  /**
   * Books a slot with the recipient's and the account's limits, waiting here for a near one; a
   * far one is not booked and the message goes back to the broker until then.
   */
  async #waitForRate(adapter: ChannelAdapter, message: OutboundMessage): Promise<void> {
    try {
      await this.#book(adapter, message);
    } catch (err) {
      if (err instanceof Deferred) throw err;
      // The shared limiter (Redis) is away: sending unlimited could break the channel's limits, and
      // failing would spend the message's attempts. It waits, uncounted, until the limiter is back.
      this.deps.logger.warn({ err: errorMessage(err) }, 'the rate limiter is unreachable; sends wait for it');
      throw new Deferred(`waiting for the rate limiter, unreachable: ${errorMessage(err)}`, LIMITER_RETRY_MS);
    }
  }

  async #book(adapter: ChannelAdapter, message: OutboundMessage): Promise<void> {
    const max = this.deps.maxInlineWaitMs;
    const code = message.priority === 'code';
    const rates = code ? CODE_RECIPIENT_RATE : adapter.limits.recipient(message.conversationKey);
    const key = recipientKey(adapter, message);
    let recipientWait = 0;
    for (const [i, rate] of (Array.isArray(rates) ? rates : [rates]).entries()) {
      const recipient = await this.deps.limiter.reserve(i === 0 ? key : `${key}#${i}`, rate, max);
      if (!recipient.booked) {
        throw new Deferred(
          `waiting ${recipient.waitMs} ms for the ${adapter.channel} per-conversation rate`,
          recipient.waitMs,
        );
      }
      recipientWait = Math.max(recipientWait, recipient.waitMs);
    }
    const account = code
      ? await this.deps.limiter.reserve(`${adapter.account}:codes`, codeBudget(adapter.limits.account), max)
      : await this.deps.limiter.reserve(adapter.account, adapter.limits.account, max);
    if (!account.booked)
      throw new Deferred(`waiting ${account.waitMs} ms for the ${adapter.channel} account rate`, account.waitMs);
    const wait = Math.max(recipientWait, account.waitMs);
    if (wait > 0) await sleep(wait);
  }

  async #settleFailure(
    adapter: ChannelAdapter,
    message: OutboundMessage,
    err: unknown,
    attempts: number,
  ): Promise<void> {
    const key = message.idempotencyKey;
    const reason = errorMessage(err);
    if (err instanceof RateLimited) {
      const scope = err.scope === 'recipient' ? recipientKey(adapter, message) : adapter.account;
      // The message itself comes back after the delay anyway; only the others may go early.
      await this.deps.limiter.pause(scope, Date.now() + err.delayMs).catch((pauseErr: unknown) => {
        this.deps.logger.warn({ err: errorMessage(pauseErr) }, 'could not hold the rate limiter back');
      });
    }
    if (err instanceof OutcomeUnknown) {
      await this.deps.deliveries.transition(key, ['sending'], 'unknown', reason);
      return;
    }
    if (err instanceof PermanentFailure || attempts + 1 >= this.deps.maxAttempts) {
      await this.deps.deliveries.advanceStatus({ idempotencyKey: key }, 'failed', { error: reason });
      return;
    }
    // The request did not go through: the next attempt may send it.
    await this.deps.deliveries.transition(key, ['sending'], 'queued', reason);
  }
}

/** A send that found the channel's credentials refused: back to the broker until the probe. */
class CircuitPaused extends Deferred {}

const DEFAULT_CIRCUIT: CircuitOptions = { threshold: 5, firstProbeMs: 5_000, maxProbeMs: 10 * 60_000 };

/** How long a send waits before asking an unreachable rate limiter again. */
const LIMITER_RETRY_MS = 2_000;

/** Per conversation: a private chat, a group, a thread. */
/**
 * One-time codes have buckets of their own, so a backlog of replies to the same person (or on
 * the same account) never holds a code back: per person a few codes a minute, and per account a
 * bucket the size of the account's own rate that ordinary messages never draw from. Both full at
 * once could go over what the provider allows: its 429 then slows both, as for any throttle.
 */
const CODE_RECIPIENT_RATE = { perSecond: 1 / 20, burst: 3 };

function codeBudget(account: { perSecond: number; burst: number }) {
  return { perSecond: Math.max(1, account.perSecond), burst: Math.max(2, account.burst) };
}

function recipientKey(adapter: ChannelAdapter, message: OutboundMessage): string {
  const lane = message.priority === 'code' ? ':codes' : '';
  return `${adapter.account}${lane}:to:${message.conversationKey}`;
}

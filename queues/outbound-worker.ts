import {
  OutboundMessage,
  PermanentFailure,
  errorMessage,
  type ChannelAdapter,
  type DeliveryState,
  type Logger,
} from '../core/index.js';
import type { BrokerMessage } from './broker.js';

/** Where the worker records delivery state; the store's message repository fits it. */
export interface DeliveryLog {
  claimOutbound(message: OutboundMessage): Promise<{ status: string; providerMessageId: string | null }>;
  advanceStatus(
    where: { idempotencyKey: string },
    state: DeliveryState,
    details?: { providerMessageId?: string; error?: string },
  ): Promise<boolean>;
}

export interface OutboundWorkerDeps {
  deliveries: DeliveryLog;
  adapterFor(instanceId: string, channel: OutboundMessage['channel']): Promise<ChannelAdapter>;
  maxAttempts: number;
  sendTimeoutMs: number;
  logger: Logger;
  onSent?: (message: OutboundMessage, state: DeliveryState, ms: number) => void;
}

/**
 * Sends one outbound message through its channel's adapter, once: a message whose idempotency key
 * was already sent is acknowledged without sending again.
 */
export class OutboundWorker {
  constructor(private readonly deps: OutboundWorkerDeps) {}

  async handle(delivery: BrokerMessage): Promise<void> {
    const parsed = OutboundMessage.safeParse(delivery.body);
    if (!parsed.success) throw new PermanentFailure(`not an outbound message: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const message = parsed.data;
    const claim = await this.deps.deliveries.claimOutbound(message);
    if (claim.status !== 'queued') {
      this.deps.logger.debug({ idempotencyKey: message.idempotencyKey, status: claim.status }, 'reply was handled before; not sending again');
      return;
    }
    const started = performance.now();
    try {
      const adapter = await this.deps.adapterFor(message.instanceId, message.channel);
      const result = await adapter.send(message, AbortSignal.timeout(this.deps.sendTimeoutMs));
      await this.deps.deliveries.advanceStatus(
        { idempotencyKey: message.idempotencyKey },
        result.state,
        result.providerMessageId !== undefined ? { providerMessageId: result.providerMessageId } : {},
      );
      this.deps.onSent?.(message, result.state, performance.now() - started);
    } catch (err) {
      const lastAttempt = err instanceof PermanentFailure || delivery.attempts + 1 >= this.deps.maxAttempts;
      if (lastAttempt) {
        await this.deps.deliveries.advanceStatus({ idempotencyKey: message.idempotencyKey }, 'failed', { error: errorMessage(err) });
        this.deps.onSent?.(message, 'failed', performance.now() - started);
      }
      throw err;
    }
  }
}

import { inboundKey, type InboundMessage } from '../core/index.js';
import type { Runtime } from './runtime.js';

/**
 * The ingress contract: publish every verified message, confirmed by the broker, before the
 * channel gets its 2xx. A failed publish throws (BrokerUnavailable) and the caller answers 503,
 * so the channel retries. Redeliveries are dropped by the router, which records each channel
 * message id once (see Router.handle): ingress touches no database on its hot path.
 */
export async function acceptInbound(runtime: Runtime, instanceName: string, messages: InboundMessage[]): Promise<number> {
  await Promise.all(
    messages.map((message) => runtime.broker.publish('inbound', message, { key: inboundKey(message), id: message.id })),
  );
  for (const message of messages) runtime.metrics.messagesIn.inc({ channel: message.channel, instance: instanceName });
  return messages.length;
}

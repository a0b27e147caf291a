import { type InboundMessage, inboundKey } from '../core/index.js';
import { QUEUES } from '../queues/index.js';
import type { Runtime } from './runtime.js';

/**
 * The ingress contract: publish every verified message, confirmed by the broker, before the
 * channel gets its 2xx. A failed publish throws (BrokerUnavailable) and the caller answers 503,
 * so the channel retries. Redeliveries are dropped by the router, which records each channel
 * message id once (see Router.handle): ingress touches no database on its hot path. Delivery
 * statuses go to the worker role's queue, in order per sent message.
 */
export async function acceptInbound(
  runtime: Runtime,
  instanceName: string,
  messages: InboundMessage[],
): Promise<number> {
  await Promise.all(
    messages.map((message) =>
      message.kind === 'status'
        ? runtime.broker.publish(QUEUES.statuses, message, {
            key: `${message.channel}:${message.providerMessageId}`,
            id: message.id,
          })
        : runtime.broker.publish(QUEUES.inbound, message, { key: inboundKey(message), id: message.id }),
    ),
  );
  for (const message of messages) runtime.metrics.messagesIn.inc({ channel: message.channel, instance: instanceName });
  return messages.length;
}

import type { InboundMessage } from '../core/index.js';
import type { Runtime } from './runtime.js';

export interface AcceptResult {
  published: number;
  duplicates: number;
}

/**
 * The ingress contract: drop messages seen before, publish the rest (confirmed by the broker),
 * and only then remember their dedupe keys. A failed publish throws (BrokerUnavailable), the
 * caller answers 503, and the channel's retry finds nothing remembered.
 */
export async function acceptInbound(runtime: Runtime, instanceName: string, messages: InboundMessage[]): Promise<AcceptResult> {
  const fresh: InboundMessage[] = [];
  for (const message of messages) {
    if (await runtime.store.dedupe.seen(message.instanceId, message.channel, message.channelMessageId)) {
      runtime.metrics.duplicatesIn.inc({ channel: message.channel, instance: instanceName });
    } else {
      fresh.push(message);
    }
  }
  await Promise.all(
    fresh.map((message) =>
      runtime.broker.publish('inbound', message, { key: `${message.instanceId}:${message.channel}:${message.conversationKey}`, id: message.id }),
    ),
  );
  const byChannel = new Map<string, string[]>();
  for (const message of fresh) {
    const key = `${message.instanceId}\u0000${message.channel}`;
    byChannel.set(key, [...(byChannel.get(key) ?? []), message.channelMessageId]);
    runtime.metrics.messagesIn.inc({ channel: message.channel, instance: instanceName });
  }
  for (const [key, ids] of byChannel) {
    const [instanceId, channel] = key.split('\u0000') as [string, string];
    await runtime.store.dedupe.remember(instanceId, channel, ids);
  }
  return { published: fresh.length, duplicates: messages.length - fresh.length };
}

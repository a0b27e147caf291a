import type { ChannelName } from '../core/index.js';

/** Logical queue names. The broker maps them to physical queues (RabbitMQ: `<prefix>.<name>`, inbound sharded). */
export const QUEUES = {
  inbound: 'inbound',
} as const;

export function outboundQueue(channel: ChannelName): string {
  return `outbound.${channel}`;
}

import type { ChannelName } from '../core/index.js';

/** Logical queue names. The broker maps them to physical queues (RabbitMQ: `<prefix>.<name>`, inbound sharded). */
export const QUEUES = {
  inbound: 'inbound',
  /** Delivery statuses from the channels, applied by the worker role, which owns the delivery log. */
  statuses: 'statuses',
  /** One-time codes, on every channel: a lane of their own, never behind ordinary replies. */
  codes: 'codes',
} as const;

export function outboundQueue(channel: ChannelName): string {
  return `outbound.${channel}`;
}

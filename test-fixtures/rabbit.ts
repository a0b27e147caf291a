import amqp from 'amqplib';
import { ChannelName } from '../core/index.js';

const DELAY_LEVELS_S = [1, 2, 3, 5, 8, 13, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900, 1800, 3600];

/**
 * Deletes every queue and exchange a test's prefix may have created: the inbound shards, every
 * channel's outbound queue (a gateway declares one per channel it has an adapter for), the
 * dead letters, the delay levels, and `queues` (a test's own).
 */
export async function deleteRabbitTopology(
  url: string,
  prefix: string,
  queues: string[],
  shards: number,
): Promise<void> {
  const connection = await amqp.connect(url);
  try {
    const channel = await connection.createChannel();
    const names = [
      ...Array.from({ length: shards }, (_, i) => `${prefix}.inbound.${i}`),
      ...new Set(
        [...queues, 'statuses', 'codes', ...ChannelName.options.map((channel) => `outbound.${channel}`)].map(
          (q) => `${prefix}.${q}`,
        ),
      ),
      `${prefix}.dlq`,
      ...DELAY_LEVELS_S.map((s) => `${prefix}.delay.${s}s`),
    ];
    for (const name of names) {
      await channel.deleteQueue(name);
      if (name.includes('.delay.')) await channel.deleteExchange(name);
    }
    await channel.close();
  } finally {
    await connection.close();
  }
}

export function uniquePrefix(label: string): string {
  return `gbtest_${label}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}

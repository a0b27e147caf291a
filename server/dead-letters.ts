import { OutboundMessage } from '../core/index.js';
import type { DeadLetter, DeadLetterQueue } from '../queues/index.js';
import type { Store } from '../store/index.js';

export function formatDeadLetters(letters: DeadLetter[]): string {
  if (letters.length === 0) return 'no dead letters\n';
  const lines = letters.map(
    (l) =>
      `${l.id}  ${l.queue.padEnd(16)}  ${String(l.attempts).padStart(3)}  ${new Date(l.failedAt).toISOString()}  ${l.reason}`,
  );
  return `${'id'.padEnd(36)}  ${'queue'.padEnd(16)}  try  failed at                 reason\n${lines.join('\n')}\n`;
}

/**
 * Puts a dead letter back on its queue. A reply whose send had an unknown outcome or failed is
 * made sendable again first: replaying is the operator's decision to send it once more.
 */
export async function replayDeadLetter(broker: DeadLetterQueue, store: Store, id: string): Promise<boolean> {
  const letter = (await broker.deadLetters(10_000)).find((l) => l.id === id);
  if (!letter) return false;
  if (letter.queue.startsWith('outbound.')) {
    const message = OutboundMessage.safeParse(letter.body);
    if (message.success)
      await store.messages.transition(
        message.data.idempotencyKey,
        ['unknown', 'failed', 'sending'],
        'queued',
        `replayed ${new Date().toISOString()}`,
      );
  }
  return broker.replayDeadLetter(id);
}

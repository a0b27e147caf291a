import { PermanentFailure, type ChannelSender } from '../../core/index.js';
import type { AdapterInstance, WebchatTranscript } from '../registration.js';
import { type Activity, botActivity } from './directline.js';

/**
 * The key under which a user's activity is stored, from the client's own id for it: within its
 * conversation, so two clients that number their activities alike never meet.
 */
export function userActivityKey(instanceId: string, conversationId: string, clientActivityId: string): string {
  return `in:${instanceId}:web:${conversationId}:${clientActivityId}`;
}

/**
 * The web chat's sending side: appends the bot's activities, pointing back with `replyToId`, to the
 * transcript the Direct Line client reads. Appending is keyed by the idempotency key, so sending
 * twice delivers once.
 */
export function webSender(instance: AdapterInstance, transcript: WebchatTranscript): ChannelSender {
  const bot = { id: instance.name, name: instance.title };
  return {
    // No provider to protect: the limits only keep one conversation from flooding the transcript.
    limits: { account: { perSecond: 5_000, burst: 5_000 }, recipient: () => ({ perSecond: 20, burst: 20 }) },
    idempotentSends: true,
    async send(message, signal) {
      signal.throwIfAborted();
      const conversation = await transcript.conversation(message.conversationKey);
      if (!conversation || conversation.instanceId !== instance.id) {
        throw new PermanentFailure(`web chat conversation ${message.conversationKey} does not exist`);
      }
      const stored = await transcript.append(conversation.id, `out:${message.idempotencyKey}`, (seq) => {
        const activity: Activity = botActivity(
          message,
          conversation.id,
          seq,
          bot,
          message.replyToChannelMessageId,
          new Date(),
        );
        return { activityId: activity.id, payload: activity as unknown as Record<string, unknown> };
      });
      transcript.notify(conversation.id);
      return { providerMessageId: stored.activityId, state: 'delivered' };
    },
  };
}

import { PermanentFailure, type ChannelAdapter, type ChannelLimits, type ChannelRequest, type InboundMessage, type OutboundMessage, type SendResult, type VerifyResult } from '../../core/index.js';
import { botActivity, type Activity } from './directline.js';

/**
 * Where the web chat keeps its transcript. Appending is idempotent per key: the same reply
 * appended twice is stored once.
 */
export interface WebchatTranscript {
  conversation(id: string): Promise<{ id: string; instanceId: string } | undefined>;
  append(conversationId: string, idempotencyKey: string, build: (seq: number) => { activityId: string; payload: Record<string, unknown> }): Promise<{ seq: number; activityId: string; created: boolean }>;
  notify(conversationId: string): void;
}

/** The key under which a user's activity is stored, from the client's own id for it. */
export function userActivityKey(instanceId: string, clientActivityId: string): string {
  return `in:${instanceId}:web:${clientActivityId}`;
}

/**
 * The web chat channel. Its inbound side is the Direct Line endpoint (server/directline.ts), where
 * a message's channel id is its Direct Line activity id; its outbound side appends the bot's
 * activities, pointing back with `replyToId`, to the transcript the client reads.
 */
export class WebAdapter implements ChannelAdapter {
  readonly channel = 'web' as const;
  /** No provider to protect: the limits only keep one conversation from flooding the transcript. */
  readonly limits: ChannelLimits = { account: { perSecond: 5_000, burst: 5_000 }, recipient: () => ({ perSecond: 20, burst: 20 }) };
  readonly account: string;
  readonly idempotentSends = true;

  constructor(
    private readonly instance: { id: string; name: string; title: string },
    private readonly transcript: WebchatTranscript,
  ) {
    this.account = `web:${instance.id}`;
  }

  verify(_request: ChannelRequest): VerifyResult {
    return { ok: false, reason: 'the web chat receives messages through its Direct Line endpoint' };
  }

  parse(_request: ChannelRequest): InboundMessage[] {
    return [];
  }

  async send(message: OutboundMessage, signal: AbortSignal): Promise<SendResult> {
    signal.throwIfAborted();
    const conversation = await this.transcript.conversation(message.conversationKey);
    if (!conversation || conversation.instanceId !== this.instance.id) throw new PermanentFailure(`web chat conversation ${message.conversationKey} does not exist`);
    const bot = { id: this.instance.name, name: this.instance.title };
    const stored = await this.transcript.append(conversation.id, `out:${message.idempotencyKey}`, (seq) => {
      const activity: Activity = botActivity(message, conversation.id, seq, bot, message.replyToChannelMessageId, new Date());
      return { activityId: activity.id, payload: activity as unknown as Record<string, unknown> };
    });
    this.transcript.notify(conversation.id);
    return { providerMessageId: stored.activityId, state: 'delivered' };
  }
}

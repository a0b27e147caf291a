import { z } from 'zod';
import type { InboundMessage, OutboundContent } from '../../core/index.js';

/** What a client may keep in an activity's channelData, which is stored with the transcript. */
const CHANNEL_DATA_BYTES = 8 * 1024;
const CHANNEL_DATA_DEPTH = 8;

/** How deep a parsed JSON value nests, counted without recursion (a hostile value may nest deeply). */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The parts of a Bot Framework activity a Direct Line 3.0 client posts. Unknown fields pass through. */
export const PostedActivity = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(256).optional(),
    from: z
      .object({ id: z.string().min(1).max(256), name: z.string().max(256).optional() })
      .loose()
      .optional(),
    text: z.string().max(65_536).optional(),
    value: z.unknown().optional(),
    locale: z.string().max(32).optional(),
    attachments: z
      .array(
        z
          .object({
            contentType: z.string().max(256),
            contentUrl: z.string().max(4096).optional(),
            name: z.string().max(512).optional(),
          })
          .loose(),
      )
      .max(20)
      .optional(),
    channelData: z
      .object({ clientActivityID: z.string().max(256).optional() })
      .loose()
      .refine((data) => depthOf(data, CHANNEL_DATA_DEPTH) <= CHANNEL_DATA_DEPTH, {
        message: `nests deeper than ${CHANNEL_DATA_DEPTH} levels`,
        abort: true,
      })
      .refine((data) => Buffer.byteLength(JSON.stringify(data)) <= CHANNEL_DATA_BYTES, {
        message: `is larger than ${CHANNEL_DATA_BYTES} bytes`,
      })
      .optional(),
  })
  .loose();
export type PostedActivity = z.infer<typeof PostedActivity>;

export interface Activity {
  type: 'message' | 'typing' | 'event' | 'endOfConversation';
  id: string;
  channelId: 'directline';
  conversation: { id: string };
  timestamp: string;
  from: { id: string; name?: string; role?: 'user' | 'bot' };
  text?: string;
  replyToId?: string;
  attachments?: Array<{ contentType: string; contentUrl?: string; name?: string }>;
  suggestedActions?: { actions: Array<{ type: 'imBack'; title: string; value: string }> };
  channelData?: Record<string, unknown>;
}

/** Direct Line activity ids look like `<conversation>|<seq, zero-padded>`. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/** The user's activity as stored in the transcript and echoed back to the client. */
export function userActivity(
  posted: PostedActivity,
  conversationId: string,
  seq: number,
  userId: string,
  now: Date,
): Activity {
  const activity: Activity = {
    type: 'message',
    id: activityId(conversationId, seq),
    channelId: 'directline',
    conversation: { id: conversationId },
    timestamp: now.toISOString(),
    from: { id: userId, ...(posted.from?.name !== undefined ? { name: posted.from.name } : {}), role: 'user' },
  };
  if (posted.text !== undefined) activity.text = posted.text;
  if (posted.attachments)
    activity.attachments = posted.attachments.map((a) => ({
      contentType: a.contentType,
      ...(a.contentUrl ? { contentUrl: a.contentUrl } : {}),
      ...(a.name ? { name: a.name } : {}),
    }));
  if (posted.channelData) activity.channelData = posted.channelData;
  return activity;
}

/** A user's message activity in the canonical model; undefined for activities the bot does not handle. */
export function toInbound(
  posted: PostedActivity,
  context: {
    instanceId: string;
    conversationId: string;
    userId: string;
    channelMessageId: string;
    gatewayId: string;
    receivedAt: number;
  },
): InboundMessage | undefined {
  if (posted.type !== 'message') return undefined;
  const base = {
    id: context.gatewayId,
    instanceId: context.instanceId,
    channel: 'web' as const,
    conversationKey: context.conversationId,
    from: { id: context.userId, ...(posted.from?.name !== undefined ? { name: posted.from.name } : {}) },
    channelMessageId: context.channelMessageId,
    receivedAt: context.receivedAt,
  };
  const text = posted.text?.trim();
  if (text) return { ...base, kind: 'text', text };
  const attachment = posted.attachments?.[0];
  if (attachment) {
    return {
      ...base,
      kind: 'media',
      media: {
        mimeType: attachment.contentType,
        ...(attachment.contentUrl ? { url: attachment.contentUrl } : {}),
        ...(attachment.name ? { name: attachment.name } : {}),
      },
    };
  }
  return undefined;
}

/** A reply in the canonical model as the activity the client receives. */
export function botActivity(
  message: OutboundContent,
  conversationId: string,
  seq: number,
  bot: { id: string; name: string },
  replyToId: string | undefined,
  now: Date,
): Activity {
  const activity: Activity = {
    type: message.kind === 'typing' ? 'typing' : 'message',
    id: activityId(conversationId, seq),
    channelId: 'directline',
    conversation: { id: conversationId },
    timestamp: now.toISOString(),
    from: { id: bot.id, name: bot.name, role: 'bot' },
    ...(replyToId !== undefined ? { replyToId } : {}),
  };
  switch (message.kind) {
    case 'text':
      activity.text = message.text;
      break;
    case 'media':
      activity.attachments = [
        {
          contentType: message.media.mimeType,
          ...(message.media.url ? { contentUrl: message.media.url } : {}),
          ...(message.media.name ? { name: message.media.name } : {}),
        },
      ];
      if (message.media.caption) activity.text = message.media.caption;
      break;
    case 'buttons':
    case 'list':
      activity.text = message.text;
      activity.suggestedActions = {
        actions: message.choices.map((c) => ({ type: 'imBack', title: c.title, value: c.title })),
      };
      break;
    case 'template':
      activity.text = [message.template, ...message.parameters].join(' ');
      break;
    case 'typing':
      break;
  }
  return activity;
}

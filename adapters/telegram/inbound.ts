import { z } from 'zod';
import {
  channelTime,
  newId,
  parseJson,
  sameSecret,
  type InboundMessage,
  type WebhookReceiver,
} from '../../core/index.js';

const User = z
  .object({
    id: z.number(),
    first_name: z.string().optional(),
    last_name: z.string().optional(),
    username: z.string().optional(),
  })
  .loose();
const Chat = z.object({ id: z.number(), type: z.string() }).loose();
const File = z
  .object({ file_id: z.string(), mime_type: z.string().optional(), file_name: z.string().optional() })
  .loose();

const Message = z
  .object({
    message_id: z.number(),
    from: User.optional(),
    chat: Chat,
    date: z.number(),
    text: z.string().optional(),
    caption: z.string().optional(),
    photo: z.array(z.object({ file_id: z.string(), width: z.number(), height: z.number() }).loose()).optional(),
    document: File.optional(),
    audio: File.optional(),
    video: File.optional(),
    voice: File.optional(),
    sticker: z.object({ file_id: z.string() }).loose().optional(),
    location: z.object({ latitude: z.number(), longitude: z.number() }).loose().optional(),
    contact: z
      .object({ phone_number: z.string(), first_name: z.string(), last_name: z.string().optional() })
      .loose()
      .optional(),
    reply_to_message: z.object({ message_id: z.number() }).loose().optional(),
  })
  .loose();

export const Update = z
  .object({
    update_id: z.number().int(),
    message: Message.optional(),
    edited_message: Message.optional(),
    callback_query: z
      .object({ id: z.string(), from: User, message: Message.optional(), data: z.string().optional() })
      .loose()
      .optional(),
  })
  .loose();

function displayName(user: z.infer<typeof User> | undefined): string | undefined {
  if (!user) return undefined;
  return [user.first_name, user.last_name].filter(Boolean).join(' ') || user.username;
}

/**
 * One Telegram update as canonical messages. The dedupe key is the `update_id`; replies go to the
 * chat (a private chat, or a group: negative ids), so the conversation is the chat.
 */
export function parseUpdate(body: unknown, instanceId: string): InboundMessage[] {
  const update = Update.parse(body);
  const channelMessageId = String(update.update_id);
  if (update.callback_query) {
    const query = update.callback_query;
    const chat = query.message?.chat.id ?? query.from.id;
    const name = displayName(query.from);
    return [
      {
        kind: 'interactive_reply',
        id: newId(),
        instanceId,
        channel: 'telegram',
        conversationKey: String(chat),
        from: { id: String(chat), ...(name ? { name } : {}) },
        channelMessageId,
        receivedAt: Date.now(),
        callbackId: query.id,
        choiceId: query.data ?? '',
        title: query.data ?? '',
      },
    ];
  }
  const message = update.message ?? update.edited_message;
  if (!message) return [];
  const name = displayName(message.from);
  const base = {
    id: newId(),
    instanceId,
    channel: 'telegram' as const,
    conversationKey: String(message.chat.id),
    from: { id: String(message.chat.id), ...(name ? { name } : {}) },
    channelMessageId,
    receivedAt: channelTime(message.date),
    ...(message.reply_to_message ? { replyToChannelMessageId: String(message.reply_to_message.message_id) } : {}),
  };
  if (message.text !== undefined) return [{ ...base, kind: 'text', text: message.text }];
  if (message.location)
    return [{ ...base, kind: 'location', latitude: message.location.latitude, longitude: message.location.longitude }];
  if (message.contact) {
    const contactName = [message.contact.first_name, message.contact.last_name].filter(Boolean).join(' ');
    return [
      {
        ...base,
        kind: 'contact',
        contacts: [{ name: contactName, phones: [message.contact.phone_number], emails: [] }],
      },
    ];
  }
  const caption = message.caption ? { caption: message.caption } : {};
  const largestPhoto = message.photo?.reduce((a, b) => (a.width * a.height >= b.width * b.height ? a : b));
  if (largestPhoto)
    return [{ ...base, kind: 'media', media: { mediaId: largestPhoto.file_id, mimeType: 'image/jpeg', ...caption } }];
  const file = message.document ?? message.video ?? message.audio ?? message.voice;
  if (file) {
    const fallback = message.video
      ? 'video/mp4'
      : message.voice
        ? 'audio/ogg'
        : message.audio
          ? 'audio/mpeg'
          : 'application/octet-stream';
    return [
      {
        ...base,
        kind: 'media',
        media: {
          mediaId: file.file_id,
          mimeType: file.mime_type ?? fallback,
          ...(file.file_name ? { name: file.file_name } : {}),
          ...caption,
        },
      },
    ];
  }
  if (message.sticker)
    return [{ ...base, kind: 'media', media: { mediaId: message.sticker.file_id, mimeType: 'image/webp' } }];
  return [];
}

/** The Bot API webhook: the secret token header, then the update. */
export function telegramWebhook(config: { instanceId: string; secretToken: string }): WebhookReceiver {
  return {
    verify(request) {
      const given = request.headers['x-telegram-bot-api-secret-token'];
      if (!given) return { ok: false, reason: 'missing X-Telegram-Bot-Api-Secret-Token' };
      return sameSecret(given, config.secretToken)
        ? { ok: true }
        : { ok: false, reason: 'X-Telegram-Bot-Api-Secret-Token does not match' };
    },
    parse(request) {
      const body = parseJson(request.body.toString('utf8'));
      if (body === undefined) throw new Error('the body is not JSON');
      return parseUpdate(body, config.instanceId);
    },
  };
}

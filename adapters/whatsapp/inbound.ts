import { z } from 'zod';
import {
  channelTime,
  newId,
  parseJson,
  sameSecret,
  type ChannelRequest,
  type DirectResponse,
  type InboundMessage,
  type ReceiptStatus,
  type WebhookReceiver,
} from '../../core/index.js';
import { verifyHubSignature } from './signature.js';

const Media = z
  .object({
    id: z.string(),
    mime_type: z.string().default('application/octet-stream'),
    caption: z.string().optional(),
    filename: z.string().optional(),
  })
  .loose();

const Message = z
  .object({
    id: z.string().min(1),
    from: z.string().optional(),
    from_user_id: z.string().optional(),
    timestamp: z.string(),
    type: z.string(),
    context: z.object({ id: z.string().optional() }).loose().optional(),
    text: z.object({ body: z.string() }).optional(),
    image: Media.optional(),
    audio: Media.optional(),
    video: Media.optional(),
    document: Media.optional(),
    sticker: Media.optional(),
    location: z
      .object({
        latitude: z.number(),
        longitude: z.number(),
        name: z.string().optional(),
        address: z.string().optional(),
      })
      .loose()
      .optional(),
    contacts: z
      .array(
        z
          .object({
            name: z
              .object({ formatted_name: z.string().optional(), first_name: z.string().optional() })
              .loose()
              .optional(),
            phones: z
              .array(z.object({ phone: z.string().optional(), wa_id: z.string().optional() }).loose())
              .optional(),
            emails: z.array(z.object({ email: z.string() }).loose()).optional(),
          })
          .loose(),
      )
      .optional(),
    interactive: z
      .object({
        type: z.string(),
        button_reply: z.object({ id: z.string(), title: z.string() }).optional(),
        list_reply: z.object({ id: z.string(), title: z.string() }).optional(),
      })
      .loose()
      .optional(),
    button: z.object({ payload: z.string().optional(), text: z.string() }).loose().optional(),
    reaction: z.object({ message_id: z.string(), emoji: z.string().optional() }).loose().optional(),
  })
  .loose();

const Status = z
  .object({
    id: z.string().min(1),
    status: z.string(),
    timestamp: z.string(),
    recipient_id: z.string().optional(),
    recipient_user_id: z.string().optional(),
    errors: z
      .array(z.object({ code: z.number(), title: z.string().optional(), message: z.string().optional() }).loose())
      .optional(),
  })
  .loose();

const Value = z
  .object({
    metadata: z.object({ phone_number_id: z.string() }).loose(),
    contacts: z
      .array(
        z
          .object({
            wa_id: z.string().optional(),
            user_id: z.string().optional(),
            profile: z.object({ name: z.string().optional() }).loose().optional(),
          })
          .loose(),
      )
      .optional(),
    messages: z.array(Message).optional(),
    statuses: z.array(Status).optional(),
  })
  .loose();

export const WebhookPayload = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(z.object({ id: z.string(), changes: z.array(z.object({ field: z.string(), value: z.unknown() })) })),
});

const MEDIA_TYPES = ['image', 'audio', 'video', 'document', 'sticker'] as const;
/** Meta's states; a Map, so a status such as "__proto__" is none. */
const STATUS_MAP = new Map<string, ReceiptStatus>([
  ['sent', 'sent'],
  ['delivered', 'delivered'],
  ['read', 'read'],
  ['played', 'read'],
  ['failed', 'failed'],
]);

/**
 * Every message and status of a (possibly batched) webhook, for one phone number. Changes for
 * other numbers of the same app, and kinds the gateway does not handle (system, order, unsupported,
 * errors), are left out.
 */
export function parseWebhook(
  body: unknown,
  context: { instanceId: string; phoneNumberId: string; now?: number },
): InboundMessage[] {
  const payload = WebhookPayload.parse(body);
  const out: InboundMessage[] = [];
  for (const entry of payload.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') continue;
      const value = Value.parse(change.value);
      if (value.metadata.phone_number_id !== context.phoneNumberId) continue;
      const names = new Map<string, string>();
      for (const contact of value.contacts ?? []) {
        const name = contact.profile?.name;
        if (!name) continue;
        if (contact.wa_id) names.set(contact.wa_id, name);
        if (contact.user_id) names.set(contact.user_id, name);
      }
      for (const message of value.messages ?? []) {
        const parsed = toInbound(message, names, context.instanceId);
        if (parsed) out.push(parsed);
      }
      for (const status of value.statuses ?? []) {
        const state = STATUS_MAP.get(status.status);
        const recipient = status.recipient_id ?? status.recipient_user_id;
        if (!state || !recipient) continue;
        const error = status.errors?.[0];
        out.push({
          kind: 'status',
          id: newId(),
          instanceId: context.instanceId,
          channel: 'whatsapp',
          conversationKey: recipient,
          from: { id: recipient },
          channelMessageId: `${status.id}:${status.status}`,
          receivedAt: channelTime(status.timestamp),
          providerMessageId: status.id,
          status: state,
          ...(error ? { error: `${error.code} ${error.title ?? error.message ?? ''}`.trim() } : {}),
        });
      }
    }
  }
  return out;
}

function toInbound(
  message: z.infer<typeof Message>,
  names: Map<string, string>,
  instanceId: string,
): InboundMessage | undefined {
  // The phone when WhatsApp gives it, else the business-scoped user id (usernames, 2026).
  const sender = message.from ?? message.from_user_id;
  if (!sender) return undefined;
  const name = names.get(sender) ?? (message.from_user_id ? names.get(message.from_user_id) : undefined);
  const base = {
    id: newId(),
    instanceId,
    channel: 'whatsapp' as const,
    conversationKey: sender,
    from: { id: sender, ...(name ? { name } : {}) },
    channelMessageId: message.id,
    receivedAt: channelTime(message.timestamp),
    ...(message.context?.id ? { replyToChannelMessageId: message.context.id } : {}),
  };
  switch (message.type) {
    case 'text':
      return message.text ? { ...base, kind: 'text', text: message.text.body } : undefined;
    case 'location':
      return message.location
        ? {
            ...base,
            kind: 'location',
            latitude: message.location.latitude,
            longitude: message.location.longitude,
            ...(message.location.name ? { name: message.location.name } : {}),
            ...(message.location.address ? { address: message.location.address } : {}),
          }
        : undefined;
    case 'contacts':
      return {
        ...base,
        kind: 'contact',
        contacts: (message.contacts ?? []).map((c) => ({
          name: c.name?.formatted_name ?? c.name?.first_name ?? '',
          phones: (c.phones ?? []).map((p) => p.phone ?? p.wa_id ?? '').filter(Boolean),
          emails: (c.emails ?? []).map((e) => e.email),
        })),
      };
    case 'interactive': {
      const reply = message.interactive?.button_reply ?? message.interactive?.list_reply;
      return reply ? { ...base, kind: 'interactive_reply', choiceId: reply.id, title: reply.title } : undefined;
    }
    case 'button':
      return message.button
        ? {
            ...base,
            kind: 'interactive_reply',
            choiceId: message.button.payload ?? message.button.text,
            title: message.button.text,
          }
        : undefined;
    case 'reaction':
      return message.reaction
        ? {
            ...base,
            kind: 'reaction',
            targetChannelMessageId: message.reaction.message_id,
            emoji: message.reaction.emoji ?? '',
          }
        : undefined;
    default: {
      const type = MEDIA_TYPES.find((t) => t === message.type);
      const media = type ? message[type] : undefined;
      if (!media) return undefined;
      return {
        ...base,
        kind: 'media',
        media: {
          mediaId: media.id,
          mimeType: media.mime_type,
          ...(media.caption ? { caption: media.caption } : {}),
          ...(media.filename ? { name: media.filename } : {}),
        },
      };
    }
  }
}

/**
 * The Cloud API webhook: the GET verification handshake, X-Hub-Signature-256 on the raw bytes,
 * and batched payloads.
 */
export function whatsAppWebhook(config: {
  instanceId: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
}): WebhookReceiver {
  return {
    handshake(request: ChannelRequest): DirectResponse | undefined {
      if (request.method !== 'GET') return undefined;
      const query = new URL(request.url, 'http://gateway').searchParams;
      const token = query.get('hub.verify_token') ?? '';
      const challenge = query.get('hub.challenge') ?? '';
      const ok = query.get('hub.mode') === 'subscribe' && challenge !== '' && sameSecret(token, config.verifyToken);
      return ok
        ? { status: 200, contentType: 'text/plain', body: challenge }
        : { status: 403, contentType: 'text/plain', body: 'verification failed' };
    },
    verify: (request) => verifyHubSignature(request.body, request.headers['x-hub-signature-256'], config.appSecret),
    parse(request) {
      const body = parseJson(request.body.toString('utf8'));
      if (body === undefined) throw new Error('the body is not JSON');
      return parseWebhook(body, config);
    },
  };
}

import {
  newId,
  type ChannelName,
  type InboundMessage,
  type ReceiptStatus,
  type WebhookReceiver,
} from '../../core/index.js';
import { verifyTwilioSignature } from './signature.js';

/** Twilio's states that say something new; a Map, so a status such as "__proto__" is none. */
const STATUS_MAP = new Map<string, ReceiptStatus>([
  ['sent', 'sent'],
  ['delivered', 'delivered'],
  ['read', 'read'],
  ['failed', 'failed'],
  ['undelivered', 'failed'],
]);

/** Strips Twilio's `whatsapp:` prefix: the gateway addresses people by their number. */
export function bareAddress(address: string): string {
  return address.replace(/^whatsapp:/, '');
}

/**
 * A Twilio webhook (form-encoded): an inbound SMS/MMS or WhatsApp message, or a status callback
 * (`MessageStatus`). Intermediate states (queued, sending, accepted) carry nothing new.
 */
export function parseTwilioForm(
  params: URLSearchParams,
  context: { instanceId: string; channel: ChannelName; now?: number },
): InboundMessage[] {
  const sid = params.get('MessageSid') ?? params.get('SmsSid');
  if (!sid) throw new Error('MessageSid is missing');
  const receivedAt = context.now ?? Date.now();
  const status = params.get('MessageStatus');
  if (status !== null) {
    const state = STATUS_MAP.get(status);
    if (!state) return [];
    const to = bareAddress(params.get('To') ?? '');
    const errorCode = params.get('ErrorCode');
    return [
      {
        kind: 'status',
        id: newId(),
        instanceId: context.instanceId,
        channel: context.channel,
        conversationKey: to || sid,
        from: { id: to || sid },
        channelMessageId: `${sid}:${status}${errorCode ? `:${errorCode}` : ''}`,
        receivedAt,
        providerMessageId: sid,
        status: state,
        ...(errorCode
          ? { error: `${errorCode} ${params.get('ErrorMessage') ?? params.get('ChannelStatusMessage') ?? ''}`.trim() }
          : {}),
      },
    ];
  }
  const from = params.get('From');
  if (!from) throw new Error('From is missing');
  const sender = bareAddress(from);
  const name = params.get('ProfileName');
  const base = {
    id: newId(),
    instanceId: context.instanceId,
    channel: context.channel,
    conversationKey: sender,
    from: { id: sender, ...(name ? { name } : {}) },
    channelMessageId: sid,
    receivedAt,
    ...(params.get('OriginalRepliedMessageSid')
      ? { replyToChannelMessageId: params.get('OriginalRepliedMessageSid')! }
      : {}),
  };
  const payload = params.get('ButtonPayload');
  if (payload)
    return [{ ...base, kind: 'interactive_reply', choiceId: payload, title: params.get('ButtonText') ?? payload }];
  const latitude = Number(params.get('Latitude') ?? Number.NaN);
  const longitude = Number(params.get('Longitude') ?? Number.NaN);
  if (params.get('Latitude') && params.get('Longitude') && Number.isFinite(latitude) && Number.isFinite(longitude)) {
    const label = params.get('Label');
    const address = params.get('Address');
    return [
      {
        ...base,
        kind: 'location',
        latitude,
        longitude,
        ...(label ? { name: label } : {}),
        ...(address ? { address } : {}),
      },
    ];
  }
  const messages: InboundMessage[] = [];
  const media = Number(params.get('NumMedia') ?? '0');
  const body = params.get('Body') ?? '';
  for (let i = 0; i < media; i++) {
    const url = params.get(`MediaUrl${i}`);
    // Twilio's media are https URLs; anything else is not a file the gateway could hand on.
    if (!url || !URL.canParse(url) || !/^https?:/i.test(url)) continue;
    messages.push({
      ...base,
      id: newId(),
      channelMessageId: i === 0 ? sid : `${sid}:${i}`,
      kind: 'media',
      media: {
        url,
        mimeType: params.get(`MediaContentType${i}`) ?? 'application/octet-stream',
        ...(i === 0 && body ? { caption: body } : {}),
      },
    });
  }
  if (messages.length > 0) return messages;
  return [{ ...base, kind: 'text', text: body }];
}

/** Twilio's form-encoded webhook, signed over the public URL the instance is configured with. */
export function twilioWebhook(config: {
  instanceId: string;
  channel: 'sms' | 'whatsapp';
  authToken: string;
  webhookUrl: string;
}): WebhookReceiver {
  return {
    verify(request) {
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const params =
        request.method === 'POST' ? new URLSearchParams(request.body.toString('utf8')) : new URLSearchParams();
      return verifyTwilioSignature(
        config.authToken,
        `${config.webhookUrl}${query}`,
        params,
        request.headers['x-twilio-signature'],
      );
    },
    parse(request) {
      const contentType = request.headers['content-type'] ?? '';
      if (!contentType.startsWith('application/x-www-form-urlencoded')) {
        throw new Error(`expected a form-encoded body, got ${contentType || 'none'}`);
      }
      return parseTwilioForm(new URLSearchParams(request.body.toString('utf8')), config);
    },
    // Twilio reads the answer to a message webhook as TwiML (JSON is its error 12300): none, no reply here.
    respond: () => ({ status: 200, contentType: 'text/xml', body: EMPTY_TWIML }),
  };
}

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

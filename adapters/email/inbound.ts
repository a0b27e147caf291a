import { createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import busboy from 'busboy';
import {
  RecentEvents,
  newId,
  sameSecret,
  type ChannelRequest,
  type InboundMessage,
  type Logger,
  type ReceiptStatus,
  type VerifyResult,
  type WebhookReceiver,
} from '../../core/index.js';
import { readMail, type AttachmentInfo, type MailSummary } from './mime.js';
import { conversationKeyOf, encodeThreadAddress, threadIdOf } from './thread.js';

const MAX_TEXT = 65_536;

/** How many mails one sender may have answered in an hour: a loop with a robot that hides it stops here. */
export class SenderBudget {
  readonly #sent = new RecentEvents(3_600_000, 50_000);

  constructor(private readonly perHour: number) {}

  take(sender: string, now = Date.now()): boolean {
    return this.#sent.take(sender, this.perHour, now);
  }
}

export interface MailContext {
  instanceId: string;
  budget: SenderBudget;
  logger: Logger;
  now?: number;
}

/**
 * What one mail becomes: a message of its conversation (sender and thread), a failed status for
 * a bounce of the bot's own mail, or nothing for automatic, bulk and list mail.
 */
export function messagesOfMail(mail: MailSummary, context: MailContext): InboundMessage[] {
  const receivedAt = context.now ?? Date.now();
  const base = { id: newId(), instanceId: context.instanceId, channel: 'email' as const, receivedAt };
  if (mail.bounce) {
    const { originalMessageId, recipient, reason } = mail.bounce;
    if (!originalMessageId) {
      context.logger.info({ messageId: mail.messageId }, 'ignored a bounce that names no mail of the bot');
      return [];
    }
    const party = recipient ?? mail.from?.address ?? 'mailer-daemon';
    return [
      {
        ...base,
        kind: 'status',
        conversationKey: party,
        from: { id: party },
        channelMessageId: mail.messageId,
        providerMessageId: originalMessageId,
        status: 'failed',
        error: reason,
      },
    ];
  }
  if (mail.noise || !mail.from) {
    context.logger.info(
      { messageId: mail.messageId, noise: mail.noise ?? 'no sender' },
      'read a mail that gets no answer',
    );
    return [];
  }
  if (!context.budget.take(mail.from.address, receivedAt)) {
    context.logger.warn(
      { messageId: mail.messageId },
      'a sender went over the hourly reply budget; the mail is read but not answered',
    );
    return [];
  }
  const threadId = threadIdOf(mail);
  const isReply = mail.inReplyTo !== undefined || mail.references.length > 0;
  // A mail with nothing but a subject asks its question there.
  const text = (mail.text || (isReply ? '' : mail.subject)).slice(0, MAX_TEXT);
  const common = {
    ...base,
    conversationKey: conversationKeyOf(mail.from.address, threadId),
    from: { id: mail.from.address, ...(mail.from.name ? { name: mail.from.name.slice(0, 256) } : {}) },
    channelMessageId: mail.messageId.slice(0, 512),
    ...(mail.inReplyTo ? { replyToChannelMessageId: mail.inReplyTo } : {}),
    replyAddress: encodeThreadAddress(mail),
  };
  const attachments = mail.attachments.slice(0, 100).map(attachmentOf);
  if (text.length === 0 && attachments[0]) return [{ ...common, kind: 'media', media: attachments[0] }];
  return [{ ...common, kind: 'text', text, ...(attachments.length > 0 ? { attachments } : {}) }];
}

function attachmentOf(a: AttachmentInfo) {
  return { mimeType: a.mimeType.slice(0, 256), bytes: a.bytes, ...(a.name ? { name: a.name.slice(0, 512) } : {}) };
}

/** A multipart/form-data body read whole: fields as their bytes, files as their metadata only. */
interface FormData {
  fields: Map<string, Buffer>;
  files: AttachmentInfo[];
}

export function readFormData(request: ChannelRequest): Promise<FormData> {
  return new Promise((resolve, reject) => {
    const fields = new Map<string, Buffer>();
    const files: AttachmentInfo[] = [];
    // latin1 keeps every byte of a field as it came: the mail's own charsets decide later.
    const parser = busboy({
      headers: { 'content-type': request.headers['content-type'] ?? '' },
      defCharset: 'latin1',
      defParamCharset: 'utf8',
      limits: { fieldSize: request.body.length, fields: 200, files: 100 },
    });
    parser.on('field', (name, value) => fields.set(name, Buffer.from(value, 'latin1')));
    parser.on('file', (_name, stream, info) => {
      let bytes = 0;
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      stream.on('end', () =>
        files.push({ ...(info.filename ? { name: info.filename } : {}), mimeType: info.mimeType, bytes }),
      );
    });
    parser.on('error', reject);
    parser.on('close', () => resolve({ fields, files }));
    parser.end(request.body);
  });
}

/**
 * SendGrid Inbound Parse, both ways it posts: the raw MIME (`email`, "send raw") read like every
 * mail, or the parsed form, rebuilt as one MIME text part under the mail's own headers so that
 * both go through the same reader (threading, loop headers, charsets).
 */
export async function mailOfInboundParse(form: FormData): Promise<MailSummary> {
  const raw = form.fields.get('email');
  if (raw) return readMail(raw);
  const headers = form.fields.get('headers');
  if (!headers) throw new Error('an Inbound Parse post needs "headers" or "email"');
  const charsets = parseCharsets(form.fields.get('charsets'));
  const text = decodeField(form.fields.get('text'), charsets.text);
  const html = decodeField(form.fields.get('html'), charsets.html);
  const ownHeaders = headers
    .toString('latin1')
    .replace(/\r?\n/g, '\r\n')
    .split(/\r\n(?![ \t])/)
    .filter((h) => h.length > 0 && !/^(content-type|content-transfer-encoding|mime-version)\s*:/i.test(h))
    .join('\r\n');
  const body = text ?? html ?? '';
  const type = text === undefined && html !== undefined ? 'text/html' : 'text/plain';
  const mime = `${ownHeaders}\r\nMIME-Version: 1.0\r\nContent-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(body, 'utf8').toString('base64')}\r\n`;
  const mail = await readMail(Buffer.from(mime, 'latin1'));
  return { ...mail, attachments: form.files };
}

function parseCharsets(field: Buffer | undefined): Record<string, string> {
  if (!field) return {};
  try {
    const value = JSON.parse(field.toString('utf8')) as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function decodeField(field: Buffer | undefined, charset: string | undefined): string | undefined {
  if (!field) return undefined;
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(field);
  } catch {
    return new TextDecoder('utf-8').decode(field);
  }
}

/** SendGrid's events that are delivery states; a Map, so an event such as "__proto__" is none. */
const EVENT_STATES = new Map<string, ReceiptStatus>([
  ['processed', 'sent'],
  ['deferred', 'sent'],
  ['delivered', 'delivered'],
  ['open', 'read'],
  ['bounce', 'failed'],
  ['dropped', 'failed'],
  ['blocked', 'failed'],
]);

interface SendGridEvent {
  email?: string;
  event?: string;
  sg_event_id?: string;
  sg_message_id?: string;
  reason?: string;
  status?: string;
  type?: string;
}

/** SendGrid's Event Webhook: a JSON array of events, each a delivery status of a mail the bot sent. */
export function parseEvents(body: Buffer, context: { instanceId: string; now?: number }): InboundMessage[] {
  const events = JSON.parse(body.toString('utf8')) as unknown;
  if (!Array.isArray(events)) throw new Error('the Event Webhook posts a JSON array');
  const receivedAt = context.now ?? Date.now();
  return (events as SendGridEvent[]).flatMap((event): InboundMessage[] => {
    const state = event.event ? EVENT_STATES.get(event.event) : undefined;
    const providerMessageId = event.sg_message_id?.split('.')[0];
    if (!state || !providerMessageId || !event.sg_event_id) return [];
    const party = event.email || providerMessageId;
    const detail = [event.status, event.reason].filter(Boolean).join(' ');
    return [
      {
        kind: 'status',
        id: newId(),
        instanceId: context.instanceId,
        channel: 'email',
        conversationKey: party,
        from: { id: party },
        channelMessageId: event.sg_event_id,
        receivedAt,
        providerMessageId,
        status: state,
        ...(state === 'failed' ? { error: `${event.event}${detail ? `: ${detail}` : ''}`.slice(0, 500) } : {}),
      },
    ];
  });
}

/** The Event Webhook's signature: ECDSA P-256 over the timestamp and the raw body bytes. */
export function verifyEventSignature(key: KeyObject, request: ChannelRequest): VerifyResult {
  const signature = request.headers['x-twilio-email-event-webhook-signature'];
  const timestamp = request.headers['x-twilio-email-event-webhook-timestamp'];
  if (!signature || !timestamp) return { ok: false, reason: 'the event webhook signature headers are missing' };
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), request.body]);
  const ok = verifySignature('sha256', signed, key, Buffer.from(signature, 'base64'));
  return ok ? { ok: true } : { ok: false, reason: 'the event webhook signature does not match' };
}

export function eventKey(base64: string): KeyObject {
  return createPublicKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'spki' });
}

function isForm(request: ChannelRequest): boolean {
  return (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');
}

/** `?secret=` of the Parse URL, and Basic auth when the instance sets a user. */
function verifyInboundParse(
  request: ChannelRequest,
  inbound: { secret: string; user: string | undefined; password: string | undefined },
): VerifyResult {
  const query = new URLSearchParams(request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '');
  if (!sameSecret(query.get('secret') ?? '', inbound.secret))
    return { ok: false, reason: 'the Inbound Parse URL secret does not match' };
  if (inbound.user !== undefined) {
    const given = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const expected = Buffer.from(`${inbound.user}:${inbound.password ?? ''}`).toString('base64');
    if (!sameSecret(given ?? '', expected)) return { ok: false, reason: 'the Inbound Parse basic auth does not match' };
  }
  return { ok: true };
}

/**
 * The e-mail channel's webhook: SendGrid's Event Webhook (JSON, signed) for the statuses of
 * mail sent through SendGrid, and, on the SendGrid provider, Inbound Parse (multipart).
 */
export function emailWebhook(config: {
  instanceId: string;
  eventKey: KeyObject | undefined;
  inbound: { secret: string; user: string | undefined; password: string | undefined } | undefined;
  budget: SenderBudget;
  logger: Logger;
}): WebhookReceiver {
  return {
    verify(request) {
      if (request.method !== 'POST') return { ok: false, reason: 'the e-mail webhook takes POST only' };
      if (isForm(request)) {
        if (!config.inbound) return { ok: false, reason: 'this instance reads its mail over IMAP, not Inbound Parse' };
        return verifyInboundParse(request, config.inbound);
      }
      if (!config.eventKey) return { ok: false, reason: 'no "SendGrid Event Key" is set for the event webhook' };
      return verifyEventSignature(config.eventKey, request);
    },
    async parse(request) {
      if (!isForm(request)) return parseEvents(request.body, config);
      const mail = await mailOfInboundParse(await readFormData(request));
      return messagesOfMail(mail, config);
    },
  };
}

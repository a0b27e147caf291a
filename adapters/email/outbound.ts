import nodemailer, { type Transporter } from 'nodemailer';
import {
  classifyErrors,
  createTransport,
  deadline,
  logCalls,
  bearerAuth,
  type ChannelLimits,
  type ChannelSender,
  type Logger,
  type OutboundMessage,
} from '../../core/index.js';
import { numberedMenu } from '../text.js';
import { sendGridFailure, smtpFailure } from './errors.js';
import { decodeThreadAddress, newThreadId, ownMessageId, replySubject, threadOfConversation } from './thread.js';

/** A mail ready for either provider. */
export interface ComposedMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The Message-IDs it answers: In-Reply-To is the last. */
  references: string[];
  /** RFC 3834: `auto-replied` on replies, `auto-generated` on mail the bot starts. */
  autoSubmitted: 'auto-replied' | 'auto-generated';
}

export interface Sender {
  address: string;
  name: string | undefined;
}

/** `Support <bot@example.com>` or a bare address. */
export function parseSender(value: string): Sender {
  const named = /^\s*"?([^"<]*?)"?\s*<([^>]+@[^>]+)>\s*$/.exec(value);
  if (named) return { address: named[2]!.trim(), name: named[1]!.trim() || undefined };
  return { address: value.trim(), name: undefined };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** The text and a simple HTML part of a message; undefined for what mail cannot show (typing). */
function bodyOf(message: OutboundMessage): { text: string; html: string } | undefined {
  switch (message.kind) {
    case 'text':
      return { text: message.text, html: paragraphs(message.text) };
    case 'buttons':
    case 'list': {
      const items = message.choices.map((c) => `<li>${escapeHtml(c.title)}</li>`).join('');
      return {
        text: numberedMenu(message.text, message.choices),
        html: `${paragraphs(message.text)}\n<ol>${items}</ol>\n<p>Reply with a number.</p>`,
      };
    }
    case 'media': {
      const { url, caption, name } = message.media;
      const link = url ?? name ?? message.media.mimeType;
      const text = [caption, link].filter(Boolean).join('\n');
      const html = `${caption ? paragraphs(caption) : ''}<p>${url ? `<a href="${escapeHtml(url)}">${escapeHtml(name ?? url)}</a>` : escapeHtml(link)}</p>`;
      return { text, html };
    }
    case 'template': {
      const text = [message.template, ...message.parameters].join(' ');
      return { text, html: paragraphs(text) };
    }
    case 'typing':
      return undefined;
  }
}

/**
 * A mail for an outbound message: a reply keeps its thread (`Re:` subject, In-Reply-To and
 * References from the mail it answers, a Message-ID carrying the thread), mail the bot starts
 * opens one. The Message-ID is the outbound message's own, so a retry is the same mail.
 */
export function composeMail(
  message: OutboundMessage,
  context: { from: Sender; title: string },
): ComposedMail | undefined {
  const body = bodyOf(message);
  if (!body) return undefined;
  const thread = decodeThreadAddress(message.replyAddress);
  const threadId = threadOfConversation(message.conversationKey) ?? newThreadId(message.id);
  const domain = context.from.address.split('@')[1] ?? 'localhost';
  return {
    messageId: ownMessageId(threadId, message.id, domain),
    to: message.to.id,
    subject: thread ? replySubject(thread.subject) : context.title,
    ...body,
    references: thread?.references ?? [],
    autoSubmitted: thread ? 'auto-replied' : 'auto-generated',
  };
}

export function emailLimits(perSecond: number): ChannelLimits {
  // A person gets at most a few mails a minute from the bot; bursts of a dialog's TALKs pass.
  const recipient = { perSecond: 1 / 6, burst: 10 };
  return {
    account: { perSecond, burst: Math.max(1, Math.round(perSecond)) },
    recipient: () => recipient,
  };
}

export interface SmtpSettings {
  host: string;
  port: number;
  security: 'tls' | 'starttls' | 'none';
  user: string | undefined;
  password: string | undefined;
  dkim: { domainName: string; keySelector: string; privateKey: string } | undefined;
}

/** Pooled SMTP connections per instance, kept across the adapter's rebuilds while the settings stay. */
export class SmtpPools {
  readonly #pools = new Map<string, { key: string; transport: Transporter }>();

  get(instanceId: string, settings: SmtpSettings): Transporter {
    const key = JSON.stringify(settings);
    const kept = this.#pools.get(instanceId);
    if (kept?.key === key) return kept.transport;
    kept?.transport.close();
    const transport = nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.security === 'tls',
      requireTLS: settings.security === 'starttls',
      ignoreTLS: settings.security === 'none',
      ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
      ...(settings.dkim ? { dkim: settings.dkim } : {}),
      pool: true,
      maxConnections: 2,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
    this.#pools.set(instanceId, { key, transport });
    return transport;
  }

  close(): void {
    for (const { transport } of this.#pools.values()) transport.close();
    this.#pools.clear();
  }
}

const MAIL_HEADERS = (mail: ComposedMail) => ({
  'Auto-Submitted': mail.autoSubmitted,
  // Asks Microsoft's servers for no out-of-office answer to the bot.
  'X-Auto-Response-Suppress': 'All',
});

/** Sends through SMTP: the provider's id is the mail's own Message-ID, which bounces quote. */
export function smtpSender(config: {
  transport: () => Transporter;
  from: Sender;
  title: string;
  perSecond: number;
}): ChannelSender {
  return {
    limits: emailLimits(config.perSecond),
    async send(message, signal) {
      const mail = composeMail(message, config);
      if (!mail) return { state: 'sent' };
      signal.throwIfAborted();
      try {
        await config.transport().sendMail({
          from: config.from.name ? { name: config.from.name, address: config.from.address } : config.from.address,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          ...(mail.references.length > 0 ? { inReplyTo: mail.references.at(-1)!, references: mail.references } : {}),
          headers: MAIL_HEADERS(mail),
        });
      } catch (err) {
        throw smtpFailure(err);
      }
      return { providerMessageId: mail.messageId, state: 'sent' };
    },
  };
}

const SENDGRID_TIMEOUT_MS = 10_000;

/**
 * Sends through SendGrid's v3 Mail Send with the gateway's own HTTP client (its deadline, logs and
 * error classes, as every channel). The provider's id is `X-Message-Id`, the prefix of the Event
 * Webhook's `sg_message_id`; the outbound id rides along in `custom_args`.
 */
export function sendGridSender(config: {
  apiKey: string;
  apiUrl: string;
  from: Sender;
  title: string;
  perSecond: number;
  logger: Logger;
}): ChannelSender {
  const api = createTransport({
    baseUrl: config.apiUrl,
    transformers: [
      logCalls(config.logger),
      deadline(SENDGRID_TIMEOUT_MS),
      bearerAuth(config.apiKey),
      classifyErrors((response) => response.status === 202 || response.status === 200, sendGridFailure),
    ],
  });
  return {
    limits: emailLimits(config.perSecond),
    async send(message, signal) {
      const mail = composeMail(message, config);
      if (!mail) return { state: 'sent' };
      const response = await api.call('/v3/mail/send', {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          personalizations: [{ to: [{ email: mail.to }], custom_args: { gw_msg_id: message.id } }],
          from: { email: config.from.address, ...(config.from.name ? { name: config.from.name } : {}) },
          subject: mail.subject,
          content: [
            { type: 'text/plain', value: mail.text },
            { type: 'text/html', value: mail.html },
          ],
          headers: {
            ...MAIL_HEADERS(mail),
            'Message-ID': mail.messageId,
            ...(mail.references.length > 0
              ? { 'In-Reply-To': mail.references.at(-1)!, References: mail.references.join(' ') }
              : {}),
          },
        }),
        signal,
      });
      const id = response.headers.get('x-message-id');
      return { ...(id ? { providerMessageId: id } : {}), state: 'sent' };
    },
  };
}

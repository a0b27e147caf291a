import { createHash } from 'node:crypto';
import EmailReplyParser from 'email-reply-parser';
import { type AddressObject, type HeaderValue, type ParsedMail, simpleParser } from 'mailparser';

/** What the gateway keeps of an attachment: never its bytes. */
export interface AttachmentInfo {
  name?: string;
  mimeType: string;
  bytes: number;
}

/** A delivery report (DSN) about a mail the bot sent. */
export interface Bounce {
  /** The Message-ID of the bot's mail the report is about, when the report quotes it. */
  originalMessageId?: string;
  recipient?: string;
  reason: string;
}

/** Why a mail gets no answer; undefined for mail a person wrote. */
export type Noise = 'auto-reply' | 'bulk' | 'list' | 'no-reply sender' | 'bounce';

/** A mail as the e-mail channel reads it. */
export interface MailSummary {
  messageId: string;
  from: { address: string; name?: string } | undefined;
  subject: string;
  inReplyTo: string | undefined;
  references: string[];
  /** What the sender wrote this time: quoted history and signatures removed. */
  text: string;
  attachments: AttachmentInfo[];
  noise: Noise | undefined;
  bounce: Bounce | undefined;
}

const replies = new EmailReplyParser();

/** Parses a whole MIME message (any charset; HTML read as text when there is no text part). */
export async function readMail(source: Buffer | string): Promise<MailSummary> {
  const mail = await simpleParser(source, { skipImageLinks: true, keepCidLinks: false });
  return summarize(mail, source);
}

function summarize(mail: ParsedMail, source: Buffer | string): MailSummary {
  const from = firstAddress(mail.from);
  const references = [mail.references ?? []].flat().filter((id) => id.length > 0);
  const bounce = readBounce(mail, from?.address);
  const messageId = mail.messageId ?? syntheticId(mail, source);
  const body = mail.text ?? '';
  return {
    messageId,
    from,
    subject: mail.subject ?? '',
    inReplyTo: mail.inReplyTo,
    references,
    text: newText(body),
    attachments: mail.attachments
      .filter((a) => !isReportPart(a.contentType))
      .map((a) => ({
        ...(a.filename ? { name: a.filename } : {}),
        mimeType: a.contentType || 'application/octet-stream',
        bytes: a.size,
      })),
    noise: bounce ? 'bounce' : noiseOf(mail, from?.address),
    bounce,
  };
}

/** The text a person wrote in a reply: the quoted mail, "On … wrote:" blocks and signatures go. */
export function newText(body: string): string {
  const text = body.replace(/\r\n/g, '\n');
  if (text.trim().length === 0) return '';
  const visible = replies.parseReply(text).trim().replace(SENT_FROM, '').trim();
  return visible.length > 0 ? visible : text.trim();
}

/** The line mobile mail programs sign with, in the languages the gateway speaks. */
const SENT_FROM =
  /\n+(sent from my|sent from|get outlook for|enviado do meu|enviado de meu|enviado desde mi|enviado desde|obtener outlook para|baixe o outlook para)\b[^\n]*$/i;

function firstAddress(value: AddressObject | AddressObject[] | undefined): MailSummary['from'] {
  const first = [value ?? []].flat()[0]?.value[0];
  if (!first?.address) return undefined;
  return { address: first.address.toLowerCase(), ...(first.name ? { name: first.name } : {}) };
}

function header(mail: ParsedMail, name: string): string | undefined {
  const value: HeaderValue | undefined = mail.headers.get(name);
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'value' in value) return String(value.value);
  return String(value);
}

const NO_REPLY_SENDER = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|noreply-[^@]*|bounces?(\+[^@]*)?)@/i;

/**
 * RFC 3834 practice and what real mail systems set: automatic mail (Auto-Submitted other than
 * `no`, Microsoft's and others' auto-reply headers), bulk and list mail, and senders that never
 * read replies get no answer, so two robots never answer each other forever.
 */
function noiseOf(mail: ParsedMail, sender: string | undefined): Noise | undefined {
  const autoSubmitted = header(mail, 'auto-submitted')?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return 'auto-reply';
  for (const name of ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-auto-reply-from']) {
    if (mail.headers.has(name)) return 'auto-reply';
  }
  const suppress = header(mail, 'x-auto-response-suppress')?.toLowerCase() ?? '';
  if (/\b(all|oof|autoreply)\b/.test(suppress)) return 'auto-reply';
  const precedence = header(mail, 'precedence')?.trim().toLowerCase();
  if (precedence === 'bulk' || precedence === 'junk') return 'bulk';
  if (precedence === 'list' || mail.headers.has('list-id') || mail.headers.has('list-unsubscribe')) return 'list';
  if (/^\s*<>\s*$/.test(header(mail, 'return-path') ?? '')) return 'auto-reply';
  if (sender === undefined || NO_REPLY_SENDER.test(sender)) return 'no-reply sender';
  return undefined;
}

function isReportPart(contentType: string): boolean {
  return /^(message\/(delivery-status|global-delivery-status|rfc822|global)|text\/rfc822-headers)$/i.test(contentType);
}

/**
 * A delivery status notification (RFC 3464: multipart/report with a message/delivery-status part),
 * or the looser reports some servers send from MAILER-DAEMON. Only failures are bounces.
 */
function readBounce(mail: ParsedMail, sender: string | undefined): Bounce | undefined {
  const contentType = header(mail, 'content-type')?.toLowerCase() ?? '';
  const params = mail.headers.get('content-type');
  const reportType =
    typeof params === 'object' && params !== null && 'params' in params
      ? String((params.params as Record<string, string>)['report-type'] ?? '').toLowerCase()
      : '';
  const isReport = contentType.startsWith('multipart/report') && reportType.includes('delivery-status');
  const fromDaemon = sender !== undefined && /^(mailer-daemon|postmaster)@/i.test(sender);
  if (!isReport && !fromDaemon && !mail.headers.has('x-failed-recipients')) return undefined;
  // mailparser reads a message/delivery-status part as an attachment or as text, by version.
  const status =
    mail.attachments.find((a) => /delivery-status$/i.test(a.contentType))?.content.toString('utf8') ?? mail.text ?? '';
  const action = /^Action:\s*(\S+)/im.exec(status)?.[1]?.toLowerCase();
  if (action !== undefined && action !== 'failed') return undefined;
  const quoted = mail.attachments
    .filter((a) => /^(message\/(rfc822|global)|text\/rfc822-headers)$/i.test(a.contentType))
    .map((a) => a.content.toString('utf8'))
    .join('\n');
  const originalMessageId = /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(quoted || (mail.text ?? ''))?.[1];
  const recipient =
    /^Final-Recipient:\s*[^;]+;\s*(\S+)/im.exec(status)?.[1] ?? header(mail, 'x-failed-recipients')?.trim();
  const diagnostic = /^Diagnostic-Code:\s*[^;]+;\s*(.+(?:\n[ \t].+)*)/im.exec(status)?.[1]?.replace(/\s+/g, ' ');
  const code = /^Status:\s*(\S+)/im.exec(status)?.[1];
  const reason = diagnostic ?? (code ? `status ${code}` : (mail.subject ?? 'the mail was not delivered'));
  return {
    ...(originalMessageId ? { originalMessageId } : {}),
    ...(recipient ? { recipient } : {}),
    reason: `bounced${recipient ? ` by ${recipient}` : ''}: ${reason}`.slice(0, 500),
  };
}

/** Mail without a Message-ID (rare, but seen): an id from what identifies it, so a copy is still a copy. */
function syntheticId(mail: ParsedMail, source: Buffer | string): string {
  const hash = createHash('sha256')
    .update(header(mail, 'from') ?? '')
    .update('\u0000')
    .update(mail.subject ?? '')
    .update('\u0000')
    .update(mail.date?.toISOString() ?? '')
    .update('\u0000')
    .update(typeof source === 'string' ? source : source.subarray(0, 64 * 1024))
    .digest('hex')
    .slice(0, 32);
  return `<${hash}@no-message-id>`;
}

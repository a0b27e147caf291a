import { createHash } from 'node:crypto';

/**
 * Mail threads as conversations. A conversation is one sender in one thread: its key is the
 * sender's address and a thread id. The thread id is the hash of the thread's first Message-ID;
 * the bot's own Message-IDs carry it (`<gb.t<thread>.<id>@domain>`), so a reply continues the
 * conversation even from a mail program that keeps only In-Reply-To.
 */
const OWN_ID = /^<gb\.t([0-9a-f]{16})\.[^@>]+@[^>]+>$/;

export function threadIdOf(mail: { messageId: string; inReplyTo: string | undefined; references: string[] }): string {
  const ids = [...mail.references, ...(mail.inReplyTo ? [mail.inReplyTo] : [])];
  for (const id of [...ids].reverse()) {
    const own = OWN_ID.exec(id.trim());
    if (own) return own[1]!;
  }
  const root = ids[0] ?? mail.messageId;
  return createHash('sha256').update(root.trim().toLowerCase()).digest('hex').slice(0, 16);
}

export function conversationKeyOf(sender: string, threadId: string): string {
  return `${sender} ${threadId}`;
}

/** The thread id in a conversation key; undefined for a conversation the bot starts (TALK TO). */
export function threadOfConversation(conversationKey: string): string | undefined {
  const thread = conversationKey.split(' ')[1];
  return thread && /^[0-9a-f]{16}$/.test(thread) ? thread : undefined;
}

/** A Message-ID for a mail the bot sends: its thread, then the outbound message's id. */
export function ownMessageId(threadId: string, outboundId: string, domain: string): string {
  const local = outboundId.replace(/[^A-Za-z0-9._-]/g, '');
  return `<gb.t${threadId}.${local}@${domain}>`;
}

/** A new thread for mail the bot starts itself. */
export function newThreadId(outboundId: string): string {
  return createHash('sha256').update(outboundId).digest('hex').slice(0, 16);
}

/** What a reply needs of the mail it answers, carried on the reply as its reply address. */
export interface ThreadAddress {
  subject: string;
  /** The References of the mail answered, then its own Message-ID (the last ten: enough to thread). */
  references: string[];
}

const MAX_REFERENCES = 10;

export function encodeThreadAddress(mail: { subject: string; messageId: string; references: string[] }): string {
  const references = [...mail.references, mail.messageId].slice(-MAX_REFERENCES);
  return JSON.stringify({ subject: mail.subject.slice(0, 500), references } satisfies ThreadAddress);
}

export function decodeThreadAddress(replyAddress: string | undefined): ThreadAddress | undefined {
  if (!replyAddress) return undefined;
  try {
    const value = JSON.parse(replyAddress) as Partial<ThreadAddress>;
    if (typeof value.subject !== 'string' || !Array.isArray(value.references)) return undefined;
    return { subject: value.subject, references: value.references.filter((r) => typeof r === 'string') };
  } catch {
    return undefined;
  }
}

/** `Re: <subject>`, without piling up prefixes (Re:, RE:, Fwd:, and Portuguese/Spanish "Res:", "RV:"). */
export function replySubject(subject: string): string {
  const bare = subject.replace(/^\s*((re|res|aw|sv|rv|fw|fwd|enc)\s*(\[\d+\])?\s*:\s*)+/i, '').trim();
  return bare.length > 0 ? `Re: ${bare}` : 'Re:';
}

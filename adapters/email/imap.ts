import { ImapFlow } from 'imapflow';
import {
  ChannelCredentialsRejected,
  errorMessage,
  type InboundMessage,
  type InboundSource,
  type SourceContext,
} from '../../core/index.js';

/** A mail larger than SendGrid's own limit is skipped (logged), never fetched into memory. */
export const MAX_MAIL_BYTES = 30 * 1024 * 1024;

export interface ImapSettings {
  host: string;
  port: number;
  security: 'tls' | 'starttls' | 'none';
  user: string;
  password: string;
  mailbox: string;
  pollSeconds: number;
}

/** How far a mailbox has been read: valid while the mailbox's UIDVALIDITY stays the same. */
interface Checkpoint {
  uidValidity: string;
  uid: number;
}

function readCheckpoint(value: string | undefined): Checkpoint | undefined {
  if (!value) return undefined;
  const [uidValidity, uid] = value.split(':');
  return uidValidity && uid && /^\d+$/.test(uid) ? { uidValidity, uid: Number(uid) } : undefined;
}

/**
 * A mailbox read over IMAP, exactly once across restarts and nodes: the gateway holds a lease so
 * one node reads it; mail is fetched in UID order and each is on the broker before the checkpoint
 * (UIDVALIDITY:UID in the database) passes it, then flagged \Seen. A crash between the two reads
 * the mail again, and the router drops it by its Message-ID. With no checkpoint (a new mailbox,
 * or UIDVALIDITY changed), the unread (not \Seen) mail is read: old mail is not answered.
 * New mail wakes the reader through IDLE; without IDLE, and at least every `pollSeconds`, it looks.
 */
export function imapSource(settings: ImapSettings, read: (source: Buffer) => Promise<InboundMessage[]>): InboundSource {
  return {
    key: `imap:${settings.user}@${settings.host}:${settings.port}/${settings.mailbox}`,
    async run(context, signal) {
      const client = new ImapFlow({
        host: settings.host,
        port: settings.port,
        secure: settings.security === 'tls',
        doSTARTTLS: settings.security === 'starttls' ? true : settings.security === 'none' ? false : undefined,
        auth: { user: settings.user, pass: settings.password },
        logger: false,
        maxIdleTime: settings.pollSeconds * 1000,
        // IDLE (and with it word of new mail) starts once the reader has been quiet this long.
        autoIdleDelay: 1_000,
        connectionTimeout: 30_000,
        greetingTimeout: 16_000,
        maxLiteralSize: MAX_MAIL_BYTES + 1024 * 1024,
      });
      let wake: (() => void) | undefined;
      let closed: ((err: Error) => void) | undefined;
      const connectionLost = new Promise<never>((_resolve, reject) => {
        closed = reject;
      });
      connectionLost.catch(() => undefined);
      client.on('error', (err: Error) => closed?.(err));
      client.on('close', () => closed?.(new Error('the IMAP connection closed')));
      client.on('exists', () => wake?.());
      const stop = () => {
        wake?.();
        client.close();
      };
      signal.addEventListener('abort', stop, { once: true });
      try {
        await client.connect().catch((err: unknown) => {
          if ((err as { authenticationFailed?: boolean }).authenticationFailed)
            throw new ChannelCredentialsRejected(`the IMAP server refused the login of ${settings.user}`);
          throw err;
        });
        await client.mailboxOpen(settings.mailbox);
        while (!signal.aborted) {
          // The lock is held only while reading: imapflow idles (and hears of new mail) without it.
          const lock = await client.getMailboxLock(settings.mailbox);
          try {
            await drain(client, context, read, signal);
          } finally {
            lock.release();
          }
          if (signal.aborted) break;
          // Until new mail (IDLE's EXISTS), the poll interval, or the end.
          await Promise.race([
            new Promise<void>((resolve) => {
              wake = resolve;
              setTimeout(resolve, settings.pollSeconds * 1000).unref();
            }),
            connectionLost,
          ]);
          wake = undefined;
        }
      } finally {
        signal.removeEventListener('abort', stop);
        closed = undefined;
        if (client.usable) await client.logout().catch(() => client.close());
        else client.close();
      }
    },
  };
}

async function drain(
  client: ImapFlow,
  context: SourceContext,
  read: (source: Buffer) => Promise<InboundMessage[]>,
  signal: AbortSignal,
): Promise<void> {
  const mailbox = client.mailbox;
  if (!mailbox) throw new Error('no mailbox is open');
  const uidValidity = String(mailbox.uidValidity);
  // Mail arriving from here on has a UID at least this: what a first look passes over is older.
  const uidNext = Number(mailbox.uidNext ?? 1);
  const checkpoint = readCheckpoint(await context.checkpoint());
  const known = checkpoint?.uidValidity === uidValidity ? checkpoint : undefined;
  const found = known
    ? await client.search({ uid: `${known.uid + 1}:*` }, { uid: true })
    : await client.search({ seen: false }, { uid: true });
  // `N:*` names the last message even when its UID is below N (RFC 3501): keep only newer ones.
  const uids = (found || []).filter((uid) => uid > (known?.uid ?? 0)).sort((a, b) => a - b);
  for (const uid of uids) {
    if (signal.aborted) return;
    const head = await client.fetchOne(String(uid), { uid: true, size: true }, { uid: true });
    if (head && (head.size ?? 0) <= MAX_MAIL_BYTES) {
      const message = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
      if (message && message.source !== undefined) {
        let messages: InboundMessage[] = [];
        try {
          messages = await read(message.source);
        } catch (err) {
          // One unreadable mail must not stop the mailbox: it is logged and passed.
          context.logger.warn({ uid, err: errorMessage(err) }, 'skipped a mail that could not be read');
        }
        if (messages.length > 0) await context.accept(messages);
      }
    } else if (head) {
      context.logger.warn({ uid, bytes: head.size }, `skipped a mail over ${MAX_MAIL_BYTES} bytes`);
    }
    await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
    await context.saveCheckpoint(`${uidValidity}:${uid}`);
  }
  if (!known) {
    // Nothing unread left: later mail is whatever comes after the newest UID now.
    const last = Math.max(uids.at(-1) ?? 0, uidNext - 1);
    await context.saveCheckpoint(`${uidValidity}:${last}`);
  }
}

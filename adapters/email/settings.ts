import { z } from 'zod';
import { defineChannelSettings, httpUrl, nonEmpty, perSecond, secret } from '../../config/index.js';

const port = z.coerce.number().int().min(1).max(65_535);
/** `tls` from the first byte (993, 465), `starttls` upgrades a plain connection, `none` is for loopback tests. */
const security = z.enum(['tls', 'starttls', 'none']);
const count = z.coerce.number().int().positive();

/**
 * How the bot sends mail, shared by both ways of receiving it: SMTP (the same settings `SEND MAIL`
 * uses) or SendGrid's v3 API when `SendGrid Key` is set.
 */
const sending = {
  /** The bot's address, `bot@example.com` or `Support <bot@example.com>`; replies come from it. */
  'Mail From': nonEmpty.regex(/@/, 'must be an e-mail address'),
  'SMTP Host': nonEmpty.optional(),
  'SMTP Port': port.default(587),
  /** Defaults to `tls` on port 465 and `starttls` elsewhere. */
  'SMTP Security': security.optional(),
  'SMTP User': nonEmpty.optional(),
  'SMTP Password': secret(nonEmpty).optional(),
  'SendGrid Key': secret(nonEmpty).optional(),
  'SendGrid URL': httpUrl.default('https://api.sendgrid.com'),
  /** The Event Webhook's verification key (base64 P-256 public key from SendGrid's mail settings). */
  'SendGrid Event Key': nonEmpty.optional(),
  /** Signs outgoing mail with DKIM when all three are set (SMTP; SendGrid signs for its own domains). */
  'DKIM Domain': nonEmpty.optional(),
  'DKIM Selector': nonEmpty.optional(),
  'DKIM Private Key': secret(nonEmpty).optional(),
  'Email Messages Per Second': perSecond.default(5),
  /** Mail loops stop here: a sender's mail beyond this many an hour is read but not answered. */
  'Email Replies Per Sender Per Hour': count.default(20),
};

type Sending = { 'SMTP Host'?: string | undefined; 'SendGrid Key'?: string | undefined };

function needsASender(settings: Sending, context: z.RefinementCtx): void {
  if (!settings['SMTP Host'] && !settings['SendGrid Key']) {
    context.addIssue({
      code: 'custom',
      path: ['SMTP Host'],
      message: 'or "SendGrid Key" is needed: the e-mail channel must be able to send its replies',
    });
  }
}

/** Mail read from a mailbox over IMAP (IDLE, polling as a fallback): the default e-mail provider. */
export const imapEmailSettings = defineChannelSettings({
  channel: 'email',
  provider: 'imap',
  turnedOnBy: 'IMAP Host',
  selectedBy: { setting: 'Email Provider', value: 'imap', isDefault: true },
  schema: z
    .object({
      ...sending,
      'IMAP Host': nonEmpty,
      'IMAP Port': port.default(993),
      /** Defaults to `tls` on port 993 and `starttls` elsewhere. */
      'IMAP Security': security.optional(),
      /** Defaults to the address of `Mail From`. */
      'IMAP User': nonEmpty.optional(),
      'IMAP Password': secret(nonEmpty),
      'IMAP Mailbox': nonEmpty.default('INBOX'),
      /** How often to look for mail when the server has no IDLE, and the longest IDLE before a fresh look. */
      'IMAP Poll Seconds': count.default(60),
    })
    .superRefine(needsASender),
});

/** Mail posted by SendGrid's Inbound Parse to `/webhooks/<instance>/email?secret=<secret>`. */
export const sendGridEmailSettings = defineChannelSettings({
  channel: 'email',
  provider: 'sendgrid',
  turnedOnBy: 'SendGrid Inbound Secret',
  selectedBy: { setting: 'Email Provider', value: 'sendgrid', isDefault: false },
  schema: z
    .object({
      ...sending,
      /** Inbound Parse is not signed: the URL carries this secret (`?secret=`), checked in constant time. */
      'SendGrid Inbound Secret': secret(nonEmpty.min(16, 'must be at least 16 characters')),
      /** Basic auth in the Parse URL (`https://user:password@host/...`), when set. */
      'SendGrid Inbound User': nonEmpty.optional(),
      'SendGrid Inbound Password': secret(nonEmpty).optional(),
    })
    .superRefine(needsASender),
});

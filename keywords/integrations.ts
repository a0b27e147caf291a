import { createHash } from 'node:crypto';
import {
  HubSpotCrm,
  SendGridMailSender,
  SmtpMailSender,
  StripePayments,
  TwitterPoster,
  type Crm,
  type HubSpotConfig,
  type MailSender,
  type Payments,
  type SendGridConfig,
  type SmtpConfig,
  type SocialPoster,
  type StripeConfig,
  type TwitterConfig,
} from '../integrations/index.js';

const clients = new Map<string, unknown>();
const MAX_CLIENTS = 1_000;

/** One client per distinct configuration, kept so connections are reused (keyed by a hash, not the secrets). */
function kept<T>(kind: string, config: object, create: () => T): T {
  const key = `${kind}:${createHash('sha256').update(JSON.stringify(config)).digest('base64url')}`;
  let client = clients.get(key) as T | undefined;
  if (client === undefined) {
    if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value!);
    client = create();
    clients.set(key, client);
  }
  return client;
}

/** The mail client for an instance: SendGrid when it has a key, else its SMTP server. */
export function mailSender(config: { sendGrid: SendGridConfig } | { smtp: SmtpConfig }): MailSender {
  return 'sendGrid' in config ? kept('sendgrid', config.sendGrid, () => new SendGridMailSender(config.sendGrid)) : kept('smtp', config.smtp, () => new SmtpMailSender(config.smtp));
}

export function crmClient(config: HubSpotConfig): Crm {
  return kept('hubspot', config, () => new HubSpotCrm(config));
}

export function paymentsClient(config: StripeConfig): Payments {
  return kept('stripe', config, () => new StripePayments(config));
}

export function socialPoster(config: TwitterConfig): SocialPoster {
  return kept('twitter', config, () => new TwitterPoster(config));
}

import type { BotSettings } from '../config/index.js';
import { type Crm, HubSpotCrm } from './crm.js';
import { type MailSender, SendGridMailSender, SmtpMailSender } from './mail.js';
import { type Payments, StripePayments } from './payments.js';
import { type SocialPoster, TwitterPoster } from './twitter.js';

/** The integration clients of one bot; each is undefined when the bot does not configure it. */
export interface BotIntegrations {
  /** SendGrid when the bot has a key, else its SMTP server. */
  readonly mail: MailSender | undefined;
  readonly crm: Crm | undefined;
  readonly payments: Payments | undefined;
  readonly social: SocialPoster | undefined;
}

/** Builds a bot's clients once, when its settings are loaded; they keep their connections. */
export function createBotIntegrations(settings: BotSettings): BotIntegrations {
  return Object.freeze({
    mail: settings.sendGrid
      ? new SendGridMailSender(settings.sendGrid)
      : settings.smtp
        ? new SmtpMailSender(settings.smtp)
        : undefined,
    crm: settings.hubSpot && new HubSpotCrm(settings.hubSpot),
    payments: settings.stripe && new StripePayments(settings.stripe),
    social: settings.twitter && new TwitterPoster(settings.twitter),
  });
}

export { IntegrationError } from './errors.js';
export { SendGridMailSender, SmtpMailSender, type MailMessage, type MailSender, type SendGridConfig, type SmtpConfig } from './mail.js';
export { HubSpotCrm, type Contact, type Crm, type HubSpotConfig, type Task } from './crm.js';
export { StripePayments, type PaymentRequest, type Payments, type StripeConfig } from './payments.js';
export { TwitterPoster, type SocialPoster, type TwitterConfig } from './twitter.js';

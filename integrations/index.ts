export { IntegrationError } from './errors.js';
export type { MailMessage, MailSender } from './mail.js';
export type { Contact, Crm, Task } from './crm.js';
export type { PaymentRequest, Payments } from './payments.js';
export type { SocialPoster } from './twitter.js';
export { createBotIntegrations, type BotIntegrations } from './bot-integrations.js';

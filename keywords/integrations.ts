import { SmtpMailSender, type MailSender, type SmtpConfig } from '../integrations/index.js';

const senders = new Map<string, MailSender>();

/** The mail client for an instance's SMTP settings (kept, so connections are reused). */
export function mailSender(config: SmtpConfig): MailSender {
  const key = JSON.stringify(config);
  let sender = senders.get(key);
  if (!sender) {
    sender = new SmtpMailSender(config);
    senders.set(key, sender);
  }
  return sender;
}

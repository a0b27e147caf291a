export { SmtpMailSender, type MailMessage, type MailSender, type SmtpConfig } from './mail.js';

import nodemailer, { type Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail for dialogs (SEND MAIL) and, later, the e-mail channel. */
export interface MailSender {
  send(message: MailMessage): Promise<{ messageId: string }>;
}

export interface SmtpConfig {
  host: string;
  port: number;
  user: string | undefined;
  password: string | undefined;
  from: string;
  timeoutMs: number;
}

/** Plain SMTP through nodemailer; port 465 is implicit TLS, others upgrade with STARTTLS when offered. */
export class SmtpMailSender implements MailSender {
  readonly #transport: Transporter;

  constructor(private readonly config: SmtpConfig) {
    this.#transport = nodemailer.createTransport({
      host: config.host,
      port: config.port,
      secure: config.port === 465,
      ...(config.user ? { auth: { user: config.user, pass: config.password ?? '' } } : {}),
      connectionTimeout: config.timeoutMs,
      greetingTimeout: config.timeoutMs,
      socketTimeout: config.timeoutMs,
    });
  }

  async send(message: MailMessage): Promise<{ messageId: string }> {
    const info = (await this.#transport.sendMail({ from: this.config.from, to: message.to, subject: message.subject, text: message.text })) as { messageId: string };
    return { messageId: info.messageId };
  }
}

import type { SmtpConfig, SendGridConfig } from '../config/index.js';
import sendGridClient from '@sendgrid/client';
import sendGridMail from '@sendgrid/mail';
import nodemailer, { type Transporter } from 'nodemailer';
import { errorMessage } from '../core/index.js';
import { IntegrationError, withDeadline } from './errors.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail for dialogs (SEND MAIL) and, later, the e-mail channel. */
export interface MailSender {
  send(message: MailMessage): Promise<{ messageId: string }>;
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
    try {
      const info = (await this.#transport.sendMail({
        from: this.config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      })) as { messageId: string };
      return { messageId: info.messageId };
    } catch (err) {
      throw new IntegrationError('SMTP', errorMessage(err), { cause: err });
    }
  }
}

/** SendGrid's v3 Mail Send through `@sendgrid/mail`: 202 means accepted; the id is `X-Message-Id`. */
export class SendGridMailSender implements MailSender {
  // The packages' singletons would share one key: each sender gets its own client (CommonJS
  // exports the classes beside the singletons; the typings do not say so).
  readonly #mail = new (sendGridMail as unknown as { MailService: new () => typeof sendGridMail }).MailService();

  constructor(private readonly config: SendGridConfig) {
    const client = new (sendGridClient as unknown as { Client: new () => typeof sendGridClient }).Client();
    client.setApiKey(config.apiKey);
    client.setDefaultRequest('baseUrl', config.baseUrl.replace(/\/?$/, '/'));
    this.#mail.setClient(client);
  }

  async send(message: MailMessage): Promise<{ messageId: string }> {
    try {
      const [response] = await withDeadline(
        'SendGrid',
        this.config.timeoutMs + 1_000,
        this.#mail.send({
          from: this.config.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
        }) as Promise<[{ statusCode: number; headers: unknown }, object]>,
      );
      const id = (response.headers as Record<string, string | undefined>)['x-message-id'];
      return { messageId: id ?? `sendgrid-${response.statusCode}` };
    } catch (err) {
      if (err instanceof IntegrationError) throw err;
      throw new IntegrationError('SendGrid', describeSendGridError(err), { cause: err });
    }
  }
}

/** SendGrid answers errors as `{"errors":[{"message": ...}]}`; the key never appears in them. */
function describeSendGridError(err: unknown): string {
  const failure = err as {
    code?: number;
    response?: { body?: { errors?: Array<{ message?: string }> } };
    message?: string;
  };
  const detail = failure.response?.body?.errors
    ?.map((e) => e.message)
    .filter(Boolean)
    .join('; ');
  if (failure.code === 401 || failure.code === 403) return `the API key was refused (${failure.code})`;
  if (failure.code === 429) return 'too many requests; try again later';
  return failure.code
    ? `answered ${failure.code}${detail ? `: ${detail}` : ''}`
    : (failure.message ?? 'the request failed');
}

export type { SmtpConfig, SendGridConfig };

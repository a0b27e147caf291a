import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  user: string | undefined;
}

/** An SMTP server on loopback that keeps every mail it is given (with the login it saw). */
export class FakeSmtpServer {
  readonly mails: ReceivedMail[] = [];
  readonly #server: SMTPServer;
  readonly #refusals: Array<{ code: number; message: string }> = [];
  port = 0;

  constructor(credentials: { user: string; password: string }) {
    this.#server = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      authOptional: false,
      allowInsecureAuth: true,
      logger: false,
      onAuth: (auth, _session, callback) => {
        if (auth.username === credentials.user && auth.password === credentials.password)
          callback(null, { user: auth.username });
        else callback(new Error('Invalid username or password'));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const refusal = this.#refusals.shift();
          if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
          this.mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
            user: typeof session.user === 'string' ? session.user : undefined,
          });
          callback();
        });
      },
    });
  }

  /** Answers the next mail's data with an SMTP error (451 deferred, 550 refused...). */
  refuseNext(code: number, message: string): this {
    this.#refusals.push({ code, message });
    return this;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.port = (this.#server.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

import { FakeApiServer, type FakeReply, type RecordedRequest } from './fake-server.js';

/** A SendGrid v3 Mail Send fake: 202 with `X-Message-Id`, or SendGrid's error bodies. */
export class FakeSendGridApi extends FakeApiServer {
  readonly mails: Array<{ from: string; to: string[]; subject: string; text: string }> = [];

  constructor(private readonly apiKey: string) {
    super();
  }

  protected handle(request: RecordedRequest): FakeReply {
    if (request.headers.authorization !== `Bearer ${this.apiKey}`) {
      return {
        status: 401,
        body: JSON.stringify({
          errors: [{ field: null, message: 'The provided authorization grant is invalid, expired, or revoked' }],
        }),
      };
    }
    if (request.method !== 'POST' || request.path !== '/v3/mail/send')
      return { status: 404, body: JSON.stringify({ errors: [{ field: null, message: 'not found' }] }) };
    const mail = JSON.parse(request.body || '{}') as {
      from?: { email?: string };
      personalizations?: Array<{ to?: Array<{ email: string }> }>;
      subject?: string;
      content?: Array<{ type: string; value: string }>;
    };
    const to = mail.personalizations?.flatMap((p) => p.to?.map((t) => t.email) ?? []) ?? [];
    if (!mail.from?.email || to.length === 0)
      return {
        status: 400,
        body: JSON.stringify({
          errors: [
            {
              field: 'personalizations',
              message: 'The personalizations field is required and must have at least one personalization.',
            },
          ],
        }),
      };
    this.mails.push({
      from: mail.from.email,
      to,
      subject: mail.subject ?? '',
      text: mail.content?.find((c) => c.type === 'text/plain')?.value ?? '',
    });
    return { status: 202, body: '', headers: { 'x-message-id': `sg-${this.mails.length}` } };
  }
}

import { FakeApiServer, type FakeReply, type RecordedRequest, type Trouble } from './fake-server.js';

export interface TwilioSend {
  accountSid: string;
  form: Record<string, string>;
  at: number;
}

/** Twilio Messages API fake: `POST /2010-04-01/Accounts/<sid>/Messages.json`, HTTP Basic, form-encoded. */
export class FakeTwilioApi extends FakeApiServer {
  readonly sends: TwilioSend[] = [];
  readonly early: TwilioSend[] = [];
  #next = 0;

  constructor(
    private readonly accountSid: string,
    private readonly authToken: string,
  ) {
    super();
  }

  static error(status: number, code: number, message: string, headers: Record<string, string> = {}): FakeReply {
    return {
      status,
      headers,
      body: JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }),
    };
  }

  protected override observe(request: RecordedRequest, trouble: Trouble | undefined): void {
    const send = {
      accountSid: request.path.split('/')[3] ?? '',
      form: Object.fromEntries(new URLSearchParams(request.body)),
      at: request.at,
    };
    if (this.isEarly([send.accountSid], request)) this.early.push(send);
    this.holdBack(send.accountSid, request, trouble);
    if (trouble === undefined) this.sends.push(send);
  }

  protected handle(request: RecordedRequest): FakeReply {
    const account = /^\/2010-04-01\/Accounts\/([^/]+)\.json$/.exec(request.path);
    if (account && request.method === 'GET') {
      const expected = `Basic ${Buffer.from(`${this.accountSid}:${this.authToken}`).toString('base64')}`;
      if (account[1] !== this.accountSid || request.headers.authorization !== expected)
        return FakeTwilioApi.error(401, 20003, 'Authenticate');
      return { status: 200, body: JSON.stringify({ sid: this.accountSid, status: 'active', friendly_name: 'Fake' }) };
    }
    const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(request.path);
    if (!match || request.method !== 'POST')
      return FakeTwilioApi.error(404, 20404, 'The requested resource was not found');
    const expected = `Basic ${Buffer.from(`${this.accountSid}:${this.authToken}`).toString('base64')}`;
    if (match[1] !== this.accountSid || request.headers.authorization !== expected)
      return FakeTwilioApi.error(401, 20003, 'Authenticate');
    const form = new URLSearchParams(request.body);
    if (!form.get('To')) return FakeTwilioApi.error(400, 21604, "A 'To' phone number is required.");
    if (!form.get('Body') && !form.get('MediaUrl') && !form.get('ContentSid'))
      return FakeTwilioApi.error(400, 21619, 'A text message body or media urls must be specified.');
    const sid = `SM${String(++this.#next).padStart(32, '0')}`;
    return {
      status: 201,
      body: JSON.stringify({
        sid,
        status: 'queued',
        to: form.get('To'),
        from: form.get('From'),
        body: form.get('Body'),
        num_segments: '1',
        direction: 'outbound-api',
        error_code: null,
        account_sid: this.accountSid,
      }),
    };
  }
}

import { FakeApiServer, type FakeReply, type RecordedRequest, type Trouble } from './fake-server.js';

export interface GraphSend {
  phoneNumberId: string;
  body: Record<string, unknown>;
  at: number;
  /** The message id the fake answered with (`wamid.FAKE…`), for statuses about it. */
  id?: string;
}

/** WhatsApp Cloud API (Graph) fake: `POST /<version>/<phone-number-id>/messages` with a Bearer token. */
export class FakeGraphApi extends FakeApiServer {
  readonly sends: GraphSend[] = [];
  /** Sends that arrived before the Retry-After the fake had given for that number. */
  readonly early: GraphSend[] = [];
  #nextId = 0;
  readonly #sendOf = new WeakMap<RecordedRequest, GraphSend>();

  constructor(private readonly accessToken: string) {
    super();
  }

  /** A Graph throttling error, with a Retry-After header as the benchmark's 429 run uses. */
  static throttled(retryAfterSeconds: number, code = 130429): FakeReply {
    return {
      status: 429,
      headers: { 'retry-after': String(retryAfterSeconds) },
      body: JSON.stringify({
        error: { message: `(#${code}) Rate limit hit`, type: 'OAuthException', code, fbtrace_id: 'FAKE' },
      }),
    };
  }

  static error(status: number, code: number, message: string): FakeReply {
    return { status, body: JSON.stringify({ error: { message, type: 'OAuthException', code, fbtrace_id: 'FAKE' } }) };
  }

  protected override observe(request: RecordedRequest, trouble: Trouble | undefined): void {
    const match = /^\/v[\d.]+\/([^/]+)\/messages$/.exec(request.path);
    if (!match || request.method !== 'POST') return;
    const phoneNumberId = decodeURIComponent(match[1]!);
    const send: GraphSend = { phoneNumberId, body: this.json(request), at: request.at };
    this.#sendOf.set(request, send);
    const pairKey = `${phoneNumberId}:${String(send.body.to ?? send.body.recipient ?? '')}`;
    if (this.isEarly([phoneNumberId, pairKey], request)) this.early.push(send);
    // A pair-rate error (131056) holds back that recipient; any other throttle, the whole number.
    if (trouble?.kind === 'reply')
      this.holdBack(trouble.reply.body.includes('"code":131056') ? pairKey : phoneNumberId, request, trouble);
    if (trouble === undefined) this.sends.push(send);
  }

  protected handle(request: RecordedRequest): FakeReply {
    const phone = /^\/v[\d.]+\/(\d+)$/.exec(request.path.split('?')[0]!);
    if (phone && request.method === 'GET') {
      if (request.headers.authorization !== `Bearer ${this.accessToken}`)
        return FakeGraphApi.error(401, 190, 'Invalid OAuth access token');
      return {
        status: 200,
        body: JSON.stringify({ id: phone[1], display_phone_number: '+1 555 078 3881', verified_name: 'Fake Business' }),
      };
    }
    const match = /^\/v[\d.]+\/([^/]+)\/messages$/.exec(request.path);
    if (!match || request.method !== 'POST')
      return FakeGraphApi.error(404, 100, `Unknown path components: ${request.path}`);
    if (request.headers.authorization !== `Bearer ${this.accessToken}`)
      return FakeGraphApi.error(401, 190, 'Invalid OAuth access token');
    const body = this.json<{ messaging_product?: string; to?: string; recipient?: string; status?: string }>(request);
    if (body.messaging_product !== 'whatsapp')
      return FakeGraphApi.error(400, 100, 'The parameter messaging_product is required.');
    if (body.status === 'read') return { status: 200, body: JSON.stringify({ success: true }) };
    const to = body.to ?? body.recipient ?? '';
    const id = `wamid.FAKE${++this.#nextId}`;
    const send = this.#sendOf.get(request);
    if (send) send.id = id;
    return {
      status: 200,
      body: JSON.stringify({
        messaging_product: 'whatsapp',
        contacts: [{ input: to, wa_id: to.replace(/^\+/, '') }],
        messages: [{ id }],
      }),
    };
  }
}

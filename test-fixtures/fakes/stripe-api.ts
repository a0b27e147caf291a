import { FakeApiServer, type FakeReply, type RecordedRequest } from './fake-server.js';

/**
 * A Stripe fake for Checkout Sessions (`POST /v1/checkout/sessions`, form-encoded, Bearer secret
 * key). Like Stripe, a repeated Idempotency-Key returns the first session instead of a new one.
 */
export class FakeStripeApi extends FakeApiServer {
  readonly sessions: Array<{
    id: string;
    url: string;
    amount: number;
    currency: string;
    name: string;
    successUrl: string;
  }> = [];
  readonly #byKey = new Map<string, string>();

  constructor(private readonly secretKey: string) {
    super();
  }

  protected handle(request: RecordedRequest): FakeReply {
    if (request.headers.authorization !== `Bearer ${this.secretKey}`) {
      return reply(401, {
        error: { message: 'Invalid API Key provided: sk_test_****', type: 'invalid_request_error' },
      });
    }
    if (request.method !== 'POST' || request.path !== '/v1/checkout/sessions')
      return reply(404, {
        error: {
          message: `Unrecognized request URL (${request.method}: ${request.path}).`,
          type: 'invalid_request_error',
        },
      });
    const key = request.headers['idempotency-key'];
    const earlier = typeof key === 'string' ? this.sessions.find((s) => s.id === this.#byKey.get(key)) : undefined;
    if (earlier) return reply(200, session(earlier));
    const form = new URLSearchParams(request.body);
    const amount = Number(form.get('line_items[0][price_data][unit_amount]'));
    if (form.get('mode') !== 'payment' || !Number.isInteger(amount) || !form.get('success_url')) {
      return reply(400, {
        error: {
          message: 'Missing required param: line_items[0][price_data][unit_amount].',
          type: 'invalid_request_error',
        },
      });
    }
    const id = `cs_test_${this.sessions.length + 1}`;
    const created = {
      id,
      url: `https://checkout.stripe.test/c/pay/${id}`,
      amount,
      currency: form.get('line_items[0][price_data][currency]') ?? '',
      name: form.get('line_items[0][price_data][product_data][name]') ?? '',
      successUrl: form.get('success_url') ?? '',
    };
    this.sessions.push(created);
    if (typeof key === 'string') this.#byKey.set(key, id);
    return reply(200, session(created));
  }
}

function session(s: FakeStripeApi['sessions'][number]) {
  return {
    id: s.id,
    object: 'checkout.session',
    mode: 'payment',
    url: s.url,
    amount_total: s.amount,
    currency: s.currency,
    status: 'open',
    success_url: s.successUrl,
  };
}

function reply(status: number, body: unknown): FakeReply {
  return { status, body: JSON.stringify(body), headers: { 'request-id': `req_${Date.now()}` } };
}

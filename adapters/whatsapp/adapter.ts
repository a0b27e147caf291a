import {
  PermanentFailure,
  callApi,
  sameSecret,
  parseJson,
  type ChannelAdapter,
  type ChannelLimits,
  type ChannelRequest,
  type DirectResponse,
  type InboundMessage,
  type OutboundMessage,
  type SendResult,
  type VerifyResult,
} from '../../core/index.js';
import { graphFailure } from './errors.js';
import { parseWebhook } from './inbound.js';
import { buildRequests } from './outbound.js';
import { verifyHubSignature } from './signature.js';

export interface WhatsAppCloudConfig {
  instanceId: string;
  phoneNumberId: string;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
  /** Graph API base, with the version: https://graph.facebook.com/v23.0 by default. */
  apiUrl: string;
  requestTimeoutMs: number;
  /** Messages per second for the number: 80 by default (Meta's standard throughput). */
  perSecond: number;
}

export const WHATSAPP_DEFAULTS = { apiUrl: 'https://graph.facebook.com/v23.0', requestTimeoutMs: 10_000, perSecond: 80 };

/**
 * WhatsApp through Meta's Cloud API: the GET handshake, X-Hub-Signature-256 on the raw bytes,
 * batched webhooks, statuses, and sends through `/<phone-number-id>/messages`.
 */
export class WhatsAppCloudAdapter implements ChannelAdapter {
  readonly channel = 'whatsapp' as const;
  readonly account: string;
  readonly limits: ChannelLimits;

  constructor(private readonly config: WhatsAppCloudConfig) {
    this.account = `whatsapp:${config.phoneNumberId}`;
    // Meta's pair rate: about one message every 6 s to a user, bursts of up to 45 borrowed from later.
    this.limits = { account: { perSecond: config.perSecond, burst: config.perSecond }, recipient: () => ({ perSecond: 1 / 6, burst: 45 }) };
  }

  handshake(request: ChannelRequest): DirectResponse | undefined {
    if (request.method !== 'GET') return undefined;
    const query = new URL(request.url, 'http://gateway').searchParams;
    const token = query.get('hub.verify_token') ?? '';
    const challenge = query.get('hub.challenge') ?? '';
    const ok = query.get('hub.mode') === 'subscribe' && challenge !== '' && sameSecret(token, this.config.verifyToken);
    return ok ? { status: 200, contentType: 'text/plain', body: challenge } : { status: 403, contentType: 'text/plain', body: 'verification failed' };
  }

  verify(request: ChannelRequest): VerifyResult {
    return verifyHubSignature(request.body, request.headers['x-hub-signature-256'], this.config.appSecret);
  }

  parse(request: ChannelRequest): InboundMessage[] {
    const body = parseJson(request.body.toString('utf8'));
    if (body === undefined) throw new Error('the body is not JSON');
    return parseWebhook(body, { instanceId: this.config.instanceId, phoneNumberId: this.config.phoneNumberId });
  }

  async send(message: OutboundMessage, signal: AbortSignal): Promise<SendResult> {
    const requests = buildRequests(message);
    let providerMessageId: string | undefined;
    for (const body of requests) {
      const response = await callApi(`${this.config.apiUrl}/${encodeURIComponent(this.config.phoneNumberId)}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.config.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal,
        timeoutMs: this.config.requestTimeoutMs,
      });
      if (response.status !== 200) throw graphFailure(response);
      const id = (parseJson(response.text) as { messages?: Array<{ id?: string }> } | undefined)?.messages?.[0]?.id;
      if (id) providerMessageId = id;
    }
    if (requests.length > 0 && message.kind !== 'typing' && !providerMessageId) throw new PermanentFailure('WhatsApp accepted the message without an id');
    return { ...(providerMessageId ? { providerMessageId } : {}), state: 'sent' };
  }
}

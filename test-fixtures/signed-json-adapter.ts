import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { CHANNEL_PROVIDERS, registerChannel, type ChannelRegistration } from '../adapters/index.js';
import { defineChannelSettings } from '../config/index.js';
import {
  newId,
  type ChannelAdapter,
  type ChannelName,
  type ChannelRequest,
  type InboundMessage,
  type OutboundMessage,
  type SendResult,
  type VerifyResult,
  type WebhookReceiver,
} from '../core/index.js';

/**
 * A webhook channel with the shape every real one has (HMAC over the raw bytes, a JSON batch,
 * an API to send to), for testing ingress and the worker before a given vendor's adapter exists.
 */
export class SignedJsonAdapter implements ChannelAdapter {
  readonly limits = { account: { perSecond: 100, burst: 100 }, recipient: () => ({ perSecond: 10, burst: 10 }) };
  readonly account: string;
  readonly sent: OutboundMessage[] = [];
  readonly webhook: WebhookReceiver = { verify: (r) => this.verify(r), parse: (r) => this.parse(r) };

  constructor(
    readonly channel: ChannelName,
    private readonly instanceId: string,
    private readonly secret: string,
  ) {
    this.account = `${channel}:${instanceId}`;
  }

  static sign(secret: string, body: string): string {
    return createHmac('sha256', secret).update(body).digest('hex');
  }

  verify(request: ChannelRequest): VerifyResult {
    const given = request.headers['x-test-signature'];
    if (!given) return { ok: false, reason: 'missing x-test-signature' };
    const expected = Buffer.from(SignedJsonAdapter.sign(this.secret, request.body.toString('latin1')), 'hex');
    const actual = Buffer.from(given, 'hex');
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
      return { ok: false, reason: 'signature mismatch' };
    return { ok: true };
  }

  parse(request: ChannelRequest): InboundMessage[] {
    const body = JSON.parse(request.body.toString('utf8')) as {
      messages?: Array<{ id?: unknown; from?: unknown; text?: unknown }>;
    };
    if (!Array.isArray(body.messages)) throw new Error('body.messages must be an array');
    return body.messages.map((m, i) => {
      if (typeof m.id !== 'string' || typeof m.from !== 'string' || typeof m.text !== 'string')
        throw new Error(`messages[${i}] needs id, from and text`);
      return {
        kind: 'text',
        id: newId(),
        instanceId: this.instanceId,
        channel: this.channel,
        conversationKey: m.from,
        from: { id: m.from },
        channelMessageId: m.id,
        receivedAt: Date.now(),
        text: m.text,
      };
    });
  }

  async send(message: OutboundMessage): Promise<SendResult> {
    this.sent.push(message);
    return { providerMessageId: `p-${this.sent.length}`, state: 'sent' };
  }
}

/**
 * The gateway's channel providers with `channel` served by SignedJsonAdapter (provider "test"):
 * every adapter built is handed to `created`.
 */
export function withSignedJsonChannel(
  channel: ChannelName,
  secret: string,
  created: (adapter: SignedJsonAdapter) => void,
): ChannelRegistration[] {
  const settings = defineChannelSettings({ channel, provider: 'test', schema: z.object({}) });
  const signed = registerChannel(settings, ({ instance }) => {
    const adapter = new SignedJsonAdapter(channel, instance.id, secret);
    created(adapter);
    return adapter;
  });
  return [...CHANNEL_PROVIDERS.filter((p) => p.channel !== channel), signed as unknown as ChannelRegistration];
}

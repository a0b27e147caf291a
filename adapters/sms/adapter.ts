import {
  callApi,
  parseJson,
  type ChannelAdapter,
  type ChannelLimits,
  type ChannelRequest,
  type InboundMessage,
  type OutboundMessage,
  type SendResult,
  type VerifyResult,
} from '../../core/index.js';
import { twilioFailure } from './errors.js';
import { parseTwilioForm } from './inbound.js';
import { buildForms } from './outbound.js';
import { verifyTwilioSignature } from './signature.js';

export interface TwilioConfig {
  instanceId: string;
  /** 'sms', or 'whatsapp' for Twilio's WhatsApp (`whatsapp:` addresses). */
  channel: 'sms' | 'whatsapp';
  accountSid: string;
  authToken: string;
  /** The sender: a phone number (E.164) or, for WhatsApp, the WhatsApp-enabled number. */
  from: string;
  /** The public URL Twilio calls for this instance's channel: signatures are computed over it. */
  webhookUrl: string;
  /** https://api.twilio.com by default. */
  apiUrl: string;
  requestTimeoutMs: number;
  /** Messages per second for the sender: 1 for a long code (Twilio's figure), 10 for WhatsApp. */
  perSecond: number;
}

export const TWILIO_DEFAULTS = { apiUrl: 'https://api.twilio.com', requestTimeoutMs: 10_000, smsPerSecond: 1, whatsappPerSecond: 10 };

/** SMS (and WhatsApp) through Twilio's Programmable Messaging. */
export class TwilioAdapter implements ChannelAdapter {
  readonly channel: 'sms' | 'whatsapp';
  readonly account: string;
  readonly limits: ChannelLimits;

  constructor(private readonly config: TwilioConfig) {
    this.channel = config.channel;
    this.account = `twilio:${config.channel}:${config.from}`;
    const recipient = config.channel === 'whatsapp' ? { perSecond: 1 / 6, burst: 45 } : { perSecond: 1, burst: 3 };
    this.limits = { account: { perSecond: config.perSecond, burst: Math.max(1, Math.round(config.perSecond)) }, recipient: () => recipient };
  }

  verify(request: ChannelRequest): VerifyResult {
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    const url = `${this.config.webhookUrl}${query}`;
    const params = request.method === 'POST' ? new URLSearchParams(request.body.toString('utf8')) : new URLSearchParams();
    return verifyTwilioSignature(this.config.authToken, url, params, request.headers['x-twilio-signature']);
  }

  parse(request: ChannelRequest): InboundMessage[] {
    const contentType = request.headers['content-type'] ?? '';
    if (!contentType.startsWith('application/x-www-form-urlencoded')) throw new Error(`expected a form-encoded body, got ${contentType || 'none'}`);
    return parseTwilioForm(new URLSearchParams(request.body.toString('utf8')), { instanceId: this.config.instanceId, channel: this.config.channel });
  }

  async send(message: OutboundMessage, signal: AbortSignal): Promise<SendResult> {
    let providerMessageId: string | undefined;
    const forms = buildForms(message, { from: this.config.from, whatsapp: this.config.channel === 'whatsapp', statusCallback: this.config.webhookUrl });
    for (const form of forms) {
      const response = await callApi(`${this.config.apiUrl}/2010-04-01/Accounts/${encodeURIComponent(this.config.accountSid)}/Messages.json`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${this.config.accountSid}:${this.config.authToken}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: form.toString(),
        signal,
        timeoutMs: this.config.requestTimeoutMs,
      });
      if (response.status !== 201 && response.status !== 200) throw twilioFailure(response);
      providerMessageId = (parseJson(response.text) as { sid?: string } | undefined)?.sid ?? providerMessageId;
    }
    return { ...(providerMessageId ? { providerMessageId } : {}), state: 'sent' };
  }
}

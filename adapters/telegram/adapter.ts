import { createHash } from 'node:crypto';
import {
  callApi,
  parseJson,
  sameSecret,
  type ChannelAdapter,
  type ChannelLimits,
  type ChannelRequest,
  type InboundMessage,
  type OutboundMessage,
  type SendResult,
  type VerifyResult,
} from '../../core/index.js';
import { botApiFailure } from './errors.js';
import { parseUpdate } from './inbound.js';
import { buildCalls } from './outbound.js';

export interface TelegramConfig {
  instanceId: string;
  botToken: string;
  /** The `secret_token` given to setWebhook, sent back in X-Telegram-Bot-Api-Secret-Token. */
  secretToken: string;
  /** https://api.telegram.org by default. */
  apiUrl: string;
  requestTimeoutMs: number;
  /** Messages per second for the bot: about 30 (Telegram's broadcast guidance). */
  perSecond: number;
}

export const TELEGRAM_DEFAULTS = { apiUrl: 'https://api.telegram.org', requestTimeoutMs: 10_000, perSecond: 30 };

/** Telegram's Bot API: the secret-token header, updates (messages, edits, button presses), sendMessage and friends. */
export class TelegramAdapter implements ChannelAdapter {
  readonly channel = 'telegram' as const;
  readonly account: string;
  readonly limits: ChannelLimits;

  constructor(private readonly config: TelegramConfig) {
    // The bot id (before the colon) names the account without exposing the token.
    this.account = `telegram:${config.botToken.split(':')[0] ?? createHash('sha256').update(config.botToken).digest('hex').slice(0, 16)}`;
    this.limits = {
      account: { perSecond: config.perSecond, burst: config.perSecond },
      // One message a second in a private chat; 20 a minute in a group (negative chat ids).
      recipient: (to) => (to.startsWith('-') ? { perSecond: 20 / 60, burst: 20 } : { perSecond: 1, burst: 1 }),
    };
  }

  verify(request: ChannelRequest): VerifyResult {
    const given = request.headers['x-telegram-bot-api-secret-token'];
    if (!given) return { ok: false, reason: 'missing X-Telegram-Bot-Api-Secret-Token' };
    return sameSecret(given, this.config.secretToken) ? { ok: true } : { ok: false, reason: 'X-Telegram-Bot-Api-Secret-Token does not match' };
  }

  parse(request: ChannelRequest): InboundMessage[] {
    const body = parseJson(request.body.toString('utf8'));
    if (body === undefined) throw new Error('the body is not JSON');
    return parseUpdate(body, this.config.instanceId);
  }

  async send(message: OutboundMessage, signal: AbortSignal): Promise<SendResult> {
    let providerMessageId: string | undefined;
    for (const call of buildCalls(message)) {
      const response = await callApi(`${this.config.apiUrl}/bot${this.config.botToken}/${call.method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(call.payload),
        signal,
        timeoutMs: this.config.requestTimeoutMs,
      });
      const body = parseJson(response.text) as { ok?: boolean; result?: { message_id?: number } } | undefined;
      if (response.status !== 200 || body?.ok !== true) {
        // A stale button press cannot be answered any more; the reply itself still goes out.
        if (call.method === 'answerCallbackQuery' && response.status === 400) continue;
        throw botApiFailure(response);
      }
      if (body.result?.message_id !== undefined) providerMessageId = String(body.result.message_id);
    }
    return { ...(providerMessageId ? { providerMessageId } : {}), state: 'sent' };
  }
}

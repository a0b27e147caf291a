import type { ChannelName, InboundMessage, OutboundMessage } from './messages.js';

/** What an adapter sees of an HTTP request: never the HTTP framework itself. */
export interface ChannelRequest {
  method: string;
  /** Path and query, as received. */
  url: string;
  headers: Readonly<Record<string, string | undefined>>;
  /** The raw body bytes, before any parsing: signatures are computed over these. */
  body: Buffer;
}

export type VerifyResult = { ok: true } | { ok: false; reason: string };

/** The outcome of a send that the channel accepted. Failures are thrown as the errors in errors.ts. */
export interface SendResult {
  providerMessageId?: string;
  /** Channels without receipts (the web chat) report the message as delivered at once. */
  state: 'sent' | 'delivered';
}

/** A channel's documented rates, used by the outbound rate limiter. */
export interface ChannelLimits {
  perAccountPerSecond: number;
  perRecipientPerSecond: number;
}

/** A channel adapter: the same surface for every channel. */
export interface ChannelAdapter {
  readonly channel: ChannelName;
  readonly limits: ChannelLimits;
  verify(request: ChannelRequest): VerifyResult | Promise<VerifyResult>;
  parse(request: ChannelRequest): InboundMessage[];
  send(message: OutboundMessage, signal: AbortSignal): Promise<SendResult>;
}

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

/** A sending rate: `perSecond` on average, with up to `burst` at once. */
export interface SendRate {
  perSecond: number;
  burst: number;
}

/** A channel's documented rates, used by the outbound rate limiter. */
export interface ChannelLimits {
  /** For everything the account (a phone number, a bot) sends. */
  account: SendRate;
  /** For what one recipient (a user, a group) receives. */
  recipient(to: string): SendRate;
}

/** An answer the adapter gives itself, without queuing anything (a webhook verification handshake). */
export interface DirectResponse {
  status: number;
  contentType: string;
  body: string;
}

/** A channel's webhook: what ingress asks of it for every request, before anything is queued. */
export interface WebhookReceiver {
  /** A request the adapter answers itself (such as WhatsApp's GET handshake), or undefined. */
  handshake?(request: ChannelRequest): DirectResponse | undefined;
  /** Checks the request's signature or secret on the raw bytes, in constant time. */
  verify(request: ChannelRequest): VerifyResult | Promise<VerifyResult>;
  /** The canonical messages in the request; throws on a malformed payload (a 400). */
  parse(request: ChannelRequest): InboundMessage[];
}

/** A channel's sending side: what the outbound worker asks of it. */
export interface ChannelSender {
  readonly limits: ChannelLimits;
  /**
   * True when sending the same message twice delivers it once (the web chat's transcript is keyed
   * by the idempotency key): a send interrupted by a crash is then simply sent again.
   */
  readonly idempotentSends?: boolean;
  /** Sends one message; failures are thrown as the errors of errors.ts (retry, rate limited...). */
  send(message: OutboundMessage, signal: AbortSignal): Promise<SendResult>;
}

/** A channel adapter: the same surface for every channel. */
export interface ChannelAdapter extends ChannelSender {
  readonly channel: ChannelName;
  /** The sending account, as a rate-limit key: several instances may share one. */
  readonly account: string;
  /** The channel's webhook; absent where messages come in otherwise (the web chat's Direct Line). */
  readonly webhook?: WebhookReceiver;
}

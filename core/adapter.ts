import type { Logger } from './logger.js';
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
  /**
   * For what one conversation (a chat, a group, a thread) receives, by its conversation key: one
   * rate, or several that must all allow the send (Teams: per second, per 2 s, per 30 s, per hour).
   */
  recipient(conversationKey: string): SendRate | readonly SendRate[];
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
  /** The canonical messages in the request; throws (or rejects) on a malformed payload (a 400). */
  parse(request: ChannelRequest): InboundMessage[] | Promise<InboundMessage[]>;
  /**
   * The answer once the broker has the messages, when the channel expects one of its own (a Teams
   * invoke's invoke response); else `{"accepted": n}` with 200.
   */
  respond?(request: ChannelRequest, accepted: InboundMessage[]): DirectResponse | undefined;
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

/** What the gateway gives a source it runs: publishing, how far it has read, and a logger. */
export interface SourceContext {
  /** Publishes messages, confirmed by the broker; throws when the broker cannot take them. */
  accept(messages: InboundMessage[]): Promise<void>;
  /** How far the source has read (its own terms), shared by every node. */
  checkpoint(): Promise<string | undefined>;
  saveCheckpoint(value: string): Promise<void>;
  logger: Logger;
}

/**
 * Messages a channel fetches itself rather than being posted (an IMAP mailbox). The gateway runs
 * one reader per `key` across all its nodes (a lease in the database) and restarts it with
 * backoff when it ends with an error.
 */
export interface InboundSource {
  /** What is read (a mailbox): the lease and checkpoint name. */
  readonly key: string;
  /** Reads until `signal` aborts; a message is accepted before the checkpoint passes it. */
  run(context: SourceContext, signal: AbortSignal): Promise<void>;
}

/** A channel adapter: the same surface for every channel. */
export interface ChannelAdapter extends ChannelSender {
  readonly channel: ChannelName;
  /** The sending account, as a rate-limit key: several instances may share one. */
  readonly account: string;
  /** The channel's webhook; absent where messages come in otherwise (the web chat's Direct Line). */
  readonly webhook?: WebhookReceiver;
  /** Messages the channel fetches itself (an IMAP mailbox), run by the ingress role. */
  readonly source?: InboundSource;
}

/** A request to an endpoint a channel serves besides its webhook (Direct Line), without the HTTP framework. */
export interface EndpointRequest {
  params: Readonly<Record<string, string | undefined>>;
  query: Readonly<Record<string, string | undefined>>;
  headers: Readonly<Record<string, string | undefined>>;
  /** The parsed JSON body; undefined when there is none. */
  body: unknown;
  /** `scheme://host` as the client reached the gateway, for URLs handed back to it. */
  origin: string;
  /** The client's address (behind a proxy, the one it forwarded). */
  clientAddress: string;
}

export interface EndpointResponse {
  status: number;
  body: unknown;
}

/** One HTTP route of a channel's own; a GatewayError it throws becomes the error answer for its code. */
export interface ChannelRoute {
  method: 'GET' | 'POST';
  /** A path with `:name` parameters, such as `/directline/:instance/v3/directline/conversations`. */
  path: string;
  handle(request: EndpointRequest): Promise<EndpointResponse>;
}

/** A WebSocket as a channel's stream sees it. */
export interface PushSocket {
  readonly isOpen: boolean;
  send(text: string): void;
  ping(): void;
  close(code: number, reason: string): void;
  onClose(listener: () => void): void;
  onError(listener: (err: Error) => void): void;
}

/** A WebSocket route of a channel's own (the Direct Line stream). */
export interface ChannelStream {
  path: string;
  open(request: EndpointRequest, socket: PushSocket): void;
}

/** The routes and streams a channel serves besides its webhook. */
export interface ChannelEndpoints {
  routes: ChannelRoute[];
  streams: ChannelStream[];
}

import type { ChannelSettings, ChannelSettingsDefinition } from '../config/index.js';
import type { ChannelAdapter, ChannelEndpoints, ChannelName, InboundMessage, Logger } from '../core/index.js';

/** The instance an adapter is built for. */
export interface AdapterInstance {
  id: string;
  name: string;
  title: string;
}

/** An activity of a web chat transcript, numbered in its conversation. */
export interface TranscriptActivity {
  seq: number;
  activityId: string;
  payload: Record<string, unknown>;
}

/**
 * Where the web chat keeps its conversations and transcripts. Appending is idempotent per key;
 * `notify` and `subscribe` carry "this conversation has news" to whoever streams it, on any node.
 */
export interface WebchatTranscript {
  createConversation(input: { id: string; instanceId: string; userId: string }): Promise<void>;
  conversation(id: string): Promise<{ id: string; instanceId: string; userId: string } | undefined>;
  append(
    conversationId: string,
    idempotencyKey: string,
    build: (seq: number) => { activityId: string; payload: Record<string, unknown> },
  ): Promise<{ seq: number; activityId: string; created: boolean }>;
  after(conversationId: string, watermark: number): Promise<TranscriptActivity[]>;
  notify(conversationId: string): void;
  subscribe(conversationId: string, listener: () => void): () => void;
}

/** An active instance as a channel's own endpoints see it. */
export interface EndpointInstance {
  instance: AdapterInstance;
  settings: { readonly greeting: string | undefined; readonly webChatSecret: string | undefined };
}

/** What the gateway gives a channel's own endpoints (gateway-wide, not per instance). */
export interface EndpointServices {
  logger: Logger;
  webchat: WebchatTranscript;
  instance(name: string): Promise<EndpointInstance | undefined>;
  /** Publishes inbound messages, confirmed by the broker (throws BrokerUnavailable when it cannot). */
  accept(instanceName: string, messages: InboundMessage[]): Promise<void>;
  /** The key the channel's tokens are derived from. */
  masterKey: Buffer;
  /** The gateway's public address, when set; else the one the client used. */
  publicUrl: string | undefined;
  /** What one client address may do on an open web chat. */
  clientLimits: { conversationsPerMinute: number; messagesPerSecond: number };
  /** Refuses (GB_STORAGE_FULL) when an instance keeps as much web chat transcript as it may. */
  checkStorage(instanceId: string): Promise<void>;
  /** Counts an accepted request and its handling time, like a webhook's. */
  observe(channel: ChannelName, ms: number): void;
  /**
   * Takes one from a client's share (`key`, at `perSecond` with bursts of `burst`); throws
   * TooManyRequests when the share is spent. Shared across nodes when Redis is.
   */
  take(key: string, rate: { perSecond: number; burst: number }): Promise<void>;
}

/** What the gateway gives an adapter besides its settings. */
export interface AdapterServices {
  logger: Logger;
  webchat: WebchatTranscript;
}

export interface AdapterContext<Settings> extends AdapterServices {
  instance: AdapterInstance;
  /** The channel's settings, parsed by its schema, secrets decrypted. */
  settings: Settings;
}

/** What checking a channel's credentials with its provider needs. */
export interface ChannelCheckContext<Settings> {
  instance: AdapterInstance;
  settings: Settings;
  /** The webhook URL as the provider must call it, when the gateway knows its public address. */
  webhookUrl: string | undefined;
  logger: Logger;
  signal: AbortSignal;
}

/** What a check found: the account the credentials open, and what the operator does next. */
export interface ChannelCheck {
  account?: string;
  next: string;
}

/** One provider of one channel: what the registry (adapters/index.ts) lists. */
export interface ChannelRegistration<D extends ChannelSettingsDefinition = ChannelSettingsDefinition, S = unknown> {
  readonly channel: ChannelName;
  readonly provider: string;
  readonly settings: D;
  /** Every instance has this channel without configuration (the web chat). */
  readonly implicit: boolean;
  /**
   * State the channel's adapters share across instances and rebuilds (signing keys, access
   * tokens), made once per gateway and handed to every `create`.
   */
  shared?(): S;
  /**
   * Asks the provider whether the credentials work (and, where it can, points the provider at the
   * gateway: Telegram's setWebhook); throws ChannelCredentialsRejected when they do not.
   */
  check?(context: ChannelCheckContext<ChannelSettings<D>>): Promise<ChannelCheck>;
  /** Lets go of what `shared` holds (pooled connections) when the gateway stops. */
  closeShared?(shared: S): Promise<void>;
  create(context: AdapterContext<ChannelSettings<D>> & { shared: S }): ChannelAdapter;
  /** Routes the channel serves besides its webhook, for every instance (Direct Line). */
  endpoints?(services: EndpointServices): ChannelEndpoints;
  /** The largest webhook body the channel takes, when more than the gateway's 4 MB (mail). */
  readonly webhookBodyLimit?: number;
}

export function registerChannel<D extends ChannelSettingsDefinition, S = undefined>(
  settings: D,
  create: (context: AdapterContext<ChannelSettings<D>> & { shared: S }) => ChannelAdapter,
  options: {
    implicit?: boolean;
    endpoints?: (services: EndpointServices) => ChannelEndpoints;
    shared?: () => S;
    closeShared?: (shared: S) => Promise<void>;
    webhookBodyLimit?: number;
    check?: (context: ChannelCheckContext<ChannelSettings<D>>) => Promise<ChannelCheck>;
  } = {},
): ChannelRegistration<D, S> {
  return {
    channel: settings.channel,
    provider: settings.provider,
    settings,
    implicit: options.implicit ?? false,
    create,
    ...(options.endpoints ? { endpoints: options.endpoints } : {}),
    ...(options.shared ? { shared: options.shared } : {}),
    ...(options.closeShared ? { closeShared: options.closeShared } : {}),
    ...(options.webhookBodyLimit ? { webhookBodyLimit: options.webhookBodyLimit } : {}),
    ...(options.check ? { check: options.check } : {}),
  };
}

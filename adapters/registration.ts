import type { ChannelSettings, ChannelSettingsDefinition } from '../config/index.js';
import type { ChannelAdapter, ChannelName, Logger } from '../core/index.js';

/** The instance an adapter is built for. */
export interface AdapterInstance {
  id: string;
  name: string;
  title: string;
}

/** Where the web chat keeps its transcript; appending is idempotent per key. */
export interface WebchatTranscript {
  conversation(id: string): Promise<{ id: string; instanceId: string } | undefined>;
  append(
    conversationId: string,
    idempotencyKey: string,
    build: (seq: number) => { activityId: string; payload: Record<string, unknown> },
  ): Promise<{ seq: number; activityId: string; created: boolean }>;
  notify(conversationId: string): void;
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

/** One provider of one channel: what the registry (adapters/index.ts) lists. */
export interface ChannelRegistration<D extends ChannelSettingsDefinition = ChannelSettingsDefinition> {
  readonly channel: ChannelName;
  readonly provider: string;
  readonly settings: D;
  /** Every instance has this channel without configuration (the web chat). */
  readonly implicit: boolean;
  create(context: AdapterContext<ChannelSettings<D>>): ChannelAdapter;
}

export function registerChannel<D extends ChannelSettingsDefinition>(
  settings: D,
  create: (context: AdapterContext<ChannelSettings<D>>) => ChannelAdapter,
  options: { implicit?: boolean } = {},
): ChannelRegistration<D> {
  return {
    channel: settings.channel,
    provider: settings.provider,
    settings,
    implicit: options.implicit ?? false,
    create,
  };
}

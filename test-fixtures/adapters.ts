import type { ChannelRegistration, WebchatTranscript } from '../adapters/index.js';
import { parseChannelSettings } from '../config/index.js';
import { type ChannelAdapter, createLogger } from '../core/index.js';

/** Builds a channel's adapter as the gateway does: settings as config.csv writes them, parsed by the channel's schema. */
export function buildAdapter(
  registration: ChannelRegistration,
  settings: Record<string, string | number>,
  instance = { id: 'i1', name: 'bot', title: 'Bot' },
  shared: unknown = registration.shared?.(),
): ChannelAdapter & { webhook: NonNullable<ChannelAdapter['webhook']> } {
  const adapter = registration.create({
    instance,
    settings: parseChannelSettings(registration.settings, settings, 'test'),
    logger: createLogger({ level: 'silent' }),
    webchat: noWebchat,
    shared,
  });
  if (!adapter.webhook) throw new Error(`${registration.channel} has no webhook`);
  return adapter as ChannelAdapter & { webhook: NonNullable<ChannelAdapter['webhook']> };
}

/** For adapters of channels other than the web chat, which never touch its transcript. */
export const noWebchat: WebchatTranscript = {
  createConversation: async () => {
    throw new Error('not the web chat');
  },
  conversation: async () => undefined,
  append: async () => {
    throw new Error('not the web chat');
  },
  after: async () => [],
  notify: () => {},
  subscribe: () => () => {},
};

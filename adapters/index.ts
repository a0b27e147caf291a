import {
  type ChannelRecordInput,
  type SettingLookup,
  channelFromSettings,
  parseChannelSettings,
} from '../config/index.js';
import { type ChannelAdapter, type ChannelName, ConfigError, GatewayError } from '../core/index.js';
import type { AdapterInstance, AdapterServices, ChannelRegistration } from './registration.js';
import { imapEmail, sendGridEmail } from './email/index.js';
import { teams } from './teams/index.js';
import { telegram } from './telegram/index.js';
import { twilioSms, twilioWhatsApp } from './twilio/index.js';
import { web } from './web/index.js';
import { whatsappCloud } from './whatsapp/index.js';

export type {
  AdapterInstance,
  AdapterServices,
  ChannelRegistration,
  EndpointServices,
  WebchatTranscript,
} from './registration.js';
export { registerChannel } from './registration.js';

/**
 * Every channel provider the gateway has: the one list that deploy, the instance directory, the
 * outbound workers, dialogs (TALK TO) and hand-off targets read. Adding a channel is a folder
 * under adapters/ and one line here.
 */
export const CHANNEL_PROVIDERS: readonly ChannelRegistration[] = [
  whatsappCloud,
  twilioWhatsApp,
  telegram,
  twilioSms,
  teams,
  imapEmail,
  sendGridEmail,
  web,
];

/** The channels and providers of a gateway, looked up by name. */
export class ChannelRegistry {
  readonly channels: readonly ChannelName[];
  /** Each provider's shared state, made on its first adapter. */
  readonly #shared = new Map<ChannelRegistration, unknown>();

  constructor(readonly providers: readonly ChannelRegistration[] = CHANNEL_PROVIDERS) {
    this.channels = [...new Set(providers.map((p) => p.channel))];
  }

  has(channel: string): channel is ChannelName {
    return (this.channels as readonly string[]).includes(channel);
  }

  /** Whether every instance has the channel without configuration (the web chat). */
  isImplicit(channel: ChannelName): boolean {
    return this.providers.some((p) => p.channel === channel && p.implicit);
  }

  /** The channels a person can be reached on by address (`channel:address`): not the web chat. */
  get addressable(): ChannelName[] {
    return this.channels.filter((channel) => !this.isImplicit(channel));
  }

  /**
   * The channels a `config.csv` turns on, validated against each provider's schema. A setting that
   * picks a provider (`WhatsApp Provider`) must name one the registry has.
   */
  fromSettings(lookup: SettingLookup, file: string): ChannelRecordInput[] {
    for (const [setting, values] of this.#selectors()) {
      const chosen = lookup(setting)?.toLowerCase();
      if (chosen !== undefined && !values.includes(chosen)) {
        throw new ConfigError(`${file}: setting "${setting}" must be ${values.join(' or ')}, got "${chosen}"`);
      }
    }
    return this.providers.flatMap((p) => channelFromSettings(p.settings, lookup, file) ?? []);
  }

  /** The largest webhook body a channel's providers take, when one of them says (mail: 30 MB). */
  webhookBodyLimit(channel: ChannelName): number | undefined {
    const limits = this.providers.flatMap((p) =>
      p.channel === channel && p.webhookBodyLimit ? [p.webhookBodyLimit] : [],
    );
    return limits.length > 0 ? Math.max(...limits) : undefined;
  }

  /** Builds an instance's adapter from its stored channel settings and decrypted secrets. */
  create(
    instance: AdapterInstance,
    channel: ChannelName,
    provider: string | undefined,
    values: Record<string, unknown>,
    services: AdapterServices,
  ): ChannelAdapter {
    const registration = this.providers.find(
      (p) => p.channel === channel && (provider === undefined ? p.implicit : p.provider === provider),
    );
    if (!registration) {
      throw new GatewayError('GB_UNKNOWN_CHANNEL', `the gateway has no ${channel} provider ${provider ?? ''}`.trim());
    }
    const settings = parseChannelSettings(registration.settings, values, `the ${channel} channel of ${instance.name}`);
    if (!this.#shared.has(registration)) this.#shared.set(registration, registration.shared?.());
    return registration.create({ ...services, instance, settings, shared: this.#shared.get(registration) });
  }

  /** Closes what the providers share (pooled connections); the registry can be used again after. */
  async close(): Promise<void> {
    const shared = [...this.#shared];
    this.#shared.clear();
    await Promise.allSettled(shared.map(([registration, state]) => registration.closeShared?.(state)));
  }

  #selectors(): Map<string, string[]> {
    const selectors = new Map<string, string[]>();
    for (const { settings } of this.providers) {
      if (!settings.selectedBy) continue;
      const values = selectors.get(settings.selectedBy.setting) ?? [];
      selectors.set(settings.selectedBy.setting, [...values, settings.selectedBy.value]);
    }
    return selectors;
  }
}

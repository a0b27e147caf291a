import { GatewayError, PromiseCache, type ChannelAdapter, type ChannelName } from '../core/index.js';
import type { InstanceRecord, Store } from '../store/index.js';
import type { SecretBox } from '../config/index.js';

/** Builds an instance's adapter for one channel from the stored channel settings and decrypted secrets. */
export type AdapterFactory = (input: {
  instance: InstanceRecord;
  provider: string;
  settings: Record<string, unknown>;
  secrets: Record<string, string>;
}) => ChannelAdapter;

const TTL_MS = 5_000;

/** Adapters per (instance, channel), built on first use and rebuilt after a few seconds to pick up changes. */
export class AdapterRegistry {
  readonly #cache = new PromiseCache<string, ChannelAdapter>({ ttlMs: TTL_MS });

  constructor(
    private readonly store: Store,
    private readonly secrets: SecretBox,
    private readonly factories: Partial<Record<ChannelName, AdapterFactory>>,
    /** Channels every instance has without configuration (the web chat). */
    private readonly implicit: ReadonlySet<ChannelName>,
  ) {}

  supports(channel: string): channel is ChannelName {
    return channel in this.factories;
  }

  forInstance(instance: InstanceRecord, channel: ChannelName): Promise<ChannelAdapter> {
    return this.#cache.get(`${instance.id}:${channel}`, () => this.#build(instance, channel));
  }

  /** The worker's way in: one cached adapter per (instance, channel), no read per message. */
  forInstanceId(instanceId: string, channel: ChannelName): Promise<ChannelAdapter> {
    return this.#cache.get(`${instanceId}:${channel}`, async () => {
      const instance = await this.store.instances.findById(instanceId);
      if (!instance) throw new GatewayError('GB_UNKNOWN_INSTANCE', `instance ${instanceId} does not exist`);
      return this.#build(instance, channel);
    });
  }

  async #build(instance: InstanceRecord, channel: ChannelName): Promise<ChannelAdapter> {
    const factory = this.factories[channel];
    if (!factory) throw new GatewayError('GB_UNKNOWN_CHANNEL', `the gateway has no ${channel} adapter`);
    const record = await this.store.instances.channel(instance.id, channel);
    if (!record && !this.implicit.has(channel)) throw new GatewayError('GB_UNKNOWN_CHANNEL', `instance ${instance.name} has no ${channel} channel`);
    if (record && !record.enabled) throw new GatewayError('GB_UNKNOWN_CHANNEL', `the ${channel} channel of ${instance.name} is disabled`);
    const secrets = record?.sealedSecrets ? (JSON.parse(this.secrets.decrypt(record.sealedSecrets)) as Record<string, string>) : {};
    return factory({ instance, provider: record?.provider ?? channel, settings: record?.settings ?? {}, secrets });
  }
}

import type { AdapterServices, ChannelRegistry } from '../adapters/index.js';
import type { SecretBox } from '../config/index.js';
import { GatewayError, PromiseCache, type ChannelAdapter, type ChannelName } from '../core/index.js';
import type { InstanceRecord, Store } from '../store/index.js';

const TTL_MS = 5_000;

/** Adapters per (instance, channel), built on first use and rebuilt after a few seconds to pick up changes. */
export class AdapterRegistry {
  readonly #cache = new PromiseCache<string, ChannelAdapter>({ ttlMs: TTL_MS });

  constructor(
    private readonly store: Store,
    private readonly secrets: SecretBox,
    readonly channels: ChannelRegistry,
    private readonly services: AdapterServices,
  ) {}

  forInstance(instance: InstanceRecord, channel: ChannelName): Promise<ChannelAdapter> {
    return this.#cache.get(`${instance.id}:${channel}`, () => this.#build(instance, channel));
  }

  /** A new adapter from the stored settings as they are now, past the cache (sources compare settings). */
  fresh(instance: InstanceRecord, channel: ChannelName): Promise<ChannelAdapter> {
    return this.#build(instance, channel);
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
    if (!this.channels.has(channel))
      throw new GatewayError('GB_UNKNOWN_CHANNEL', `the gateway has no ${channel} channel`);
    const record = await this.store.instances.channel(instance.id, channel);
    if (!record && !this.channels.isImplicit(channel)) {
      throw new GatewayError('GB_UNKNOWN_CHANNEL', `instance ${instance.name} has no ${channel} channel`);
    }
    if (record && !record.enabled) {
      throw new GatewayError('GB_UNKNOWN_CHANNEL', `the ${channel} channel of ${instance.name} is disabled`);
    }
    const secrets = record?.sealedSecrets
      ? (JSON.parse(this.secrets.decrypt(record.sealedSecrets)) as Record<string, string>)
      : {};
    return this.channels.create(
      instance,
      channel,
      record?.provider,
      { ...record?.settings, ...secrets },
      this.services,
    );
  }
}

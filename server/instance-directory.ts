import type { ChannelRegistry } from '../adapters/index.js';
import { type BotSettings, type SecretBox, parseBotSettings, settingLookup } from '../config/index.js';
import { type ChannelName, PromiseCache } from '../core/index.js';
import { type BotIntegrations, createBotIntegrations } from '../integrations/index.js';
import type { InstanceRecord, Store } from '../store/index.js';

const TTL_MS = 2_000;

/** An active instance with its settings parsed once and its integration clients built. */
export interface LoadedInstance {
  instance: InstanceRecord;
  settings: BotSettings;
  integrations: BotIntegrations;
  /** The channels the instance has: its configured ones and those every instance has. */
  channels: readonly ChannelName[];
}

/**
 * Instances and their settings, read from the store and kept for a moment: a redeploy shows up
 * within two seconds on every node, without a read per message. Settings are parsed (secrets
 * decrypted) once per load; integration clients are kept while the settings stay the same.
 */
export class InstanceDirectory {
  readonly #byId: PromiseCache<string, LoadedInstance | undefined>;
  readonly #idByName: PromiseCache<string, string | undefined>;
  readonly #clients = new Map<string, { fingerprint: string; integrations: BotIntegrations }>();

  constructor(
    private readonly store: Store,
    private readonly secrets: SecretBox,
    private readonly channels: ChannelRegistry,
    ttlMs = TTL_MS,
  ) {
    this.#byId = new PromiseCache({ ttlMs });
    this.#idByName = new PromiseCache({ ttlMs });
  }

  byId(id: string): Promise<LoadedInstance | undefined> {
    return this.#byId.get(id, () => this.#load(id));
  }

  async byName(name: string): Promise<LoadedInstance | undefined> {
    const id = await this.#idByName.get(name, async () => (await this.store.instances.findByName(name))?.id);
    return id === undefined ? undefined : this.byId(id);
  }

  async #load(id: string): Promise<LoadedInstance | undefined> {
    const instance = await this.store.instances.findById(id);
    if (instance?.state !== 'active') {
      this.#clients.delete(id);
      return undefined;
    }
    const rows = await this.store.instances.settings(id);
    const fingerprint = rows.map((r) => `${r.name}\u0000${r.value}`).join('\u0001');
    const lookup = settingLookup(
      rows.map((r) => ({ name: r.name, value: r.isSecret ? this.secrets.decrypt(r.value) : r.value })),
    );
    const settings = parseBotSettings(lookup, `the settings of ${instance.name}`, this.channels.addressable);
    let kept = this.#clients.get(id);
    if (kept?.fingerprint !== fingerprint) {
      kept = { fingerprint, integrations: createBotIntegrations(settings) };
      this.#clients.set(id, kept);
    }
    const configured = new Set(await this.store.instances.channelNames(id));
    const channels = this.channels.channels.filter((c) => configured.has(c) || this.channels.isImplicit(c));
    return { instance, settings, integrations: kept.integrations, channels };
  }
}

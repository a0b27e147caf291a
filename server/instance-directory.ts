import { InstanceSettings, type SecretBox } from '../config/index.js';
import { PromiseCache } from '../core/index.js';
import type { InstanceContext } from '../router/index.js';
import type { Store } from '../store/index.js';

const TTL_MS = 2_000;

/**
 * Instances and their settings, read from the store and kept for a moment: a redeploy shows up
 * within two seconds on every node, without a read per message.
 */
export class InstanceDirectory {
  // Settings are parsed once per load, not per message.
  readonly #byId: PromiseCache<string, (InstanceContext & { settings: InstanceSettings }) | undefined>;
  readonly #idByName: PromiseCache<string, string | undefined>;

  constructor(private readonly store: Store, private readonly secrets: SecretBox, ttlMs = TTL_MS) {
    this.#byId = new PromiseCache({ ttlMs });
    this.#idByName = new PromiseCache({ ttlMs });
  }

  byId(id: string): Promise<(InstanceContext & { settings: InstanceSettings }) | undefined> {
    return this.#byId.get(id, () => this.#load(id));
  }

  async byName(name: string): Promise<(InstanceContext & { settings: InstanceSettings }) | undefined> {
    const id = await this.#idByName.get(name, async () => (await this.store.instances.findByName(name))?.id);
    return id === undefined ? undefined : this.byId(id);
  }

  async #load(id: string): Promise<(InstanceContext & { settings: InstanceSettings }) | undefined> {
    const instance = await this.store.instances.findById(id);
    if (!instance || instance.state !== 'active') return undefined;
    const all = await this.store.instances.settings(id);
    const rows = all.filter((s) => !s.isSecret);
    // Secrets stay sealed until a setting needs one (the LLM key), and are never logged.
    const sealed = new Map(all.filter((s) => s.isSecret).map((s) => [s.name.toLowerCase(), s.value]));
    const secretOf = (name: string) => {
      const value = sealed.get(name.toLowerCase());
      return value === undefined ? undefined : this.secrets.decrypt(value);
    };
    return { instance, settings: new InstanceSettings(rows, secretOf) };
  }
}

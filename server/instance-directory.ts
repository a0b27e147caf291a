import { InstanceSettings, type SecretBox } from '../config/index.js';
import type { InstanceContext } from '../router/index.js';
import type { Store } from '../store/index.js';

const TTL_MS = 2_000;

/**
 * Instances and their settings, read from the store and kept for a moment: a redeploy shows up
 * within two seconds on every node, without a read per message.
 */
export class InstanceDirectory {
  // Settings are parsed once per load, not per message.
  readonly #byId = new Map<string, { at: number; context: Promise<(InstanceContext & { settings: InstanceSettings }) | undefined> }>();
  readonly #idByName = new Map<string, { at: number; id: Promise<string | undefined> }>();

  constructor(private readonly store: Store, private readonly secrets: SecretBox, private readonly ttlMs = TTL_MS) {}

  byId(id: string): Promise<(InstanceContext & { settings: InstanceSettings }) | undefined> {
    const cached = this.#byId.get(id);
    if (cached && Date.now() - cached.at < this.ttlMs) return cached.context;
    const context = this.#load(id);
    this.#byId.set(id, { at: Date.now(), context });
    context.catch(() => this.#byId.delete(id));
    return context;
  }

  async byName(name: string): Promise<(InstanceContext & { settings: InstanceSettings }) | undefined> {
    const cached = this.#idByName.get(name);
    let id: Promise<string | undefined>;
    if (cached && Date.now() - cached.at < this.ttlMs) id = cached.id;
    else {
      id = this.store.instances.findByName(name).then((i) => i?.id);
      this.#idByName.set(name, { at: Date.now(), id });
      id.catch(() => this.#idByName.delete(name));
    }
    const resolved = await id;
    return resolved === undefined ? undefined : this.byId(resolved);
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

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { sameSecret } from '../core/index.js';
import type { SecretBox } from '../config/index.js';
import { newKeyId, type ApiKeyRecord, type KeyRole, type Store } from '../store/index.js';
import type { Runtime } from './runtime.js';

/** What a route is about: keys may be narrowed to some of these (`scopes`). */
export const AREAS = [
  'instances',
  'channels',
  'knowledge',
  'messages',
  'debug',
  'verifications',
  'keys',
  'audit',
  'customers',
  'dead-letters',
] as const;
export type Area = (typeof AREAS)[number];

export const ROLES: readonly KeyRole[] = ['gateway-admin', 'customer-admin', 'instance-operator', 'read-only'];

/**
 * What a route needs. `target` says what it addresses: `gateway` (gateway admins only), `instance`
 * (one instance, found from the route's parameters), `customer` (one customer), `collection` (a
 * list or a creation the handler narrows to what the caller may see), `public` (no key).
 */
export interface RouteAccess {
  area: Area;
  action: 'read' | 'write';
  target: 'gateway' | 'customer' | 'instance' | 'collection' | 'public';
  summary: string;
  body?: z.ZodType;
  query?: z.ZodType;
}

/** The one who called: from GB_ADMIN_TOKEN, an instance's Operator Token, or an API key. */
export interface Principal {
  kind: 'admin-token' | 'operator-token' | 'key';
  role: KeyRole;
  keyId: string | null;
  customerId: string | null;
  instanceId: string | null;
  scopes: readonly string[];
  /** How the audit log names it. */
  label: string;
}

/** What a request addresses, when it addresses something. */
export interface Resource {
  instanceId?: string | undefined;
  customerId?: string | undefined;
}

/** The customer an instance deployed without one belongs to. */
export const DEFAULT_CUSTOMER = 'default';

const KEY_PREFIX = 'gbk_';

/** API keys: `gbk_<id>_<secret>`, shown once; the gateway keeps the secret's keyed hash only. */
export class ApiKeys {
  readonly #hashKey: Buffer;
  /** The same from the previous gateway keys: a key made before a key change still works. */
  readonly #previousHashKeys: Buffer[];

  constructor(private readonly runtime: { store: Store; secrets: SecretBox }) {
    this.#hashKey = runtime.secrets.derive('gb-api-keys');
    this.#previousHashKeys = runtime.secrets.derivePrevious('gb-api-keys');
  }

  #hash(secret: string, key = this.#hashKey): string {
    return createHmac('sha256', key).update(secret).digest('hex');
  }

  async create(input: {
    name: string;
    role: KeyRole;
    customerId: string | null;
    instanceId: string | null;
    scopes: string[];
    createdBy: string;
  }): Promise<{ key: string; record: ApiKeyRecord }> {
    const id = newKeyId();
    const secret = randomBytes(24).toString('base64url');
    const record: ApiKeyRecord = {
      id,
      ...input,
      secretHash: this.#hash(secret),
      createdAt: Date.now(),
      revokedAt: null,
      lastUsedAt: null,
    };
    await this.runtime.store.access.createKey(record);
    return { key: `${KEY_PREFIX}${id}_${secret}`, record };
  }

  /** The key a token is, when it is one, valid and not revoked. */
  async resolve(token: string): Promise<ApiKeyRecord | undefined> {
    if (!token.startsWith(KEY_PREFIX)) return undefined;
    const rest = token.slice(KEY_PREFIX.length);
    const at = rest.indexOf('_');
    if (at <= 0) return undefined;
    const record = await this.runtime.store.access.key(rest.slice(0, at));
    if (!record || record.revokedAt !== null) return undefined;
    const secret = rest.slice(at + 1);
    const stored = Buffer.from(record.secretHash, 'hex');
    const matches = (key: Buffer) => {
      const given = Buffer.from(this.#hash(secret, key), 'hex');
      return given.length === stored.length && timingSafeEqual(given, stored);
    };
    if (matches(this.#hashKey)) return record;
    // Made before the gateway key changed: hashed again with the current key on its first use.
    if (!this.#previousHashKeys.some(matches)) return undefined;
    const secretHash = this.#hash(secret);
    await this.runtime.store.access.rehashKey(record.id, record.secretHash, secretHash);
    return { ...record, secretHash };
  }
}

/**
 * Who a bearer token is: the gateway's admin token, an API key, or the Operator Token of the
 * instance the request addresses (an instance operator of that instance only).
 */
export async function principalOf(
  runtime: Runtime,
  keys: ApiKeys,
  token: string | undefined,
  instanceName: string | undefined,
): Promise<Principal | undefined> {
  if (!token) return undefined;
  const admin = runtime.env.GB_ADMIN_TOKEN;
  if (admin && sameSecret(token, admin))
    return {
      kind: 'admin-token',
      role: 'gateway-admin',
      keyId: null,
      customerId: null,
      instanceId: null,
      scopes: [],
      label: 'GB_ADMIN_TOKEN',
    };
  const key = await keys.resolve(token);
  if (key) {
    // When a key was last used, to the minute: not a write for every call.
    if (key.lastUsedAt === null || Date.now() - key.lastUsedAt > 60_000)
      void runtime.store.access.touchKey(key.id).catch(() => undefined);
    return {
      kind: 'key',
      role: key.role,
      keyId: key.id,
      customerId: key.customerId,
      instanceId: key.instanceId,
      scopes: key.scopes,
      label: `key ${key.id} (${key.name})`,
    };
  }
  if (instanceName) {
    const loaded = await runtime.instances.byName(instanceName);
    const operator = loaded?.settings.operatorToken;
    if (loaded && operator && sameSecret(token, operator))
      return {
        kind: 'operator-token',
        role: 'instance-operator',
        keyId: null,
        customerId: null,
        instanceId: loaded.instance.id,
        scopes: [],
        label: `Operator Token of ${loaded.instance.name}`,
      };
  }
  return undefined;
}

/** Why a principal may not do what a route does to a resource; undefined when it may. */
export function refusal(principal: Principal, access: RouteAccess, resource: Resource): string | undefined {
  if (access.target === 'public' || principal.role === 'gateway-admin') return undefined;
  if (principal.scopes.length > 0 && !principal.scopes.includes(access.area))
    return `this key is limited to ${principal.scopes.join(', ')}`;
  if (access.action === 'write' && principal.role === 'read-only') return 'this key only reads';
  if (access.area === 'keys' && access.action === 'write' && principal.role !== 'customer-admin')
    return 'only a customer admin makes and revokes keys';
  switch (access.target) {
    case 'gateway':
      return 'only a gateway admin may';
    case 'collection':
      return undefined;
    case 'customer':
      return principal.customerId !== null && principal.customerId === resource.customerId
        ? undefined
        : 'this key is not for that customer';
    case 'instance':
      if (principal.instanceId !== null) {
        return principal.instanceId === resource.instanceId ? undefined : 'this key is not for that instance';
      }
      return principal.customerId !== null && principal.customerId === resource.customerId
        ? undefined
        : 'this key is not for that instance';
  }
}

/** Whether a principal may see an instance at all (lists are narrowed with it). */
export function canSee(
  principal: Principal,
  instance: { id: string; customerId?: string | null | undefined },
): boolean {
  if (principal.role === 'gateway-admin') return true;
  if (principal.instanceId !== null) return principal.instanceId === instance.id;
  return principal.customerId !== null && principal.customerId === (instance.customerId ?? DEFAULT_CUSTOMER);
}

import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { GatewayError } from './errors.js';

/** The gateway key, and the keys it replaced whose data may still be sealed with them. */
export interface GatewayKeys {
  readonly current: Buffer;
  readonly previous: readonly Buffer[];
}

/** A key of its own for one purpose (`label`), derived from `key` (HKDF-SHA256). */
export function deriveKey(key: Buffer, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), label, 32));
}

/** Names a gateway key without revealing it: what a data key version records of its origin. */
export function keyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update('gb-key-fingerprint').digest('hex').slice(0, 16);
}

/** A data key version: derived from the gateway key with this fingerprint. */
export interface DataKeyVersion {
  version: number;
  fingerprint: string;
}

const PREFIX = 'gbe1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM with a random IV: `iv | tag | ciphertext`, the associated data bound when given. */
export function sealGcm(key: Buffer, plaintext: string, aad?: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (aad !== undefined) cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** The plaintext of `sealGcm`'s output; throws when the key, the data or the associated data differ. */
export function openGcm(key: Buffer, raw: Buffer, aad?: string): string {
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  if (aad !== undefined) decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
/** Derived keys kept at once (one per instance and version in use). */
const CACHED_KEYS = 10_000;

/**
 * Encrypts what people say and what is kept about them (message bodies, transcripts, dialog state,
 * saved values, LLM memory, the embedded broker's journal) with AES-256-GCM under keys derived per
 * scope (an instance id, or `broker`) and per data key version from the gateway key:
 * `gbe1.<version>.<base64url(iv | tag | ciphertext)>`, the scope bound as associated data, so a
 * value copied to another instance's row does not open. A rotation adds a version: new values are
 * sealed with it while the old ones still open, until the background job has sealed them again.
 * Text that does not start with the prefix is read as it is (data kept before encryption).
 */
export class DataCipher {
  readonly #masters = new Map<string, Buffer>();
  readonly #currentFingerprint: string;
  #versions = new Map<number, string>();
  #current = 0;
  readonly #keys = new Map<string, Buffer>();

  constructor(keys: GatewayKeys, versions: readonly DataKeyVersion[] = []) {
    this.#currentFingerprint = keyFingerprint(keys.current);
    for (const key of [keys.current, ...keys.previous]) this.#masters.set(keyFingerprint(key), key);
    this.setVersions(versions);
  }

  /** A cipher with a random gateway key and one version: for tests and tools that keep nothing. */
  static ephemeral(): DataCipher {
    const key = randomBytes(32);
    return new DataCipher({ current: key, previous: [] }, [{ version: 1, fingerprint: keyFingerprint(key) }]);
  }

  /** The fingerprint of the gateway key new versions are derived from. */
  get fingerprint(): string {
    return this.#currentFingerprint;
  }

  /** The version new values are sealed with (0 until the store has one). */
  get version(): number {
    return this.#current;
  }

  /** The known versions; the newest derived from the current gateway key is the one sealing. */
  setVersions(versions: readonly DataKeyVersion[]): void {
    this.#versions = new Map(versions.map((v) => [v.version, v.fingerprint]));
    this.#current = Math.max(
      0,
      ...versions.filter((v) => v.fingerprint === this.#currentFingerprint).map((v) => v.version),
    );
  }

  seal(scope: string, plaintext: string): string {
    if (this.#current === 0)
      throw new GatewayError('GB_SECRET_KEY_INVALID', 'no data key derived from the current gateway key yet');
    const sealed = sealGcm(this.#key(this.#current, scope), plaintext, scope);
    return `${PREFIX}${this.#current}.${sealed.toString('base64url')}`;
  }

  open(scope: string, stored: string): string {
    if (!stored.startsWith(PREFIX)) return stored;
    const dot = stored.indexOf('.', PREFIX.length);
    const version = Number(stored.slice(PREFIX.length, dot));
    const key = this.#key(version, scope);
    try {
      return openGcm(key, Buffer.from(stored.slice(dot + 1), 'base64url'), scope);
    } catch (err) {
      throw new GatewayError('GB_SECRET_KEY_INVALID', `a value sealed with data key ${version} does not open`, {
        cause: err,
      });
    }
  }

  /** What every value sealed with the current version starts with. */
  get currentPrefix(): string {
    return `${PREFIX}${this.#current}.`;
  }

  #key(version: number, scope: string): Buffer {
    const id = `${version}:${scope}`;
    let key = this.#keys.get(id);
    if (key) return key;
    const fingerprint = this.#versions.get(version);
    const master = fingerprint === undefined ? undefined : this.#masters.get(fingerprint);
    if (!master) {
      throw new GatewayError(
        'GB_SECRET_KEY_INVALID',
        fingerprint === undefined
          ? `data key ${version} is unknown to this gateway`
          : `data key ${version} comes from a gateway key that is not configured (add it to GB_PREVIOUS_SECRET_KEYS)`,
      );
    }
    key = deriveKey(master, `gb-data:${version}:${scope}`);
    if (this.#keys.size >= CACHED_KEYS) this.#keys.delete(this.#keys.keys().next().value!);
    this.#keys.set(id, key);
    return key;
  }
}

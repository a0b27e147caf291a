import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GatewayError, deriveKey, openGcm, sealGcm, type GatewayKeys } from '../core/index.js';

const VERSION = 'v1';

/**
 * Encrypts and decrypts channel secrets at rest with AES-256-GCM, with the gateway key; what was
 * sealed with a previous gateway key (GB_PREVIOUS_SECRET_KEYS) still opens, until it is sealed again.
 */
export class SecretBox {
  readonly #key: Buffer;
  readonly #previous: readonly Buffer[];

  constructor(key: Buffer, previous: readonly Buffer[] = []) {
    if (key.length !== 32 || previous.some((k) => k.length !== 32))
      throw new GatewayError('GB_SECRET_KEY_INVALID', 'The secret key must be 32 bytes');
    this.#key = key;
    this.#previous = previous;
  }

  /** The gateway key and the previous ones, for what derives keys of its own (data keys). */
  get keys(): GatewayKeys {
    return { current: this.#key, previous: this.#previous };
  }

  /** Whether `sealed` opens with the current key (else it needs sealing again after a key change). */
  isCurrent(sealed: string): boolean {
    try {
      openGcm(this.#key, payloadOf(sealed));
      return true;
    } catch {
      return false;
    }
  }

  encrypt(plaintext: string): string {
    return `${VERSION}:${sealGcm(this.#key, plaintext).toString('base64')}`;
  }

  /** A key of its own for one purpose (`label`), derived from this one (HKDF-SHA256). */
  derive(label: string): Buffer {
    return deriveKey(this.#key, label);
  }

  /** The same purpose's keys derived from the previous gateway keys (to recognise what they made). */
  derivePrevious(label: string): Buffer[] {
    return this.#previous.map((key) => deriveKey(key, label));
  }

  decrypt(sealed: string): string {
    const raw = payloadOf(sealed);
    for (const key of [this.#key, ...this.#previous]) {
      try {
        return openGcm(key, raw);
      } catch {
        // Sealed with another of the keys, or with none of them.
      }
    }
    throw new GatewayError(
      'GB_SECRET_KEY_INVALID',
      'A stored secret cannot be decrypted with this key (after a key change, set GB_PREVIOUS_SECRET_KEYS)',
    );
  }
}

/** The sealed bytes of a stored secret (`v1:<base64>`). */
function payloadOf(sealed: string): Buffer {
  const [version, payload] = sealed.split(':', 2);
  if (version !== VERSION || payload === undefined) {
    throw new GatewayError('GB_SECRET_KEY_INVALID', 'A stored secret has an unknown format');
  }
  return Buffer.from(payload, 'base64');
}

/** GB_PREVIOUS_SECRET_KEYS: the keys a changed GB_SECRET_KEY replaced, comma-separated. */
export function parsePreviousKeys(text: string | undefined): Buffer[] {
  return (text ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
    .map(parseSecretKey);
}

export function parseSecretKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new GatewayError('GB_SECRET_KEY_INVALID', 'GB_SECRET_KEY must be 32 bytes, as 64 hex digits or base64');
  }
  return key;
}

/**
 * The key from GB_SECRET_KEY, or else one generated once into the data directory and reused, so
 * the embedded mode encrypts secrets with no set-up.
 */
export function resolveSecretKey(
  configured: string | undefined,
  dataDir: string,
): { key: Buffer; source: 'env' | 'file' | 'generated' } {
  if (configured !== undefined) return { key: parseSecretKey(configured), source: 'env' };
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return { key: parseSecretKey(readFileSync(file, 'utf8')), source: 'file' };
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { key, source: 'generated' };
}

/** The gateway key (see resolveSecretKey) and the previous ones from GB_PREVIOUS_SECRET_KEYS. */
export function resolveGatewayKeys(env: {
  GB_SECRET_KEY?: string | undefined;
  GB_PREVIOUS_SECRET_KEYS?: string | undefined;
  GB_DATA_DIR: string;
}): GatewayKeys & { source: 'env' | 'file' | 'generated' } {
  const { key, source } = resolveSecretKey(env.GB_SECRET_KEY, env.GB_DATA_DIR);
  return { current: key, previous: parsePreviousKeys(env.GB_PREVIOUS_SECRET_KEYS), source };
}

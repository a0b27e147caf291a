import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares two secrets in constant time, whatever their lengths (hashing first evens them out). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());
}

/** Setting names whose values are secrets: stored encrypted, never logged, never shown back. */
export function isSecretName(name: string): boolean {
  return /(key|secret|token|password|pass)$/i.test(name.trim());
}

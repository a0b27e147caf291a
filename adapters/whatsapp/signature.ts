import { createHmac, timingSafeEqual } from 'node:crypto';
import type { VerifyResult } from '../../core/index.js';

/** `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(raw body, App Secret)>`, compared in constant time. */
export function verifyHubSignature(body: Buffer, header: string | undefined, appSecret: string): VerifyResult {
  if (!header) return { ok: false, reason: 'missing X-Hub-Signature-256' };
  if (!header.startsWith('sha256=')) return { ok: false, reason: 'X-Hub-Signature-256 is not sha256=<hex>' };
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  const expected = createHmac('sha256', appSecret).update(body).digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'X-Hub-Signature-256 does not match' };
  return { ok: true };
}

export function signHubBody(body: string | Buffer, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import type { VerifyResult } from '../../core/index.js';

/**
 * Twilio's X-Twilio-Signature: base64(HMAC-SHA1(auth token, URL + each parameter's name and value,
 * names sorted)); a repeated parameter contributes each of its values, sorted.
 */
export function twilioSignature(authToken: string, url: string, params: URLSearchParams): string {
  let data = url;
  for (const name of [...new Set(params.keys())].sort()) {
    for (const value of [...new Set(params.getAll(name))].sort()) data += name + value;
  }
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/** The URL as Twilio may have signed it: with and without the scheme's default port. */
function urlVariants(url: string): string[] {
  const parsed = new URL(url);
  const defaultPort = parsed.protocol === 'https:' ? '443' : '80';
  const withoutPort = new URL(url);
  withoutPort.port = '';
  const variants = [url, withoutPort.toString()];
  if (parsed.port === '') variants.push(url.replace(parsed.host, `${parsed.hostname}:${defaultPort}`));
  return [...new Set(variants)];
}

export function verifyTwilioSignature(
  authToken: string,
  url: string,
  params: URLSearchParams,
  header: string | undefined,
): VerifyResult {
  if (!header) return { ok: false, reason: 'missing X-Twilio-Signature' };
  const given = Buffer.from(header, 'base64');
  for (const candidate of urlVariants(url)) {
    const expected = Buffer.from(twilioSignature(authToken, candidate, params), 'base64');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return { ok: true };
  }
  return { ok: false, reason: "X-Twilio-Signature does not match (check the instance's Public URL)" };
}

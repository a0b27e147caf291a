import type { Pool } from 'undici';
import { signHubBody } from '../adapters/whatsapp/index.js';
import { writeBotPackage } from '../test-fixtures/packages.js';
import { textWebhook } from '../test-fixtures/whatsapp/webhooks.js';

/** What the benchmarks' bot and its fake Graph API are configured with. */
export const APP_SECRET = 'bench-app-secret';
export const TOKEN = 'bench-access-token';
export const PHONE = '106540352242922';
export const QUESTIONS = [
  'What are your opening hours?',
  'Do you deliver?',
  'Where is the shop?',
  'Do you take cards?',
];

/** A Cloud API webhook with one text message from `user`, as Meta sends it. */
export function webhook(user: string, n: number): string {
  return textWebhook({
    phoneNumberId: PHONE,
    from: user,
    id: `wamid.BENCH${n}.${user}`,
    body: QUESTIONS[n % QUESTIONS.length]!,
    name: `User ${n}`,
    timestamp: String(Math.floor(Date.now() / 1000)),
  });
}

/**
 * Posts a webhook signed as Meta signs it. The load shares the two cores with the gateway, so it
 * goes through a keep-alive undici pool rather than `fetch`, which costs several times more CPU.
 */
export async function postWebhook(pool: Pool, path: string, body: string): Promise<{ status: number; text: string }> {
  const response = await pool.request({
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signHubBody(body, APP_SECRET) },
    body,
  });
  return { status: response.statusCode, text: await response.body.text() };
}

/** The user of the n-th measured message: each message comes from a different user. */
export function benchUser(n: number, prefix = '55'): string {
  return `${prefix}${String(10_000_000_000 + n)}`;
}

/** The benchmarks' bot package: QUESTIONS answered on WhatsApp, its Graph API at `graphUrl` (the fake). */
export function benchBotPackage(name: string, graphUrl: string): string {
  return writeBotPackage(
    name,
    {
      'WhatsApp Phone Number ID': PHONE,
      'WhatsApp Access Token': TOKEN,
      'WhatsApp App Secret': APP_SECRET,
      'WhatsApp Verify Token': name,
      'WhatsApp API URL': `${graphUrl}/v23.0`,
      'WhatsApp Messages Per Second': '1000',
    },
    QUESTIONS.map((q) => [q, `Answer to: ${q}`]),
  );
}

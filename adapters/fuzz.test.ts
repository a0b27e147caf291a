import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InboundMessage, type ChannelRequest, type WebhookReceiver } from '../core/index.js';
import { ScriptError, compileDialog } from '../keywords/index.js';
import { buildAdapter } from '../test-fixtures/adapters.js';
import { eventWebhookKeys, inboundParseBody, signEvents } from '../test-fixtures/email/sendgrid.js';
import { readMail, sendGridEmail } from './email/index.js';
import { parseEvents } from './email/inbound.js';
import { parseActivity } from './teams/index.js';
import { telegram } from './telegram/index.js';
import { twilioSignature, twilioSms } from './twilio/index.js';
import { signHubBody, whatsappCloud } from './whatsapp/index.js';

/**
 * Fuzzing of everything that reads outside input: each webhook with payloads mutated from real
 * ones (then signed properly, so parsing is reached), forged signatures, the e-mail reader, and the
 * BASIC compiler. A receiver may refuse (verify says no, parse throws an Error: a 400); it must
 * never accept a forgery, crash another way, or hand on a message outside the schema.
 * `GB_FUZZ_RUNS` sets the inputs per property (`npm run fuzz` runs 100,000).
 */
const RUNS = Number(process.env.GB_FUZZ_RUNS ?? 300);
const TIMEOUT = Math.max(60_000, RUNS * 20);
const INSTANCE = { id: 'i1', name: 'bot', title: 'Bot' };

const fixtures = (folder: string) =>
  readdirSync(new URL(`../test-fixtures/${folder}/`, import.meta.url))
    .filter((f) => f.endsWith('.json'))
    .map(
      (f) => JSON.parse(readFileSync(new URL(`../test-fixtures/${folder}/${f}`, import.meta.url), 'utf8')) as unknown,
    );

/** Every path into a JSON value, for replacing what is there with something else. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function replaced(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  // An earlier change replaced what this path went through: nothing left to change here.
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value) !== (typeof path[0] === 'number')) return value;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = replaced(copy[path[0]!], path.slice(1), replacement);
  return copy;
}

/** A real payload with one to three of its parts replaced by any JSON (or a part removed). */
function mutated(samples: unknown[]): fc.Arbitrary<unknown> {
  return fc.constantFrom(...samples).chain((sample) => {
    const all = paths(sample);
    const change = fc.tuple(fc.constantFrom(...all), fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined)));
    return fc
      .array(change, { minLength: 1, maxLength: 3 })
      .map((changes) => changes.reduce((value, [path, next]) => replaced(value, path, next), sample));
  });
}

/** The receiver took the request or refused it cleanly; what it hands on is canonical. */
async function safelyRead(receiver: WebhookReceiver, request: ChannelRequest, channel: string): Promise<void> {
  const verdict = await receiver.verify(request);
  if (!verdict.ok) return;
  let messages: InboundMessage[];
  try {
    messages = await receiver.parse(request);
  } catch (err) {
    expect(err).toBeInstanceOf(Error);
    return;
  }
  for (const message of messages) {
    const checked = InboundMessage.safeParse(message);
    expect(checked.success, JSON.stringify(checked.error?.issues[0])).toBe(true);
    expect(message.instanceId).toBe(INSTANCE.id);
    expect(message.channel).toBe(channel);
  }
}

const request = (body: string | Buffer, headers: Record<string, string>, url = '/webhooks/bot/x'): ChannelRequest => ({
  method: 'POST',
  url,
  headers,
  body: Buffer.isBuffer(body) ? body : Buffer.from(body),
});

describe('fuzzing what comes from outside', () => {
  it(
    'WhatsApp Cloud: mutated signed webhooks are read or refused, and forgeries never pass',
    async () => {
      const adapter = buildAdapter(whatsappCloud, {
        'WhatsApp Phone Number ID': '106540352242922',
        'WhatsApp Access Token': 'token',
        'WhatsApp App Secret': 'fuzz-app-secret',
        'WhatsApp Verify Token': 'verify',
      });
      const samples = fixtures('whatsapp');
      await fc.assert(
        fc.asyncProperty(mutated(samples), async (payload) => {
          const body = JSON.stringify(payload) ?? 'null';
          await safelyRead(
            adapter.webhook,
            request(body, { 'x-hub-signature-256': signHubBody(body, 'fuzz-app-secret') }),
            'whatsapp',
          );
        }),
        { numRuns: RUNS },
      );
      await fc.assert(
        fc.asyncProperty(fc.string(), fc.string(), async (body, signature) => {
          const verdict = await adapter.webhook.verify(request(body, { 'x-hub-signature-256': signature }));
          expect(verdict.ok).toBe(false);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'Telegram: mutated updates are read or refused; a wrong secret token never passes',
    async () => {
      const adapter = buildAdapter(telegram, {
        'Telegram Bot Token': '1:fuzz',
        'Telegram Secret Token': 'fuzz-secret',
      });
      await fc.assert(
        fc.asyncProperty(mutated(fixtures('telegram')), async (payload) => {
          const body = JSON.stringify(payload) ?? 'null';
          await safelyRead(
            adapter.webhook,
            request(body, { 'x-telegram-bot-api-secret-token': 'fuzz-secret' }),
            'telegram',
          );
        }),
        { numRuns: RUNS },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.string().filter((s) => s !== 'fuzz-secret'),
          async (secret) => {
            expect(
              (await adapter.webhook.verify(request('{}', { 'x-telegram-bot-api-secret-token': secret }))).ok,
            ).toBe(false);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'Twilio: forms with any fields, signed, are read or refused; forged signatures never pass',
    async () => {
      const adapter = buildAdapter(twilioSms, {
        'Twilio Account SID': 'AC00000000000000000000000000000000',
        'Twilio Auth Token': 'fuzz-token',
        'SMS Number': '+10000000000',
        'Public URL': 'https://fuzz.example.com',
      });
      const url = 'https://fuzz.example.com/webhooks/bot/sms';
      const known = [
        'MessageSid',
        'SmsSid',
        'From',
        'To',
        'Body',
        'NumMedia',
        'MediaUrl0',
        'MediaContentType0',
        'MessageStatus',
        'ErrorCode',
        'ButtonPayload',
        'ButtonText',
        'Latitude',
        'Longitude',
        'ProfileName',
      ];
      const form = fc.dictionary(
        fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 12 })),
        fc.string({ maxLength: 40 }),
        {
          maxKeys: 10,
        },
      );
      await fc.assert(
        fc.asyncProperty(form, async (fields) => {
          const params = new URLSearchParams(fields);
          await safelyRead(
            adapter.webhook,
            request(params.toString(), {
              'content-type': 'application/x-www-form-urlencoded',
              'x-twilio-signature': twilioSignature('fuzz-token', url, params),
            }),
            'sms',
          );
        }),
        { numRuns: RUNS },
      );
      await fc.assert(
        fc.asyncProperty(form, fc.string(), async (fields, signature) => {
          const params = new URLSearchParams(fields);
          fc.pre(signature !== twilioSignature('fuzz-token', url, params));
          const verdict = await adapter.webhook.verify(
            request(params.toString(), {
              'content-type': 'application/x-www-form-urlencoded',
              'x-twilio-signature': signature,
            }),
          );
          expect(verdict.ok).toBe(false);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'Teams: mutated activities are read or refused cleanly',
    async () => {
      await fc.assert(
        fc.property(mutated(fixtures('teams')), (activity) => {
          let messages: InboundMessage[];
          try {
            messages = parseActivity(activity, INSTANCE.id);
          } catch (err) {
            expect(err).toBeInstanceOf(Error);
            return;
          }
          for (const message of messages) expect(InboundMessage.safeParse(message).success).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'e-mail: any bytes as a mail, any form as Inbound Parse, any events, forged signatures refused',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2_000 }), async (bytes) => {
          await readMail(Buffer.from(bytes)).catch((err: unknown) => expect(err).toBeInstanceOf(Error));
        }),
        { numRuns: Math.ceil(RUNS / 3) },
      );
      const keys = eventWebhookKeys();
      const adapter = buildAdapter(sendGridEmail, {
        'SendGrid Inbound Secret': 'inbound-secret-for-fuzzing',
        'SendGrid Event Key': keys.publicKeyBase64,
        'Mail From': 'bot@example.com',
        'SendGrid Key': 'SG.key',
      });
      const fields = fc.dictionary(
        fc.oneof(
          fc.constantFrom('headers', 'text', 'html', 'email', 'charsets', 'envelope'),
          fc.string({ maxLength: 8 }),
        ),
        fc.string({ maxLength: 300 }),
        { maxKeys: 6 },
      );
      await fc.assert(
        fc.asyncProperty(fields, async (form) => {
          const { body, contentType } = inboundParseBody({ fields: form });
          await safelyRead(
            adapter.webhook,
            request(body, { 'content-type': contentType }, '/webhooks/bot/email?secret=inbound-secret-for-fuzzing'),
            'email',
          );
        }),
        { numRuns: Math.ceil(RUNS / 3) },
      );
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (events) => {
          const body = Buffer.from(JSON.stringify(events) ?? 'null');
          await safelyRead(
            adapter.webhook,
            request(body, { 'content-type': 'application/json', ...signEvents(keys.privateKey, body) }),
            'email',
          );
          try {
            for (const message of parseEvents(body, { instanceId: INSTANCE.id }))
              expect(InboundMessage.safeParse(message).success).toBe(true);
          } catch (err) {
            expect(err).toBeInstanceOf(Error);
          }
        }),
        { numRuns: RUNS },
      );
      await fc.assert(
        fc.asyncProperty(fc.string(), fc.string(), async (body, signature) => {
          const forged = {
            'content-type': 'application/json',
            'x-twilio-email-event-webhook-signature': signature,
            'x-twilio-email-event-webhook-timestamp': '1',
          };
          expect((await adapter.webhook.verify(request(body, forged))).ok).toBe(false);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'BASIC: any source compiles or is refused with a ScriptError that says where',
    () => {
      const words = [
        'TALK',
        'HEAR',
        'IF',
        'THEN',
        'ELSE',
        'END IF',
        'DO WHILE',
        'LOOP',
        'FOR',
        'TO',
        'NEXT',
        'SEND CODE TO',
        'CHECK CODE',
        'GET',
        'SET',
        '=',
        '+',
        '"text"',
        'x',
        '1',
        '(',
        ')',
        ',',
        '\n',
        'FUNCTION',
        'END FUNCTION',
        'CALL',
        'SELECT CASE',
        'CASE',
        'END SELECT',
        'EXIT DO',
      ];
      const soup = fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((tokens) => tokens.join(' '));
      fc.assert(
        fc.property(fc.oneof(soup, fc.string({ maxLength: 200 })), (source) => {
          try {
            compileDialog(source, 'fuzz.bas');
          } catch (err) {
            expect(err).toBeInstanceOf(ScriptError);
            expect((err as Error).message).toMatch(/^fuzz\.bas:\d+:\d+: /);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

import { buildAdapter } from '../../test-fixtures/adapters.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ChannelCredentialsRejected,
  OutcomeUnknown,
  PermanentFailure,
  RateLimited,
  RetryLater,
  newId,
  type OutboundMessage,
} from '../../core/index.js';
import { whatsappCloud, buildRequests, graphFailure, parseWebhook, signHubBody, verifyHubSignature } from './index.js';
import { splitText } from '../text.js';

const PHONE_NUMBER_ID = '106540352242922';
const fixture = (name: string) => readFileSync(new URL(`../../test-fixtures/whatsapp/${name}.json`, import.meta.url));
const parse = (name: string) =>
  parseWebhook(JSON.parse(fixture(name).toString('utf8')), { instanceId: 'i1', phoneNumberId: PHONE_NUMBER_ID });

describe('X-Hub-Signature-256', () => {
  // The vector of the channel reference: a body with a literal \u00e9 escape.
  const body = Buffer.from(
    '{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Jos\\u00e9"},"wa_id":"16505551234"}],"messages":[{"from":"16505551234","id":"wamid.TEST1","timestamp":"1749416383","type":"text","text":{"body":"caf\\u00e9?"}}]},"field":"messages"}]}]}',
  );

  it('matches the reference vector on the raw bytes, and not on re-serialized JSON', () => {
    expect(signHubBody(body, 'test_app_secret')).toBe(
      'sha256=5816657884c409969f9282ef74d21c18c4a0ba004ef27546e247a40147bd9ff9',
    );
    expect(
      verifyHubSignature(
        body,
        'sha256=5816657884c409969f9282ef74d21c18c4a0ba004ef27546e247a40147bd9ff9',
        'test_app_secret',
      ),
    ).toEqual({ ok: true });
    const reserialized = Buffer.from(JSON.stringify(JSON.parse(body.toString())));
    expect(
      verifyHubSignature(
        reserialized,
        'sha256=5816657884c409969f9282ef74d21c18c4a0ba004ef27546e247a40147bd9ff9',
        'test_app_secret',
      ).ok,
    ).toBe(false);
  });

  it('refuses a missing, malformed, wrong-length or wrong signature', () => {
    expect(verifyHubSignature(body, undefined, 's')).toEqual({ ok: false, reason: 'missing X-Hub-Signature-256' });
    expect(verifyHubSignature(body, 'sha1=abc', 's').ok).toBe(false);
    expect(verifyHubSignature(body, 'sha256=abcd', 'test_app_secret').ok).toBe(false);
    expect(verifyHubSignature(body, signHubBody(body, 'other secret'), 'test_app_secret').ok).toBe(false);
  });
});

describe('WhatsApp webhook parsing', () => {
  it('normalizes a text message with the sender name', () => {
    expect(parse('text')).toEqual([
      expect.objectContaining({
        kind: 'text',
        channel: 'whatsapp',
        text: 'Does it come in another color?',
        from: { id: '16505551234', name: 'Sheena Nelson' },
        conversationKey: '16505551234',
        channelMessageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
        receivedAt: 1749416383000,
      }),
    ]);
  });

  it.each([
    ['image', { mediaId: '1003383421387256', mimeType: 'image/jpeg', caption: 'Taj Mahal' }],
    ['audio', { mediaId: '2003383421387256', mimeType: 'audio/ogg; codecs=opus' }],
    ['video', { mediaId: '3003383421387256', mimeType: 'video/mp4', caption: 'Clip' }],
    ['document', { mediaId: '4003383421387256', mimeType: 'application/pdf', caption: 'Invoice', name: 'invoice.pdf' }],
    ['sticker', { mediaId: '5003383421387256', mimeType: 'image/webp' }],
  ])('normalizes %s media', (name, media) => {
    expect(parse(name)).toEqual([expect.objectContaining({ kind: 'media', media })]);
  });

  it('normalizes location, contacts, interactive replies, quick-reply buttons and reactions', () => {
    expect(parse('location')[0]).toMatchObject({
      kind: 'location',
      latitude: 37.483307,
      longitude: -122.148981,
      name: 'Main Street Beach',
      address: '1 Hacker Way, Menlo Park, CA 94025',
    });
    expect(parse('contacts')[0]).toMatchObject({
      kind: 'contact',
      contacts: [{ name: 'Barbara J. Johnson', phones: ['+1 (940) 555-1234'], emails: ['bjohnson@example.com'] }],
    });
    expect(parse('button_reply')[0]).toMatchObject({
      kind: 'interactive_reply',
      choiceId: 'cancel-button',
      title: 'Cancel',
      replyToChannelMessageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MEM2RUJFNkI0RENGQTVDRjUA',
    });
    expect(parse('list_reply')[0]).toMatchObject({
      kind: 'interactive_reply',
      choiceId: 'priority_express',
      title: 'Priority Mail Express',
    });
    expect(parse('quick_reply_button')[0]).toMatchObject({
      kind: 'interactive_reply',
      choiceId: 'track-12345',
      title: 'Track order',
    });
    expect(parse('reaction')[0]).toMatchObject({
      kind: 'reaction',
      targetChannelMessageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJCOTY3NDc0NDFDRUI3NTA0Q0UA',
      emoji: '😀',
    });
  });

  it('keys a sender without a phone number by the business-scoped user id', () => {
    expect(parse('username_only')[0]).toMatchObject({
      kind: 'text',
      from: { id: 'US.13491208655302741918', name: 'Ana' },
      conversationKey: 'US.13491208655302741918',
    });
  });

  it('turns statuses into status messages, each with its own dedupe key and the provider error', () => {
    const statuses = parse('statuses');
    expect(
      statuses.map((s) => (s.kind === 'status' ? [s.providerMessageId, s.status, s.channelMessageId] : [])),
    ).toEqual([
      ['wamid.OUT1', 'sent', 'wamid.OUT1:sent'],
      ['wamid.OUT1', 'read', 'wamid.OUT1:read'],
      ['wamid.OUT1', 'delivered', 'wamid.OUT1:delivered'],
      ['wamid.OUT2', 'failed', 'wamid.OUT2:failed'],
    ]);
    expect(statuses[3]).toMatchObject({
      error: '131049 This message was not delivered to maintain healthy ecosystem engagement.',
    });
  });

  it('reads every entry and change of a batch, leaving out other phone numbers', () => {
    const parsed = parse('batched');
    expect(parsed.map((m) => m.channelMessageId)).toEqual([
      'wamid.BATCH1',
      'wamid.BATCH2',
      'wamid.BATCH3',
      'wamid.OUT9:delivered',
    ]);
    expect(parsed[1]).toMatchObject({ from: { id: '919876543210', name: 'Ravi' } });
  });

  it('rejects what is not a WhatsApp webhook', () => {
    expect(() =>
      parseWebhook({ object: 'page', entry: [] }, { instanceId: 'i1', phoneNumberId: PHONE_NUMBER_ID }),
    ).toThrow();
    expect(() =>
      parseWebhook(
        {
          object: 'whatsapp_business_account',
          entry: [{ id: '1', changes: [{ field: 'messages', value: { messages: [] } }] }],
        },
        { instanceId: 'i1', phoneNumberId: PHONE_NUMBER_ID },
      ),
    ).toThrow();
  });
});

describe('the GET verification handshake', () => {
  const adapter = buildAdapter(whatsappCloud, {
    'WhatsApp Phone Number ID': PHONE_NUMBER_ID,
    'WhatsApp Access Token': 't',
    'WhatsApp App Secret': 's',
    'WhatsApp Verify Token': 'my-verify-token',
    'WhatsApp API URL': 'http://127.0.0.1:1',
  });
  const get = (query: string) =>
    adapter.webhook.handshake!({
      method: 'GET',
      url: `/webhooks/bot/whatsapp?${query}`,
      headers: {},
      body: Buffer.alloc(0),
    });

  it('echoes the challenge for the right token and refuses anything else', () => {
    expect(get('hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=my-verify-token')).toEqual({
      status: 200,
      contentType: 'text/plain',
      body: '1158201444',
    });
    expect(get('hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=wrong')?.status).toBe(403);
    expect(get('hub.mode=unsubscribe&hub.challenge=1&hub.verify_token=my-verify-token')?.status).toBe(403);
    expect(get('')?.status).toBe(403);
    expect(
      adapter.webhook.handshake!({ method: 'POST', url: '/', headers: {}, body: Buffer.alloc(0) }),
    ).toBeUndefined();
  });
});

describe('Graph API errors', () => {
  const response = (status: number, code?: number, headers: Record<string, string> = {}) => ({
    status,
    headers: new Headers(headers),
    text:
      code === undefined
        ? ''
        : JSON.stringify({ error: { message: `(#${code}) message`, type: 'OAuthException', code } }),
  });

  it.each([
    [429, 130429, RateLimited, 'account'],
    [400, 130429, RateLimited, 'account'],
    [400, 80007, RateLimited, 'account'],
    [400, 4, RateLimited, 'account'],
    [400, 131056, RateLimited, 'recipient'],
  ])('maps HTTP %i code %i to a rate limit on the %s', (status, code, type, scope) => {
    const err = graphFailure(response(status, code));
    expect(err).toBeInstanceOf(type);
    expect((err as RateLimited).scope).toBe(scope);
  });

  it('honours a Retry-After header when one comes', () => {
    expect((graphFailure(response(429, 130429, { 'retry-after': '7' })) as RateLimited).delayMs).toBe(7000);
    expect((graphFailure(response(400, 131056)) as RateLimited).delayMs).toBe(6000);
  });

  it('maps the 24-hour window, bad tokens, transient errors and ambiguous 5xx', () => {
    const window = graphFailure(response(400, 131047));
    expect(window).toBeInstanceOf(PermanentFailure);
    expect(window.message).toMatch(/24-hour customer service window/);
    expect(graphFailure(response(401, 190))).toBeInstanceOf(ChannelCredentialsRejected);
    expect(graphFailure(response(400, 131016))).toBeInstanceOf(RetryLater);
    expect(graphFailure(response(503))).toBeInstanceOf(RetryLater);
    expect(graphFailure(response(500))).toBeInstanceOf(OutcomeUnknown);
    expect(graphFailure(response(400, 131026))).toBeInstanceOf(PermanentFailure);
  });
});

describe('WhatsApp send payloads', () => {
  const base = {
    id: newId(),
    instanceId: 'i1',
    channel: 'whatsapp' as const,
    conversationKey: '16505551234',
    to: { id: '16505551234' },
    idempotencyKey: 'k',
    createdAt: 1,
  };
  const build = (m: Partial<OutboundMessage> & { kind: OutboundMessage['kind'] }) =>
    buildRequests({ ...base, ...m } as OutboundMessage);

  it('splits text at 4096 characters on a word boundary', () => {
    const long = `${'word '.repeat(1000)}end`;
    const parts = splitText(long, 4096);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    expect(parts.join(' ')).toBe(long);
    const requests = build({ kind: 'text', text: long });
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ messaging_product: 'whatsapp', to: '16505551234', type: 'text' });
  });

  it('sends up to three choices as reply buttons and more as a list', () => {
    const choices = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `c${i}`, title: `A rather long choice title ${i}` }));
    const buttons = build({ kind: 'buttons', text: 'Pick one', choices: choices(3) })[0] as {
      interactive: { type: string; action: { buttons: Array<{ reply: { title: string } }> } };
    };
    expect(buttons.interactive.type).toBe('button');
    expect(buttons.interactive.action.buttons).toHaveLength(3);
    expect(buttons.interactive.action.buttons[0]!.reply.title.length).toBeLessThanOrEqual(20);
    const list = build({ kind: 'buttons', text: 'Pick one', choices: choices(12) })[0] as {
      interactive: { type: string; action: { sections: Array<{ rows: unknown[] }> } };
    };
    expect(list.interactive.type).toBe('list');
    expect(list.interactive.action.sections.map((s) => s.rows.length)).toEqual([10, 2]);
    expect(() => build({ kind: 'list', text: 'x', buttonLabel: 'Options', choices: choices(101) })).toThrow(
      PermanentFailure,
    );
  });

  it('builds templates, media, and mark-as-read with typing', () => {
    expect(
      build({ kind: 'template', template: 'order_update', language: 'en_US', parameters: ['12345'] })[0],
    ).toMatchObject({
      type: 'template',
      template: {
        name: 'order_update',
        language: { code: 'en_US' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: '12345' }] }],
      },
    });
    expect(
      build({
        kind: 'media',
        media: { url: 'https://example.com/r.pdf', mimeType: 'application/pdf', name: 'r.pdf', caption: 'Receipt' },
      })[0],
    ).toMatchObject({
      type: 'document',
      document: { link: 'https://example.com/r.pdf', filename: 'r.pdf', caption: 'Receipt' },
    });
    expect(build({ kind: 'media', media: { mediaId: '77', mimeType: 'image/png' } })[0]).toMatchObject({
      type: 'image',
      image: { id: '77' },
    });
    expect(build({ kind: 'typing', replyToChannelMessageId: 'wamid.IN' })).toEqual([
      { messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.IN', typing_indicator: { type: 'text' } },
    ]);
  });

  it('addresses a business-scoped user id as recipient', () => {
    expect(
      buildRequests({ ...base, to: { id: 'US.13491208655302741918' }, kind: 'text', text: 'hi' })[0],
    ).toMatchObject({ recipient: 'US.13491208655302741918' });
  });
});

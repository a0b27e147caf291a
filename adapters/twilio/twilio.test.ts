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
import {
  twilioSms,
  buildForms,
  parseTwilioForm,
  twilioFailure,
  twilioSignature,
  verifyTwilioSignature,
} from './index.js';

const form = (name: string) =>
  new URLSearchParams(readFileSync(new URL(`../../test-fixtures/twilio/${name}.txt`, import.meta.url), 'utf8').trim());

describe('X-Twilio-Signature', () => {
  const params = new URLSearchParams({
    CallSid: 'CA1234567890ABCDE',
    Caller: '+14158675309',
    Digits: '1234',
    From: '+14158675309',
    To: '+18005551212',
  });

  it('matches the documented test vector', () => {
    expect(twilioSignature('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', params)).toBe(
      'RSOYDt4T1cUTdK1PDd93/VVr8B8=',
    );
    expect(
      verifyTwilioSignature(
        '12345',
        'https://mycompany.com/myapp.php?foo=1&bar=2',
        params,
        'RSOYDt4T1cUTdK1PDd93/VVr8B8=',
      ),
    ).toEqual({ ok: true });
  });

  it('accepts the URL signed with the default port, and refuses a wrong, short or missing signature', () => {
    const withPort = twilioSignature('12345', 'https://mycompany.com:443/myapp.php?foo=1&bar=2', params);
    expect(verifyTwilioSignature('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', params, withPort).ok).toBe(
      true,
    );
    expect(
      verifyTwilioSignature(
        'wrong',
        'https://mycompany.com/myapp.php?foo=1&bar=2',
        params,
        'RSOYDt4T1cUTdK1PDd93/VVr8B8=',
      ).ok,
    ).toBe(false);
    expect(verifyTwilioSignature('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', params, 'RSOY').ok).toBe(
      false,
    );
    expect(verifyTwilioSignature('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', params, undefined).ok).toBe(
      false,
    );
    const tampered = new URLSearchParams(params);
    tampered.set('Digits', '9999');
    expect(
      verifyTwilioSignature(
        '12345',
        'https://mycompany.com/myapp.php?foo=1&bar=2',
        tampered,
        'RSOYDt4T1cUTdK1PDd93/VVr8B8=',
      ).ok,
    ).toBe(false);
  });
});

describe('Twilio webhooks', () => {
  const context = { instanceId: 'i1', channel: 'sms' as const, now: 1 };

  it('parses an SMS, an MMS, a WhatsApp button tap and status callbacks', () => {
    expect(parseTwilioForm(form('sms'), context)).toEqual([
      expect.objectContaining({
        kind: 'text',
        text: 'Ahoy!',
        from: { id: '+15017122661' },
        conversationKey: '+15017122661',
        channelMessageId: 'SMcea2a3bd6f50296f8fab60f377db03eb',
      }),
    ]);
    expect(parseTwilioForm(form('mms'), context)[0]).toMatchObject({
      kind: 'media',
      media: { mimeType: 'image/jpeg', caption: 'my receipt', url: expect.stringMatching(/Media\/ME0001$/) },
    });
    expect(parseTwilioForm(form('whatsapp-button'), { ...context, channel: 'whatsapp' })[0]).toMatchObject({
      kind: 'interactive_reply',
      channel: 'whatsapp',
      choiceId: '{verifyEmail:user@example.com}',
      title: 'Konfirmasi',
      from: { id: '+6281234567890', name: 'Test User' },
    });
    expect(parseTwilioForm(form('status-delivered'), context)[0]).toMatchObject({
      kind: 'status',
      status: 'delivered',
      providerMessageId: 'SM00000000000000000000000000000001',
      channelMessageId: 'SM00000000000000000000000000000001:delivered',
    });
    expect(parseTwilioForm(form('status-undelivered'), context)[0]).toMatchObject({
      kind: 'status',
      status: 'failed',
      error: '30003',
    });
    expect(parseTwilioForm(new URLSearchParams({ MessageSid: 'SM1', MessageStatus: 'sending' }), context)).toEqual([]);
    // A status named like an object's own property is no status (the fuzz test's "__proto__").
    for (const status of ['__proto__', 'constructor', 'toString'])
      expect(parseTwilioForm(new URLSearchParams({ MessageSid: 'SM1', MessageStatus: status }), context)).toEqual([]);
    expect(() => parseTwilioForm(new URLSearchParams({ Body: 'no sid' }), context)).toThrow(/MessageSid/);
  });

  it('verifies against the instance public URL and refuses a JSON body', async () => {
    const adapter = buildAdapter(
      twilioSms,
      {
        'Twilio Account SID': 'AC1',
        'Twilio Auth Token': 'tok',
        'SMS Number': '+10123456789',
        'Public URL': 'https://bots.example.com',
        'Twilio API URL': 'http://127.0.0.1:1',
      },
      { id: 'i1', name: 'shop', title: 'Shop' },
    );
    const body = Buffer.from(form('sms').toString());
    const signature = twilioSignature('tok', 'https://bots.example.com/webhooks/shop/sms', form('sms'));
    const request = {
      method: 'POST',
      url: '/webhooks/shop/sms',
      headers: { 'x-twilio-signature': signature, 'content-type': 'application/x-www-form-urlencoded' },
      body,
    };
    expect(await adapter.webhook.verify(request)).toEqual({ ok: true });
    expect((await adapter.webhook.verify({ ...request, url: '/webhooks/shop/sms?x=1' })).ok).toBe(false);
    expect(() => adapter.webhook.parse({ ...request, headers: { 'content-type': 'application/json' } })).toThrow(
      /form-encoded/,
    );
  });
});

describe('Twilio sends', () => {
  const base = {
    id: newId(),
    instanceId: 'i1',
    channel: 'sms' as const,
    conversationKey: '+15017122661',
    to: { id: '+15017122661' },
    idempotencyKey: 'k',
    createdAt: 1,
  };
  const forms = (m: Partial<OutboundMessage> & { kind: OutboundMessage['kind'] }, whatsapp = false) =>
    buildForms({ ...base, ...m } as OutboundMessage, {
      from: '+10123456789',
      whatsapp,
      statusCallback: 'https://bots.example.com/webhooks/shop/sms',
    }).map((f) => Object.fromEntries(f));

  it('sends text with a status callback, split at 1,600 characters', () => {
    expect(forms({ kind: 'text', text: 'hi' })).toEqual([
      {
        To: '+15017122661',
        From: '+10123456789',
        StatusCallback: 'https://bots.example.com/webhooks/shop/sms',
        Body: 'hi',
      },
    ]);
    expect(forms({ kind: 'text', text: 'word '.repeat(500) })).toHaveLength(2);
  });

  it('renders buttons and lists as a numbered menu', () => {
    expect(
      forms({
        kind: 'buttons',
        text: 'Pick a size',
        choices: [
          { id: 's', title: 'Small' },
          { id: 'l', title: 'Large' },
        ],
      })[0]!.Body,
    ).toBe('Pick a size\n1. Small\n2. Large\nReply with a number.');
  });

  it('prefixes WhatsApp addresses and sends templates as Content templates', () => {
    expect(
      forms({ kind: 'template', template: 'HX0123', language: 'en', parameters: ['123456'] }, true)[0],
    ).toMatchObject({
      To: 'whatsapp:+15017122661',
      From: 'whatsapp:+10123456789',
      ContentSid: 'HX0123',
      ContentVariables: '{"1":"123456"}',
    });
    expect(() => forms({ kind: 'media', media: { mediaId: 'x', mimeType: 'image/png' } })).toThrow(PermanentFailure);
  });

  it('maps REST errors', () => {
    const response = (status: number, code: number | undefined, headers: Record<string, string> = {}) => ({
      status,
      headers: new Headers(headers),
      text: code === undefined ? '' : JSON.stringify({ code, message: 'm', status }),
    });
    const limited = twilioFailure(response(429, 20429, { 'retry-after': '3' }));
    expect(limited).toBeInstanceOf(RateLimited);
    expect((limited as RateLimited).delayMs).toBe(3000);
    expect(twilioFailure(response(400, 21611))).toBeInstanceOf(RetryLater);
    expect(twilioFailure(response(401, 20003))).toBeInstanceOf(ChannelCredentialsRejected);
    expect(twilioFailure(response(400, 63016)).message).toMatch(/24-hour window/);
    expect(twilioFailure(response(400, 21211))).toBeInstanceOf(PermanentFailure);
    expect(twilioFailure(response(503, undefined))).toBeInstanceOf(RetryLater);
    expect(twilioFailure(response(500, undefined))).toBeInstanceOf(OutcomeUnknown);
  });
});

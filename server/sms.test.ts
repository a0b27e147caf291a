import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twilioSignature } from '../adapters/twilio/index.js';
import { FakeTwilioApi } from '../test-fixtures/fakes/twilio-api.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { writeBotPackage } from '../test-fixtures/packages.js';
import { until } from '../test-fixtures/until.js';
import { deployPackage } from './deploy.js';

const ACCOUNT_SID = 'AC00000000000000000000000000000000';
const AUTH_TOKEN = 'twilio-auth-token-for-tests';
const PUBLIC_URL = 'https://bots.example.com';

describe('SMS and WhatsApp through Twilio, through the whole gateway', () => {
  let twilio: FakeTwilioApi;
  let gateway: TestGateway;
  let instanceId: string;
  const post = (channel: 'sms' | 'whatsapp', body: string, signed = true) => {
    const url = `${PUBLIC_URL}/webhooks/salon/${channel}`;
    return fetch(`${gateway.url}/webhooks/salon/${channel}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(signed ? { 'x-twilio-signature': twilioSignature(AUTH_TOKEN, url, new URLSearchParams(body)) } : {}),
      },
      body,
    });
  };
  const sendsTo = (to: string) => twilio.sends.filter((s) => s.form.To === to);

  beforeAll(async () => {
    twilio = await new FakeTwilioApi(ACCOUNT_SID, AUTH_TOKEN).start();
    gateway = await startTestGateway({ deployDemo: false });
    const folder = writeBotPackage(
      'salon',
      {
        'Twilio Account SID': ACCOUNT_SID,
        'Twilio Auth Token': AUTH_TOKEN,
        'SMS Number': '+10123456789',
        'Public URL': PUBLIC_URL,
        'Twilio API URL': twilio.url,
        'SMS Messages Per Second': '50',
      },
      [
        ['Ahoy!', 'Ahoy! How can I help?'],
        ['Large', 'Large costs 30.'],
      ],
    );
    instanceId = (await deployPackage(gateway.runtime, folder)).instance.id;
  });
  afterAll(async () => {
    await gateway?.stop();
    await twilio?.close();
  });

  it('answers an SMS through the Messages API with a status callback, and applies the callbacks', async () => {
    const webhook = await post(
      'sms',
      readFileSync(new URL('../test-fixtures/twilio/sms.txt', import.meta.url), 'utf8').trim(),
    );
    expect(webhook.status).toBe(200);
    // Empty TwiML: Twilio reads the answer as instructions, and logs JSON as error 12300.
    expect(webhook.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(await webhook.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
    const [send] = await until(
      () => sendsTo('+15017122661'),
      (s) => s.length > 0,
    );
    expect(send!.form).toEqual({
      To: '+15017122661',
      From: '+10123456789',
      StatusCallback: `${PUBLIC_URL}/webhooks/salon/sms`,
      Body: 'Ahoy! How can I help?',
    });
    const out = await until(
      async () =>
        (await gateway.runtime.store.messages.conversation(instanceId, '+15017122661')).find(
          (m) => m.direction === 'out',
        ),
      (m) => m?.providerMessageId !== null && m?.providerMessageId !== undefined,
    );
    const callback = (status: string) =>
      new URLSearchParams({
        AccountSid: ACCOUNT_SID,
        MessageSid: out!.providerMessageId!,
        MessageStatus: status,
        To: '+15017122661',
        From: '+10123456789',
      }).toString();
    expect((await post('sms', callback('delivered'))).status).toBe(200);
    expect((await post('sms', callback('sent'))).status).toBe(200);
    await until(
      async () => (await gateway.runtime.store.messages.findById(out!.id))?.status,
      (s) => s === 'delivered',
    );
    await new Promise((r) => setTimeout(r, 300));
    expect((await gateway.runtime.store.messages.findById(out!.id))?.status).toBe('delivered');
  });

  it('maps a bare number back to the menu the bot sent last', async () => {
    const user = '+15550001111';
    // The menu the router offered this conversation last (it records the choices when it publishes).
    await gateway.runtime.store.menus.remember(instanceId, user, [
      { id: 'small', title: 'Small' },
      { id: 'large', title: 'Large' },
    ]);
    await post(
      'sms',
      new URLSearchParams({
        MessageSid: 'SMmenu0001',
        From: user,
        To: '+10123456789',
        Body: '2',
        NumMedia: '0',
      }).toString(),
    );
    const [send] = await until(
      () => sendsTo(user),
      (s) => s.length > 0,
    );
    expect(send!.form.Body).toBe('Large costs 30.');
  });

  it('401s a missing or wrong signature and 400s a body that is not a form', async () => {
    const body = readFileSync(new URL('../test-fixtures/twilio/sms.txt', import.meta.url), 'utf8').trim();
    expect((await post('sms', body, false)).status).toBe(401);
    const wrong = await fetch(`${gateway.url}/webhooks/salon/sms`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=',
      },
      body,
    });
    expect(wrong.status).toBe(401);
    const json = '{"Body":"hi"}';
    const signed = await fetch(`${gateway.url}/webhooks/salon/sms`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-twilio-signature': twilioSignature(
          AUTH_TOKEN,
          `${PUBLIC_URL}/webhooks/salon/sms`,
          new URLSearchParams(json),
        ),
      },
      body: json,
    });
    expect(signed.status).toBe(400);
    expect(gateway.logLines.join('\n')).not.toContain(AUTH_TOKEN);
  });

  it('waits out a 429 Retry-After from Twilio', async () => {
    twilio.next({ kind: 'reply', reply: FakeTwilioApi.error(429, 20429, 'Too Many Requests', { 'retry-after': '2' }) });
    const started = Date.now();
    await post(
      'sms',
      new URLSearchParams({
        MessageSid: 'SMrate0001',
        From: '+15550002222',
        To: '+10123456789',
        Body: 'Ahoy!',
        NumMedia: '0',
      }).toString(),
    );
    const [send] = await until(
      () => sendsTo('+15550002222'),
      (s) => s.length > 0,
      20_000,
    );
    expect(send!.at - started).toBeGreaterThanOrEqual(2_000);
    expect(twilio.early).toEqual([]);
  });
});

describe('WhatsApp through Twilio, chosen per instance', () => {
  it('receives whatsapp: addresses and answers with them', async () => {
    const twilio = await new FakeTwilioApi(ACCOUNT_SID, AUTH_TOKEN).start();
    const gateway = await startTestGateway({ deployDemo: false });
    try {
      await deployPackage(
        gateway.runtime,
        writeBotPackage(
          'clinic',
          {
            'WhatsApp Provider': 'twilio',
            'WhatsApp Number': '+14155238886',
            'Twilio Account SID': ACCOUNT_SID,
            'Twilio Auth Token': AUTH_TOKEN,
            'Public URL': PUBLIC_URL,
            'Twilio API URL': twilio.url,
          },
          [['Konfirmasi', 'Confirmed, thank you.']],
        ),
      );
      const body = readFileSync(new URL('../test-fixtures/twilio/whatsapp-button.txt', import.meta.url), 'utf8').trim();
      const response = await fetch(`${gateway.url}/webhooks/clinic/whatsapp`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': twilioSignature(
            AUTH_TOKEN,
            `${PUBLIC_URL}/webhooks/clinic/whatsapp`,
            new URLSearchParams(body),
          ),
        },
        body,
      });
      expect(response.status).toBe(200);
      const [send] = await until(
        () => twilio.sends,
        (s) => s.length > 0,
      );
      expect(send!.form).toMatchObject({
        To: 'whatsapp:+6281234567890',
        From: 'whatsapp:+14155238886',
        Body: 'Confirmed, thank you.',
      });
    } finally {
      await gateway.stop();
      await twilio.close();
    }
  });
});

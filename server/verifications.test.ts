import { createHmac } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import amqp from 'amqplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signHubBody } from '../adapters/whatsapp/index.js';
import { newId, type OutboundMessage } from '../core/index.js';
import { FakeGraphApi } from '../test-fixtures/fakes/graph-api.js';
import { FakeTwilioApi } from '../test-fixtures/fakes/twilio-api.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { writeBotPackage } from '../test-fixtures/packages.js';
import { deleteRabbitTopology, uniquePrefix } from '../test-fixtures/rabbit.js';
import { service } from '../test-fixtures/services.js';
import { until } from '../test-fixtures/until.js';
import { cloudWebhook } from '../test-fixtures/whatsapp/webhooks.js';
import { deployPackage } from './deploy.js';
import { verifyZitadelSignature } from './zitadel.js';

const APP_SECRET = 'wa-app-secret-for-verifications';
const ACCESS_TOKEN = 'EAAG-verifications-token';
const PHONE_NUMBER_ID = '106540352242977';
const ACCOUNT_SID = 'AC11111111111111111111111111111111';
const AUTH_TOKEN = 'twilio-token-for-verifications';
const OPERATOR = 'bank-operator-token-0123456789';
const ZITADEL_KEY = 'zitadel-signing-key-for-tests';

interface View {
  id: string;
  status: string;
  channel: string;
  delivery: string;
  checks_left: number;
  history: Array<{ channel: string; outcome: string; reason?: string }>;
}

describe('verification codes over WhatsApp with SMS as the fallback', () => {
  let graph: FakeGraphApi;
  let twilio: FakeTwilioApi;
  let gateway: TestGateway;
  const codesSent: string[] = [];
  const api = (path: string, body?: unknown, token = OPERATOR) =>
    fetch(`${gateway.url}/api/instances/bank${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const start = async (to: string, extra: Record<string, unknown> = {}) => {
    const response = await api('/verifications', { to, ...extra });
    expect(response.status).toBe(201);
    return (await response.json()) as View;
  };
  const view = async (id: string) => (await (await api(`/verifications/${id}`)).json()) as View;
  const check = (id: string, code: string) => api(`/verifications/${id}/check`, { code });
  /** The code of the template sent to a number (the n-th one). */
  /** The code of the template sent to a number (the n-th one); `record` adds it to the codes scanned for. */
  const whatsappCode = async (to: string, n = 1, record = true) => {
    const sends = await until(
      () => graph.sends.filter((s) => s.body.to === to && s.body.type === 'template'),
      (s) => s.length >= n,
    );
    const template = sends[n - 1]!.body.template as {
      components: Array<{ parameters: Array<{ text: string }> }>;
    };
    const code = template.components[0]!.parameters[0]!.text;
    if (record) codesSent.push(code);
    return code;
  };
  const smsCode = async (to: string, n = 1) => {
    const sends = await until(
      () => twilio.sends.filter((s) => s.form.To === to),
      (s) => s.length >= n,
    );
    const code = /\b(\d{6})\b/.exec(sends[n - 1]!.form.Body ?? '')![1]!;
    codesSent.push(code);
    return code;
  };
  const postStatus = (wamid: string, status: string, to: string) => {
    const body = cloudWebhook(PHONE_NUMBER_ID, {
      statuses: [{ id: wamid, status, timestamp: String(Math.floor(Date.now() / 1000)), recipient_id: to.slice(1) }],
    });
    return fetch(`${gateway.url}/webhooks/bank/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signHubBody(body, APP_SECRET) },
      body,
    });
  };
  const wamidOf = async (verificationId: string) => {
    const row = await until(
      () =>
        gateway.runtime.store.db
          .selectFrom('messages')
          .select('provider_message_id')
          .where('idempotency_key', 'like', `verify:${verificationId}:0:%`)
          .executeTakeFirst(),
      (r) => typeof r?.provider_message_id === 'string',
    );
    return row!.provider_message_id!;
  };

  beforeAll(async () => {
    graph = await new FakeGraphApi(ACCESS_TOKEN).start();
    twilio = await new FakeTwilioApi(ACCOUNT_SID, AUTH_TOKEN).start();
    gateway = await startTestGateway({ deployDemo: false });
    const folder = writeBotPackage(
      'bank',
      {
        'Bot Name': 'Bank',
        'Operator Token': OPERATOR,
        'WhatsApp Phone Number ID': PHONE_NUMBER_ID,
        'WhatsApp Access Token': ACCESS_TOKEN,
        'WhatsApp App Secret': APP_SECRET,
        'WhatsApp Verify Token': 'verify-me',
        'WhatsApp API URL': `${graph.url}/v23.0`,
        'WhatsApp Messages Per Second': '20',
        'Twilio Account SID': ACCOUNT_SID,
        'Twilio Auth Token': AUTH_TOKEN,
        'SMS Number': '+10987654321',
        'Public URL': 'https://bank.example.com',
        'Twilio API URL': twilio.url,
        'Verification Template': 'bank_login_code',
        'Verification Template Language': 'pt_BR',
        'Verification Delivery Seconds': '2',
        'Zitadel Signing Key': ZITADEL_KEY,
      },
      [
        ['Hi', 'Hello!'],
        ['Verify my number', '/verify'],
      ],
      {
        'verify.bas': [
          'TALK "Which number should we verify? Include the country code."',
          'HEAR phone',
          'SEND CODE TO phone',
          'TALK "We sent you a code. Type it here."',
          'result = ""',
          'DO WHILE result <> "verified"',
          '  HEAR code',
          '  result = CHECK CODE code',
          '  IF result = "wrong" THEN',
          '    TALK "That is not the code. Try again."',
          '  ELSEIF result <> "verified" THEN',
          '    TALK "No more tries (" + result + "). Ask again later."',
          '    EXIT DO',
          '  END IF',
          'LOOP',
          'IF result = "verified" THEN',
          '  TALK "Your number is verified."',
          'END IF',
        ].join('\n'),
      },
    );
    await deployPackage(gateway.runtime, folder);
  });
  afterAll(async () => {
    await gateway?.stop();
    await graph?.close();
    await twilio?.close();
  });

  it('sends the authentication template with the code in its body and button, and verifies it once', async () => {
    const started = await start('+5521999990001', { purpose: 'login' });
    expect(started).toMatchObject({ status: 'pending', channel: 'whatsapp', checks_left: 5 });
    const code = await whatsappCode('+5521999990001');
    expect(code).toMatch(/^\d{6}$/);
    const send = graph.sends.find((s) => s.body.to === '+5521999990001')!;
    expect(send.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+5521999990001',
      type: 'template',
      template: {
        name: 'bank_login_code',
        language: { code: 'pt_BR' },
        components: [
          { type: 'body', parameters: [{ type: 'text', text: code }] },
          { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: code }] },
        ],
      },
    });
    expect((await postStatus(await wamidOf(started.id), 'delivered', '+5521999990001')).status).toBe(200);
    await until(
      () => view(started.id),
      (v) => v.delivery === 'delivered',
    );
    const verified = await check(started.id, code);
    expect(verified.status).toBe(200);
    expect(await verified.json()).toEqual({ verified: true });
    const again = await check(started.id, code);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('GB_CODE_USED');
  });

  it('refuses wrong codes with the checks left, then locks', async () => {
    const started = await start('+5521999990002');
    const code = await whatsappCode('+5521999990002');
    const wrong = code === '000000' ? '111111' : '000000';
    for (const left of [4, 3, 2, 1, 0]) {
      const refused = await check(started.id, wrong);
      expect(refused.status).toBe(422);
      expect(await refused.json()).toMatchObject({
        verified: false,
        checks_left: left,
        error: { code: 'GB_CODE_WRONG' },
      });
    }
    const locked = await check(started.id, code);
    expect(locked.status).toBe(403);
    expect((await view(started.id)).status).toBe('locked');
  });

  it('falls back to SMS when WhatsApp refuses the number for good, and the SMS code verifies', async () => {
    graph.next({ kind: 'reply', reply: FakeGraphApi.error(400, 131026, 'Message undeliverable') });
    const started = await start('+5521999990003');
    const code = await smsCode('+5521999990003');
    const seen = await view(started.id);
    expect(seen).toMatchObject({ channel: 'sms', status: 'pending' });
    expect(seen.history).toEqual([
      expect.objectContaining({ channel: 'whatsapp', outcome: 'failed', reason: expect.stringContaining('131026') }),
    ]);
    expect(twilio.sends.find((s) => s.form.To === '+5521999990003')!.form.Body).toBe(
      `Your verification code is ${code}. It expires in 5 minutes.`,
    );
    expect(await (await check(started.id, code)).json()).toEqual({ verified: true });
  });

  it('falls back to SMS with the same code when no delivered status comes in time', async () => {
    const started = await start('+5521999990004');
    const code = await whatsappCode('+5521999990004');
    // No status is posted: after "Verification Delivery Seconds" the SMS goes out.
    expect(await smsCode('+5521999990004')).toBe(code);
    const seen = await view(started.id);
    expect(seen.channel).toBe('sms');
    expect(seen.history[0]).toMatchObject({ channel: 'whatsapp', outcome: 'no receipt' });
  });

  it('limits sends per number per hour and resends to a cooldown, with Retry-After', async () => {
    const started = await start('+5521999990005');
    await whatsappCode('+5521999990005');
    const early = await api(`/verifications/${started.id}/resend`, {});
    expect(early.status).toBe(429);
    expect(Number(early.headers.get('retry-after'))).toBeGreaterThan(0);
    for (let i = 0; i < 4; i++) await start('+5521999990005');
    const over = await api('/verifications', { to: '+5521999990005' });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(60);
  });

  it('takes only the instance operator’s key, a phone number and a channel the instance has', async () => {
    expect((await api('/verifications', { to: '+5521999990006' }, 'not-the-token')).status).toBe(401);
    expect((await api('/verifications', { to: 'call me' })).status).toBe(400);
    const none = await api('/verifications', { to: '+5521999990006', channels: ['telegram'] });
    expect(none.status).toBe(409);
    expect(((await none.json()) as { error: { code: string } }).error.code).toBe('GB_NO_CODE_CHANNEL');
  });

  it('sends a code ahead of a thousand replies queued for the same number', async () => {
    const to = '+5521999990007';
    const instanceId = (await gateway.runtime.store.instances.findByName('bank'))!.id;
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) => {
        const reply: OutboundMessage = {
          kind: 'text',
          text: `Update ${i}`,
          id: newId(),
          instanceId,
          channel: 'whatsapp',
          conversationKey: to,
          to: { id: to },
          idempotencyKey: `burst:${i}`,
          createdAt: Date.now(),
        };
        return gateway.runtime.broker.publish('outbound.whatsapp', reply, { key: `${instanceId}:${to}`, id: reply.id });
      }),
    );
    await until(
      () => graph.sends.filter((s) => s.body.to === to).length,
      (n) => n >= 1,
    );
    await start(to);
    await whatsappCode(to);
    // The code went out while the replies were still waiting their turn for that number.
    const ordinary = graph.sends.filter((s) => s.body.to === to && s.body.type === 'text').length;
    expect(ordinary).toBeLessThan(100);
  });

  it('refuses a code after its verification expired', async () => {
    const folder = writeBotPackage(
      'quick',
      {
        'Operator Token': OPERATOR,
        'Twilio Account SID': ACCOUNT_SID,
        'Twilio Auth Token': AUTH_TOKEN,
        'SMS Number': '+10987654322',
        'Public URL': 'https://quick.example.com',
        'Twilio API URL': twilio.url,
        'Verification Minutes': '0.02',
        'Verification Caller Sends Per Hour': '2',
      },
      [['Hi', 'Hello!']],
    );
    await deployPackage(gateway.runtime, folder);
    const response = await fetch(`${gateway.url}/api/instances/quick/verifications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${OPERATOR}`, 'content-type': 'application/json' },
      body: JSON.stringify({ to: '+5521999990009' }),
    });
    expect(response.status).toBe(201);
    const started = (await response.json()) as View & { expires_at: string };
    const code = await smsCode('+5521999990009');
    await until(
      () => Date.now(),
      (now) => now > Date.parse(started.expires_at),
    );
    const late = await fetch(`${gateway.url}/api/instances/quick/verifications/${started.id}/check`, {
      method: 'POST',
      headers: { authorization: `Bearer ${OPERATOR}`, 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(late.status).toBe(410);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe('GB_CODE_EXPIRED');
    // The caller's own limit: two codes an hour on this instance, whatever the numbers.
    const startQuick = (to: string) =>
      fetch(`${gateway.url}/api/instances/quick/verifications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${OPERATOR}`, 'content-type': 'application/json' },
        body: JSON.stringify({ to }),
      });
    expect((await startQuick('+5521999990012')).status).toBe(201);
    const over = await startQuick('+5521999990013');
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(60);
  });

  it('serves as Zitadel’s HTTP SMS provider: signed, fresh and once', async () => {
    const body = JSON.stringify({
      contextInfo: { eventType: 'user.human.phone.code.added', recipientPhoneNumber: '+5521999990008' },
      templateData: { text: 'Your ZITADEL code is 482913' },
      args: { code: '482913' },
    });
    const sign = (t: number, key = ZITADEL_KEY) =>
      `t=${t},v1=${createHmac('sha256', key).update(`${t}.${body}`).digest('hex')}`;
    const post = (signature: string) =>
      fetch(`${gateway.url}/zitadel/bank/sms`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'zitadel-signature': signature },
        body,
      });
    const now = Math.floor(Date.now() / 1000);
    expect((await post(sign(now, 'another-key'))).status).toBe(401);
    expect((await post(sign(now - 600))).status).toBe(401);
    const signature = sign(now);
    const taken = await post(signature);
    expect(taken.status).toBe(200);
    expect(await whatsappCode('+5521999990008')).toBe('482913');
    const replayed = await post(signature);
    expect(replayed.status).toBe(409);
    expect(graph.sends.filter((s) => s.body.to === '+5521999990008')).toHaveLength(1);
    expect(verifyZitadelSignature(signature, Buffer.from(body), ZITADEL_KEY, now).ok).toBe(true);
    expect(verifyZitadelSignature(signature, Buffer.from(`${body} `), ZITADEL_KEY, now).ok).toBe(false);
  });

  it('lets a dialog send a code and check what the person types, asking again when it is wrong', async () => {
    const user = '5511988887777';
    let n = 0;
    const say = async (text: string) => {
      const body = cloudWebhook(PHONE_NUMBER_ID, {
        contacts: [{ profile: { name: 'Ana' }, wa_id: user }],
        messages: [
          { from: user, id: `wamid.DIALOG${++n}`, timestamp: '1749416383', type: 'text', text: { body: text } },
        ],
      });
      const response = await fetch(`${gateway.url}/webhooks/bank/whatsapp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signHubBody(body, APP_SECRET) },
        body,
      });
      expect(response.status).toBe(200);
    };
    const repliesTo = (count: number) =>
      until(
        () =>
          graph.sends
            .filter((s) => s.body.to === user && s.body.type === 'text')
            .map((s) => (s.body.text as { body: string }).body),
        (texts) => texts.length >= count,
      );
    await say('Verify my number');
    expect((await repliesTo(1)).at(-1)).toBe('Which number should we verify? Include the country code.');
    await say('+55 21 99999-0010');
    expect((await repliesTo(2)).at(-1)).toBe('We sent you a code. Type it here.');
    // Typed into the chat by the person, this code travels as any message does (see the scan below).
    const code = await whatsappCode('+5521999990010', 1, false);
    await say(code === '000000' ? '111111' : '000000');
    expect((await repliesTo(3)).at(-1)).toBe('That is not the code. Try again.');
    await say(code);
    expect((await repliesTo(4)).at(-1)).toBe('Your number is verified.');
    // The transcript keeps that a code was typed, not the code.
    const { store } = gateway.runtime;
    const typed = (
      await store.db
        .selectFrom('messages')
        .select(['instance_id', 'content'])
        .where('direction', '=', 'in')
        .where('conversation_key', '=', user)
        .execute()
    ).map((row) => store.cipher.open(row.instance_id, row.content));
    expect(JSON.stringify(typed)).not.toContain(code);
    expect(JSON.stringify(typed)).toContain('[verification code]');
  });

  it('never keeps a code in clear: not in logs, the messages table, the broker’s journal or the API', async () => {
    expect(codesSent.length).toBeGreaterThan(5);
    const logs = gateway.logLines.join('\n');
    const rows = await gateway.runtime.store.db.selectFrom('messages').select(['id', 'content']).execute();
    const tables =
      JSON.stringify(rows) +
      JSON.stringify(await gateway.runtime.store.db.selectFrom('verifications').selectAll().execute());
    const files = readdirSync(gateway.dataDir, { recursive: true })
      .map((f) => join(gateway.dataDir, String(f)))
      .filter((f) => statSync(f).isFile())
      .map((f) => ({ name: f.slice(gateway.dataDir.length + 1), text: readFileSync(f).toString('latin1') }));
    const views = await Promise.all(
      rows
        .slice(0, 50)
        .map(async (r) =>
          (
            await fetch(`${gateway.url}/api/messages/${r.id}`, { headers: { authorization: `Bearer ${OPERATOR}` } })
          ).text(),
        ),
    );
    // A code as a number of its own: six digits inside a longer one (a timestamp in milliseconds,
    // an id) are no code kept in clear.
    const says = (text: string, code: string) => new RegExp(`(?<![0-9])${code}(?![0-9])`).test(text);
    const api = views.join('\n');
    const found = codesSent.flatMap((code) =>
      [
        says(logs, code) ? `${code} in the logs` : [],
        says(tables, code) ? `${code} in the tables` : [],
        files.filter((f) => says(f.text, code)).map((f) => `${code} in ${f.name}`),
        says(api, code) ? `${code} in the API` : [],
      ].flat(),
    );
    expect(found).toEqual([]);
  });
});

const amqpUrl = await service('rabbitmq');

describe.skipIf(!amqpUrl)('a verification code waiting in RabbitMQ', () => {
  const prefix = uniquePrefix('codes');
  let gateway: TestGateway;

  beforeAll(async () => {
    // Only ingress: no worker takes the code off the queue, so it can be looked at there.
    gateway = await startTestGateway({
      deployDemo: false,
      role: 'ingress',
      env: { AMQP_URL: amqpUrl!, GB_QUEUE_PREFIX: prefix, GB_INBOUND_SHARDS: '2' },
    });
    const folder = writeBotPackage(
      'vault',
      {
        'Operator Token': OPERATOR,
        'Twilio Account SID': ACCOUNT_SID,
        'Twilio Auth Token': AUTH_TOKEN,
        'SMS Number': '+10987654323',
        'Public URL': 'https://vault.example.com',
        'Twilio API URL': 'http://127.0.0.1:9',
      },
      [['Hi', 'Hello!']],
    );
    await deployPackage(gateway.runtime, folder);
  });
  afterAll(async () => {
    await gateway?.stop();
    await deleteRabbitTopology(amqpUrl!, prefix, [], 2);
  });

  it('is sealed in the queue: the message opens to the code, and never shows it', async () => {
    const response = await fetch(`${gateway.url}/api/instances/vault/verifications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${OPERATOR}`, 'content-type': 'application/json' },
      body: JSON.stringify({ to: '+5521999990011' }),
    });
    expect(response.status).toBe(201);
    const connection = await amqp.connect(amqpUrl!);
    try {
      const channel = await connection.createChannel();
      const message = await until(
        () => channel.get(`${prefix}.codes`, { noAck: false }),
        (m) => m !== false,
      );
      if (message === false) throw new Error('no message');
      const raw = message.content.toString('utf8');
      channel.nack(message, false, true);
      const text = /"text":"(v1:[^"]+)"/.exec(raw)?.[1];
      expect(text).toBeDefined();
      const code = /\b(\d{6})\b/.exec(gateway.runtime.secrets.decrypt(text!))![1]!;
      expect(raw).not.toContain(code);
      await channel.close();
    } finally {
      await connection.close();
    }
  });
});

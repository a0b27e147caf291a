import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signHubBody } from '../adapters/whatsapp/index.js';
import { FakeGraphApi } from '../test-fixtures/fakes/graph-api.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { writeBotPackage } from '../test-fixtures/packages.js';
import { until } from '../test-fixtures/until.js';
import { cloudWebhook, textWebhook as cloudText } from '../test-fixtures/whatsapp/webhooks.js';
import { replayDeadLetter } from './dead-letters.js';
import { deployPackage } from './deploy.js';

const APP_SECRET = 'wa-app-secret-for-tests';
const ACCESS_TOKEN = 'EAAG-fake-access-token';
const PHONE_NUMBER_ID = '106540352242922';
const ADMIN_TOKEN = 'operator-token-for-tests';

function textWebhook(from: string, id: string, body: string): string {
  return cloudText({ phoneNumberId: PHONE_NUMBER_ID, from, id, body, name: 'Tester', timestamp: '1749416383' });
}

describe('WhatsApp Cloud API through the whole gateway', () => {
  let graph: FakeGraphApi;
  let gateway: TestGateway;
  let instanceId: string;
  const webhook = () => `${gateway.url}/webhooks/shop/whatsapp`;
  const post = (body: string | Buffer, signature: string | null = signHubBody(body, APP_SECRET)) =>
    fetch(webhook(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) },
      body,
    });
  const sendsTo = (to: string) => graph.sends.filter((s) => s.body.to === to);

  beforeAll(async () => {
    graph = await new FakeGraphApi(ACCESS_TOKEN).start();
    gateway = await startTestGateway({
      deployDemo: false,
      env: { GB_ADMIN_TOKEN: ADMIN_TOKEN, GB_CIRCUIT_PROBE_MS: '300' },
    });
    const folder = writeBotPackage(
      'shop',
      {
        'Bot Name': 'Shop',
        'WhatsApp Phone Number ID': PHONE_NUMBER_ID,
        'WhatsApp Access Token': ACCESS_TOKEN,
        'WhatsApp App Secret': APP_SECRET,
        'WhatsApp Verify Token': 'verify-me',
        'WhatsApp API URL': `${graph.url}/v23.0`,
        'WhatsApp Messages Per Second': '5',
        'Not Found Message': 'No idea, sorry.',
      },
      [
        ['What are your opening hours?', 'We open from 9 to 18.'],
        ['Do you deliver?', 'Yes, everywhere in town.'],
      ],
    );
    instanceId = (await deployPackage(gateway.runtime, folder)).instance.id;
  });
  beforeEach(() => graph.calm());
  afterAll(async () => {
    await gateway?.stop();
    await graph?.close();
  });

  it('answers the GET verification handshake', async () => {
    const good = await fetch(`${webhook()}?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=verify-me`);
    expect(good.status).toBe(200);
    expect(await good.text()).toBe('1158201444');
    expect((await fetch(`${webhook()}?hub.mode=subscribe&hub.challenge=1&hub.verify_token=nope`)).status).toBe(403);
  });

  it('answers a text message from the knowledge base through the Graph API', async () => {
    const response = await post(textWebhook('5511900000001', 'wamid.E2E1', 'What are your opening hours?'));
    expect(response.status).toBe(200);
    const [send] = await until(
      () => sendsTo('5511900000001'),
      (s) => s.length > 0,
    );
    expect(send!.phoneNumberId).toBe(PHONE_NUMBER_ID);
    expect(send!.body).toMatchObject({
      messaging_product: 'whatsapp',
      to: '5511900000001',
      type: 'text',
      text: { body: 'We open from 9 to 18.' },
    });
    const stored = await until(
      () => gateway.runtime.store.messages.conversation(instanceId, '5511900000001'),
      (m) => m.some((x) => x.direction === 'out' && x.status === 'sent'),
    );
    expect(stored.find((m) => m.direction === 'out')?.providerMessageId).toMatch(/^wamid\.FAKE/);
  });

  it('401s missing, wrong and wrong-length signatures, 400s a malformed body, and keeps serving', async () => {
    const body = textWebhook('5511900000002', 'wamid.E2E2', 'hi');
    expect((await post(body, null)).status).toBe(401);
    expect((await post(body, signHubBody(body, 'not the app secret'))).status).toBe(401);
    expect((await post(body, 'sha256=00ff')).status).toBe(401);
    expect((await post('{"object":"whatsapp_business_account","entry":[')).status).toBe(400);
    expect((await post('{"object":"page","entry":[]}')).status).toBe(400);
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
    expect(gateway.logLines.join('\n')).not.toMatch(new RegExp(`${APP_SECRET}|${ACCESS_TOKEN}`));
  });

  it('answers every message of a batched webhook, and a redelivered webhook once', async () => {
    const body = readFileSync(new URL('../test-fixtures/whatsapp/batched.json', import.meta.url));
    const first = await post(body);
    expect(await first.json()).toEqual({ accepted: 4 });
    expect(await (await post(body)).json()).toEqual({ accepted: 4 });
    await until(
      () => [...sendsTo('16505551234'), ...sendsTo('919876543210')],
      (s) => s.length >= 3,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(sendsTo('16505551234')).toHaveLength(2);
    expect(sendsTo('919876543210')).toHaveLength(1);
    expect(sendsTo('16505550000')).toHaveLength(0);
  });

  it('applies statuses in any order without moving backwards', async () => {
    await post(textWebhook('5511900000003', 'wamid.E2E3', 'Do you deliver?'));
    const [send] = await until(
      () => gateway.runtime.store.messages.conversation(instanceId, '5511900000003'),
      (m) => m.some((x) => x.providerMessageId !== null),
    );
    const wamid = (await gateway.runtime.store.messages.conversation(instanceId, '5511900000003')).find(
      (m) => m.direction === 'out',
    )!.providerMessageId!;
    expect(send).toBeDefined();
    const status = (s: string, ts: string) => ({ id: wamid, status: s, timestamp: ts, recipient_id: '5511900000003' });
    const statuses = cloudWebhook(
      PHONE_NUMBER_ID,
      { statuses: [status('read', '3'), status('delivered', '2'), status('sent', '1')] },
      '1',
    );
    expect((await post(statuses)).status).toBe(200);
    const out = await until(
      async () =>
        (await gateway.runtime.store.messages.conversation(instanceId, '5511900000003')).find(
          (m) => m.direction === 'out',
        )!,
      (m) => m.status === 'read',
    );
    await new Promise((r) => setTimeout(r, 300));
    expect((await gateway.runtime.store.messages.findById(out.id))?.status).toBe('read');
    // Whatever order the statuses came in, the history only moves forward.
    expect((await gateway.runtime.store.messages.history(out.id)).map((h) => h.status)).toEqual(['sent', 'read']);
  });

  it('waits out a 429 Retry-After before sending to that number again', async () => {
    graph.next({ kind: 'reply', reply: FakeGraphApi.throttled(2) });
    const started = Date.now();
    await post(textWebhook('5511900000004', 'wamid.E2E4', 'Do you deliver?'));
    const [send] = await until(
      () => sendsTo('5511900000004'),
      (s) => s.length > 0,
      20_000,
    );
    expect(send!.at - started).toBeGreaterThanOrEqual(2_000);
    expect(graph.early).toEqual([]);
  });

  it('retries a 503 and sends once', async () => {
    graph.next({ kind: 'reply', reply: FakeGraphApi.error(503, 131016, 'Service temporarily unavailable') });
    await post(textWebhook('5511900000005', 'wamid.E2E5', 'Do you deliver?'));
    await until(
      () => sendsTo('5511900000005'),
      (s) => s.length > 0,
      20_000,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(sendsTo('5511900000005')).toHaveLength(1);
  });

  it('records a dropped connection as unknown and dead-letters it instead of sending twice', async () => {
    graph.next({ kind: 'drop' });
    const before = graph.requests.length;
    await post(textWebhook('5511900000006', 'wamid.E2E6', 'Do you deliver?'));
    const letters = await until(
      () => gateway.runtime.broker.deadLetters(50),
      (l) => l.some((d) => JSON.stringify(d.body).includes('5511900000006')),
    );
    const letter = letters.find((d) => JSON.stringify(d.body).includes('5511900000006'))!;
    expect(letter.reason).toMatch(/may have been sent/);
    const out = (await gateway.runtime.store.messages.conversation(instanceId, '5511900000006')).find(
      (m) => m.direction === 'out',
    );
    expect(out?.status).toBe('unknown');
    expect(graph.requests.length - before).toBe(1);

    // The operator looks at it through the API, decides to send it again, and it is sent once.
    const api = (path: string, token = ADMIN_TOKEN) =>
      fetch(`${gateway.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await api(`/api/messages/${out!.id}`, 'wrong-token-wrong-token')).status).toBe(401);
    expect(await (await api(`/api/messages/${out!.id}`)).json()).toMatchObject({
      id: out!.id,
      channel: 'whatsapp',
      direction: 'out',
      status: 'unknown',
      error: expect.stringMatching(/may have been sent/),
    });
    expect(
      ((await (await api('/api/dead-letters')).json()) as { deadLetters: Array<{ id: string }> }).deadLetters.map(
        (d) => d.id,
      ),
    ).toContain(letter.id);
    expect(await replayDeadLetter(gateway.runtime.broker, gateway.runtime.store, letter.id)).toBe(true);
    await until(
      async () => (await gateway.runtime.store.messages.findById(out!.id))?.status,
      (s) => s === 'sent',
    );
    expect(sendsTo('5511900000006')).toHaveLength(1);
    // Its delivery history: the send that got no answer, queued again by the replay, then sent.
    const history = ((await (await api(`/api/messages/${out!.id}`)).json()) as { history: Array<{ status: string }> })
      .history;
    expect(history.map((h) => h.status)).toEqual(['unknown', 'queued', 'sent']);
    expect((await api('/api/messages/no-such-id')).status).toBe(404);
  });

  it('pauses the channel when the token is rejected, keeps the reply queued, and sends it once a probe succeeds', async () => {
    graph.next({
      kind: 'reply',
      reply: FakeGraphApi.error(401, 190, 'Error validating access token: Session has expired'),
    });
    await post(textWebhook('5511900000007', 'wamid.E2E7', 'Do you deliver?'));
    const paused = await until(
      () => gateway.runtime.store.instances.channel(instanceId, 'whatsapp'),
      (c) => c?.healthy === false,
    );
    expect(paused?.healthReason).toMatch(/Session has expired/);
    const health = (await (await fetch(`${gateway.url}/health`)).json()) as {
      status: string;
      checks: { channels: { paused: Array<{ instance: string; channel: string }> } };
    };
    expect(health.status).not.toBe('error');
    expect(health.checks.channels.paused).toContainEqual(
      expect.objectContaining({ instance: 'shop', channel: 'whatsapp' }),
    );
    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(metrics).toMatch(new RegExp(`gb_channel_circuit_open\\{instance="${instanceId}",channel="whatsapp"\\} 1`));
    // The token works again (the fake answered 401 once): the probe sends the reply, nothing lost.
    const out = await until(
      async () =>
        (await gateway.runtime.store.messages.conversation(instanceId, '5511900000007')).find(
          (m) => m.direction === 'out',
        ),
      (m) => m?.status === 'sent',
      30_000,
    );
    expect(out?.providerMessageId).toMatch(/^wamid\.FAKE/);
    expect((await gateway.runtime.store.instances.channel(instanceId, 'whatsapp'))?.healthy).toBe(true);
    expect((await gateway.runtime.broker.deadLetters(50)).some((d) => d.reason.includes('access token'))).toBe(false);
  });

  it('holds the number to its configured rate, counted at the fake', async () => {
    const before = graph.sends.length;
    const users = Array.from({ length: 20 }, (_, i) => `55119100000${String(i).padStart(2, '0')}`);
    await Promise.all(users.map((user, i) => post(textWebhook(user, `wamid.RATE${i}`, 'Do you deliver?'))));
    const sends = (
      await until(
        () => graph.sends.slice(before),
        (s) => s.length >= 20,
        30_000,
      )
    ).slice(0, 20);
    // 5 per second with a burst of 5: the n-th send is no earlier than (n - 5) × 200 ms after the first.
    const first = sends[0]!.at;
    for (const [n, send] of sends.entries())
      expect(send.at - first).toBeGreaterThanOrEqual(Math.max(0, (n - 5) * 200 - 30));
  });
});

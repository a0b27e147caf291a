import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DirectLineStream, DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { SignedJsonAdapter, withSignedJsonChannel } from '../test-fixtures/signed-json-adapter.js';

const WEBHOOK_SECRET = 'hook-secret-for-tests';

describe('gateway on the embedded broker and SQLite', () => {
  let gateway: TestGateway;
  const adapters: SignedJsonAdapter[] = [];

  beforeAll(async () => {
    gateway = await startTestGateway({
      // A webhook channel of the same shape as every real one, signed with a secret of the test's.
      channelProviders: withSignedJsonChannel('telegram', WEBHOOK_SECRET, (adapter) => adapters.push(adapter)),
    });
    const demo = await gateway.runtime.store.instances.findByName('demo');
    await gateway.runtime.store.instances.upsertChannel({
      instanceId: demo!.id,
      channel: 'telegram',
      provider: 'test',
      settings: {},
      sealedSecrets: null,
    });
  });
  afterAll(async () => gateway?.stop());

  it('serves the chat page with security headers', async () => {
    const page = await fetch(`${gateway.url}/`);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('reports health in the documented shape', async () => {
    const response = await fetch(`${gateway.url}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 'ok',
      version: expect.any(String),
      checks: {
        database: { status: 'ok', latency_ms: expect.any(Number), kind: 'sqlite' },
        broker: { status: 'ok', latency_ms: expect.any(Number), kind: 'embedded' },
        cache: { status: 'ok', latency_ms: expect.any(Number) },
      },
    });
  });

  it('answers a knowledge-base question through Direct Line', async () => {
    const client = await new DirectLineTestClient(gateway.url, 'demo').start();
    const greeting = await client.bot();
    expect(greeting[0]?.text).toMatch(/General Bots demo/);
    const posted = await client.post('How do I run the gateway?');
    expect(posted.status).toBe(200);
    const { id } = (await posted.json()) as { id: string };
    const replies = await client.repliesTo(id);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(/npm start/);
  });

  it('answers a paraphrase by its meaning, and the Not Found Message otherwise', async () => {
    const client = await new DirectLineTestClient(gateway.url, 'demo').start();
    const paraphrase = (await (await client.post('how are answers found')).json()) as { id: string };
    expect((await client.repliesTo(paraphrase.id))[0]!.text).toMatch(/^First by exact match/);
    const unknown = (await (await client.post('tell me a pizza recipe with pineapple')).json()) as { id: string };
    expect((await client.repliesTo(unknown.id))[0]!.text).toMatch(/^Sorry, I don't know that one yet/);
  });

  it('answers a client retry of the same activity once', async () => {
    const client = await new DirectLineTestClient(gateway.url, 'demo').start();
    const first = (await (await client.post('Are secrets encrypted?', 'client-activity-1')).json()) as { id: string };
    const second = (await (await client.post('Are secrets encrypted?', 'client-activity-1')).json()) as { id: string };
    expect(second.id).toBe(first.id);
    await client.repliesTo(first.id);
    await new Promise((r) => setTimeout(r, 300));
    const { activities } = await client.activities();
    expect(activities.filter((a) => a.replyToId === first.id)).toHaveLength(1);
    expect(activities.filter((a) => a.channelData?.clientActivityID === 'client-activity-1')).toHaveLength(1);
  });

  it('keeps client activity ids apart between conversations: two clients may both send "1"', async () => {
    const ana = await new DirectLineTestClient(gateway.url, 'demo').start();
    const bob = await new DirectLineTestClient(gateway.url, 'demo').start();
    const fromAna = (await (await ana.post('Are secrets encrypted?', '1')).json()) as { id: string };
    const fromBob = (await (await bob.post('Are webhooks verified?', '1')).json()) as { id: string };
    expect(fromBob.id.startsWith(bob.conversationId)).toBe(true);
    expect(fromAna.id.startsWith(ana.conversationId)).toBe(true);
    expect((await bob.repliesTo(fromBob.id))[0]!.text).toMatch(/signature/);
    expect((await ana.repliesTo(fromAna.id))[0]!.text).toMatch(/AES-256-GCM/);
  });

  it('refuses channelData that nests too deep or is too large, with 400 and nothing stored', async () => {
    const client = await new DirectLineTestClient(gateway.url, 'demo').start();
    const activities = `${client.root}/conversations/${client.conversationId}/activities`;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${client.token}` };
    const nested = (levels: number) =>
      `{"type":"message","text":"hi","channelData":${'{"n":'.repeat(levels)}1${'}'.repeat(levels)}}`;
    const deep = await fetch(activities, { method: 'POST', headers, body: nested(100) });
    expect(deep.status).toBe(400);
    expect(((await deep.json()) as { error: { message: string } }).error.message).toMatch(
      /channelData: nests deeper than 8/,
    );
    // Deeper than the JSON parser goes: still a 400, not a 500.
    expect((await fetch(activities, { method: 'POST', headers, body: nested(150_000) })).status).toBe(400);
    const large = await fetch(activities, {
      method: 'POST',
      headers,
      body: JSON.stringify({ type: 'message', text: 'hi', channelData: { blob: 'x'.repeat(20_000) } }),
    });
    expect(large.status).toBe(400);
    const { activities: stored } = await client.activities();
    expect(stored.filter((a) => a.from.role === 'user')).toEqual([]);
  });

  it('does not let an anonymous caller choose the user id of an open web chat', async () => {
    const root = `${gateway.url}/directline/demo/v3/directline`;
    const started = await fetch(`${root}/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: 'bob@example.com' } }),
    });
    const { conversationId, token } = (await started.json()) as { conversationId: string; token: string };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const message = { type: 'message', text: 'hello', from: { id: 'bob@example.com' } };
    await fetch(`${root}/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers,
      body: JSON.stringify(message),
    });
    const read = await fetch(`${root}/conversations/${conversationId}/activities`, { headers });
    const { activities } = (await read.json()) as { activities: Array<{ from: { id: string; role?: string } }> };
    const users = activities.filter((a) => a.from.role === 'user').map((a) => a.from.id);
    expect(users).toHaveLength(1);
    expect(users[0]).toMatch(/^dl_/);
  });

  it('streams activities over the WebSocket from the watermark', async () => {
    const client = await new DirectLineTestClient(gateway.url, 'demo').start();
    const stream = await DirectLineStream.open(client.streamUrl);
    const { id } = (await (await client.post('What is Direct Line?')).json()) as { id: string };
    await stream.replyTo(id);
    stream.close();
    const frames = stream.frames;
    expect(frames.map((a) => a.from.role)).toEqual(['bot', 'user', 'bot']);
    expect(frames.find((a) => a.replyToId === id)?.text).toMatch(/Bot Framework/);
  });

  it('refuses a stream without a valid token', async () => {
    const client = await new DirectLineTestClient(gateway.url, 'demo').start();
    const socket = new WebSocket(client.streamUrl.replace(/t=[^&]+/, 't=forged'));
    const code = await new Promise<number>((resolve) => socket.on('close', (c: number) => resolve(c)));
    expect(code).toBe(4001);
  });

  it('answers Direct Line errors with a code and no crash', async () => {
    const client = await new DirectLineTestClient(gateway.url, 'demo').start();
    const other = await new DirectLineTestClient(gateway.url, 'demo').start();
    const activities = `${client.root}/conversations/${client.conversationId}/activities`;
    const json = { 'content-type': 'application/json' };

    const noToken = await fetch(activities, { method: 'POST', headers: json, body: '{"type":"message","text":"hi"}' });
    expect(noToken.status).toBe(401);
    const forged = await fetch(activities, {
      method: 'POST',
      headers: { ...json, authorization: 'Bearer forged' },
      body: '{"type":"message","text":"hi"}',
    });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({
      error: { code: 'GB_UNAUTHORIZED', message: 'the token or secret is not valid' },
    });
    const otherToken = await fetch(activities, {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${other.token}` },
      body: '{"type":"message","text":"hi"}',
    });
    expect(otherToken.status).toBe(401);

    const auth = { ...json, authorization: `Bearer ${client.token}` };
    const badJson = await fetch(activities, { method: 'POST', headers: auth, body: '{"type":' });
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as { error: { code: string } }).error.code).toBe('GB_BAD_PAYLOAD');
    const badActivity = await fetch(activities, { method: 'POST', headers: auth, body: '{"text":42}' });
    expect(badActivity.status).toBe(400);
    expect(((await badActivity.json()) as { error: { message: string } }).error.message).toMatch(/type/);

    const unknownInstance = await fetch(`${gateway.url}/directline/nobody/v3/directline/conversations`, {
      method: 'POST',
    });
    expect(unknownInstance.status).toBe(404);
    expect(((await unknownInstance.json()) as { error: { code: string } }).error.code).toBe('GB_UNKNOWN_INSTANCE');
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
  });

  it('refreshes a token and reconnects to a conversation', async () => {
    const client = await new DirectLineTestClient(gateway.url, 'demo').start();
    const refreshed = await fetch(`${client.root}/tokens/refresh`, {
      method: 'POST',
      headers: { authorization: `Bearer ${client.token}` },
    });
    expect(refreshed.status).toBe(200);
    const { token, conversationId } = (await refreshed.json()) as { token: string; conversationId: string };
    expect(conversationId).toBe(client.conversationId);
    const reconnect = await fetch(`${client.root}/conversations/${client.conversationId}?watermark=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(reconnect.status).toBe(200);
    expect(((await reconnect.json()) as { streamUrl: string }).streamUrl).toMatch(/\/stream\?t=.+&watermark=1$/);
  });

  describe('webhooks', () => {
    const url = () => `${gateway.url}/webhooks/demo/telegram`;
    const post = (body: string, signature?: string) =>
      fetch(url(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(signature ? { 'x-test-signature': signature } : {}) },
        body,
      });

    it('404s an unknown instance or channel, and points the web channel to Direct Line', async () => {
      const unknownInstance = await fetch(`${gateway.url}/webhooks/nobody/telegram`, { method: 'POST', body: '{}' });
      expect(unknownInstance.status).toBe(404);
      expect(((await unknownInstance.json()) as { error: { code: string } }).error.code).toBe('GB_UNKNOWN_INSTANCE');
      const unknownChannel = await fetch(`${gateway.url}/webhooks/demo/carrier-pigeon`, { method: 'POST', body: '{}' });
      expect(((await unknownChannel.json()) as { error: { code: string } }).error.code).toBe('GB_UNKNOWN_CHANNEL');
      const web = await fetch(`${gateway.url}/webhooks/demo/web`, { method: 'POST', body: '{}' });
      expect(((await web.json()) as { error: { message: string } }).error.message).toMatch(/directline\/demo/);
    });

    it('401s a missing, wrong or wrong-length signature, without logging the secret', async () => {
      const body = JSON.stringify({ messages: [{ id: 'm-unsigned', from: '555', text: 'hi' }] });
      expect((await post(body)).status).toBe(401);
      expect((await post(body, SignedJsonAdapter.sign('wrong-secret', body))).status).toBe(401);
      expect((await post(body, 'abcd')).status).toBe(401);
      expect(gateway.logLines.some((line) => line.includes(WEBHOOK_SECRET))).toBe(false);
      expect(adapters.flatMap((a) => a.sent)).toHaveLength(0);
    });

    it('400s a malformed payload and keeps serving', async () => {
      const body = '{"messages": "not a list"}';
      const response = await post(body, SignedJsonAdapter.sign(WEBHOOK_SECRET, body));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/must be an array/);
      const truncated = '{"messages": [';
      expect((await post(truncated, SignedJsonAdapter.sign(WEBHOOK_SECRET, truncated))).status).toBe(400);
    });

    it('answers 500 and queues nothing when the adapter produces a message outside the schema', async () => {
      // An empty sender makes an empty conversation key: the adapter's bug, caught before the 2xx.
      const body = JSON.stringify({ messages: [{ id: 'm-bad', from: '', text: 'hi' }] });
      const response = await post(body, SignedJsonAdapter.sign(WEBHOOK_SECRET, body));
      expect(response.status).toBe(500);
      expect(gateway.logLines.some((line) => line.includes('the adapter produced a message outside the schema'))).toBe(
        true,
      );
      expect(await gateway.runtime.broker.depth('inbound')).toBe(0);
    });

    it('accepts a signed batch, answers each message once, and drops a redelivery', async () => {
      const body = JSON.stringify({
        messages: [
          { id: 'm-1', from: '5511999990001', text: 'Are webhooks verified?' },
          { id: 'm-2', from: '5511999990002', text: 'How do I scale out?' },
        ],
      });
      const signature = SignedJsonAdapter.sign(WEBHOOK_SECRET, body);
      const first = await post(body, signature);
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual({ accepted: 2 });
      // The redelivery is acknowledged too (the channel must stop retrying), and answered no more.
      const again = await post(body, signature);
      expect(await again.json()).toEqual({ accepted: 2 });
      const deadline = Date.now() + 10_000;
      const sent = () => adapters.flatMap((a) => a.sent);
      while (sent().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 200));
      expect(
        sent()
          .map((m) => [m.to.id, m.kind === 'text' ? m.text : ''])
          .sort(),
      ).toEqual([
        ['5511999990001', expect.stringMatching(/raw request bytes/)],
        ['5511999990002', expect.stringMatching(/--role ingress/)],
      ]);
      const stored = await gateway.runtime.store.messages.conversation(sent()[0]!.instanceId, '5511999990001');
      expect(stored.map((m) => [m.direction, m.status])).toEqual([
        ['in', 'received'],
        ['out', 'sent'],
      ]);
    });
  });

  it('exposes Prometheus metrics with per-channel counters and latency histograms', async () => {
    const text = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(text).toMatch(/gb_messages_in_total\{channel="web",instance="demo"\} \d+/);
    expect(text).toMatch(/gb_messages_out_total\{channel="web",instance="[^"]+",status="delivered"\} \d+/);
    expect(text).toMatch(/gb_handling_seconds_bucket\{le="0.05",stage="router",channel="web"\} \d+/);
    expect(text).toMatch(/gb_queue_depth\{queue="inbound"\} \d+/);
  });
});

describe('Direct Line requests with a JSON content type and no body', () => {
  it('start a conversation like a bodiless request does', async () => {
    const gateway = await startTestGateway();
    try {
      const response = await fetch(`${gateway.url}/directline/demo/v3/directline/conversations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status).toBe(201);
    } finally {
      await gateway.stop();
    }
  });
});

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twilioSignature } from '../adapters/twilio/index.js';
import { FakeGraphApi } from '../test-fixtures/fakes/graph-api.js';
import { FakeTelegramApi } from '../test-fixtures/fakes/telegram-api.js';
import { FakeTwilioApi } from '../test-fixtures/fakes/twilio-api.js';
import { apiCall } from '../test-fixtures/api.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { demoPackage } from '../test-fixtures/packages.js';
import { until } from '../test-fixtures/until.js';
import { deployPackage } from './deploy.js';
import { exportPackage } from './export.js';
import { ROUTE_ACCESS } from './operator-api.js';

const ADMIN = 'operator-api-admin-token-0123456789';
const SID = 'AC33333333333333333333333333333333';
const TWILIO_TOKEN = 'twilio-token-for-the-operator-api';
const PUBLIC_URL = 'https://globex.example.com';

describe('the operator API: keys, tenants, channels at run time, audit', () => {
  let gateway: TestGateway;
  let twilio: FakeTwilioApi;
  const keys: Record<string, string> = {};
  const keyIds: Record<string, string> = {};
  const call = (method: string, path: string, token: string | undefined, body?: unknown) =>
    apiCall(gateway.url, method, path, token, body);
  const makeKey = async (label: string, token: string, body: Record<string, unknown>) => {
    const made = await call('POST', '/api/keys', token, { name: label, ...body });
    expect(made.status).toBe(201);
    keys[label] = made.body.key as string;
    keyIds[label] = made.body.id as string;
  };

  beforeAll(async () => {
    twilio = await new FakeTwilioApi(SID, TWILIO_TOKEN).start();
    gateway = await startTestGateway({ deployDemo: false, env: { GB_ADMIN_TOKEN: ADMIN, GB_PUBLIC_URL: PUBLIC_URL } });
    for (const [id, name] of [
      ['acme', 'Acme'],
      ['globex', 'Globex'],
    ]) {
      expect((await call('POST', '/api/customers', ADMIN, { id, name })).status).toBe(201);
      await makeKey(`${id}-admin`, ADMIN, { role: 'customer-admin', customer: id });
    }
    expect((await call('POST', '/api/instances', keys['acme-admin'], { name: 'acme-bot', title: 'Acme' })).status).toBe(
      201,
    );
    expect((await call('POST', '/api/instances', keys['globex-admin'], { name: 'globex-bot' })).status).toBe(201);
  });
  afterAll(async () => {
    await gateway?.stop();
    await twilio?.close();
  });

  it('adds a channel at run time, checked by its schema, and it answers its first webhook without a restart', async () => {
    const refused = await call('PUT', '/api/instances/globex-bot/channels/sms', keys['globex-admin'], {
      settings: { 'SMS Number': '+10000000001' },
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Twilio Account SID');
    const put = await call('PUT', '/api/instances/globex-bot/channels/sms', keys['globex-admin'], {
      settings: {
        'Twilio Account SID': SID,
        'Twilio Auth Token': TWILIO_TOKEN,
        'SMS Number': '+10000000001',
        'Public URL': PUBLIC_URL,
        'Twilio API URL': twilio.url,
      },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      channel: 'sms',
      provider: 'twilio',
      secrets: { 'Twilio Auth Token': { set: true, fingerprint: expect.stringMatching(/^[0-9a-f]{8}$/) } },
      webhook: `${PUBLIC_URL}/webhooks/globex-bot/sms`,
      check: {
        account: expect.stringContaining(SID),
        next: expect.stringContaining(`${PUBLIC_URL}/webhooks/globex-bot/sms`),
      },
    });
    expect(put.text).not.toContain(TWILIO_TOKEN);

    const form = new URLSearchParams({ MessageSid: 'SM1', From: '+15550000001', To: '+10000000001', Body: 'Hello?' });
    const webhook = await fetch(`${gateway.url}/webhooks/globex-bot/sms`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilioSignature(TWILIO_TOKEN, `${PUBLIC_URL}/webhooks/globex-bot/sms`, form),
      },
      body: form.toString(),
    });
    expect(webhook.status).toBe(200);
    await until(
      () => twilio.sends.filter((s) => s.form.To === '+15550000001'),
      (s) => s.length > 0,
    );
  });

  it('asks the provider about the credentials before saving, and points Telegram at the gateway', async () => {
    const wrong = await call('PUT', '/api/instances/globex-bot/channels/sms', keys['globex-admin'], {
      settings: {
        'Twilio Account SID': SID,
        'Twilio Auth Token': 'not-the-token',
        'SMS Number': '+10000000009',
        'Public URL': PUBLIC_URL,
        'Twilio API URL': twilio.url,
      },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ error: { code: 'GB_CHANNEL_CREDENTIALS' } });
    // Nothing was saved: the channel still has its number.
    const kept = await call('GET', '/api/instances/globex-bot/channels', keys['globex-admin']);
    expect(kept.text).toContain('+10000000001');

    const telegram = await new FakeTelegramApi('123456:telegram-token-for-the-api').start();
    try {
      const put = await call('PUT', '/api/instances/globex-bot/channels/telegram', keys['globex-admin'], {
        settings: {
          'Telegram Bot Token': '123456:telegram-token-for-the-api',
          'Telegram Secret Token': 'telegram-secret-0123',
          'Telegram API URL': telegram.url,
        },
      });
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({ check: { account: '@fake_bot', next: expect.stringContaining('Nothing') } });
      expect(telegram.webhook).toEqual({
        url: `${PUBLIC_URL}/webhooks/globex-bot/telegram`,
        secretToken: 'telegram-secret-0123',
      });
      expect(put.text).not.toContain('telegram-token-for-the-api');
      expect((await call('DELETE', '/api/instances/globex-bot/channels/telegram', keys['globex-admin'])).status).toBe(
        204,
      );
    } finally {
      await telegram.close();
    }

    const graph = await new FakeGraphApi('EAAG-operator-api').start();
    try {
      const whatsapp = (token: string) =>
        call('PUT', '/api/instances/globex-bot/channels/whatsapp', keys['globex-admin'], {
          settings: {
            'WhatsApp Phone Number ID': '106540352242901',
            'WhatsApp Access Token': token,
            'WhatsApp App Secret': 'app-secret',
            'WhatsApp Verify Token': 'verify',
            'WhatsApp API URL': `${graph.url}/v23.0`,
          },
        });
      expect((await whatsapp('EAAG-wrong')).status).toBe(422);
      const put = await whatsapp('EAAG-operator-api');
      expect(put.body).toMatchObject({
        provider: 'cloud',
        check: {
          account: '+1 555 078 3881 (Fake Business)',
          next: expect.stringContaining('/webhooks/globex-bot/whatsapp'),
        },
      });
      expect((await call('DELETE', '/api/instances/globex-bot/channels/whatsapp', keys['globex-admin'])).status).toBe(
        204,
      );
    } finally {
      await graph.close();
    }
  });

  it('lists conversations and searches messages a page at a time', async () => {
    const form = (sid: string, from: string, body: string) =>
      new URLSearchParams({ MessageSid: sid, From: from, To: '+10000000001', Body: body });
    for (const [sid, from, body] of [
      ['SMC1', '+15550000011', 'Where is my parcel?'],
      ['SMC2', '+15550000012', 'Opening hours?'],
      ['SMC3', '+15550000013', 'Do you sell gift cards?'],
    ] as const) {
      const params = form(sid, from, body);
      await fetch(`${gateway.url}/webhooks/globex-bot/sms`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': twilioSignature(TWILIO_TOKEN, `${PUBLIC_URL}/webhooks/globex-bot/sms`, params),
        },
        body: params.toString(),
      });
    }
    await until(
      () => twilio.sends.filter((s) => ['+15550000011', '+15550000012', '+15550000013'].includes(s.form.To!)),
      (s) => s.length === 3,
    );
    const token = keys['globex-admin'];
    const first = await call('GET', '/api/instances/globex-bot/conversations?limit=2', token);
    const page1 = first.body.conversations as Array<{ conversationKey: string; messages: number }>;
    expect(page1).toHaveLength(2);
    const second = await call(
      'GET',
      `/api/instances/globex-bot/conversations?limit=2&before=${String(first.body.next)}`,
      token,
    );
    const keysSeen = [...page1, ...(second.body.conversations as typeof page1)].map((c) => c.conversationKey);
    expect(new Set(keysSeen).size).toBe(keysSeen.length);
    expect(keysSeen).toEqual(expect.arrayContaining(['+15550000011', '+15550000012', '+15550000013']));

    const found = await call('GET', '/api/instances/globex-bot/messages?text=gift&direction=in', token);
    expect((found.body.messages as Array<{ conversationKey: string }>).map((m) => m.conversationKey)).toEqual([
      '+15550000013',
    ]);
    const one = await call('GET', '/api/instances/globex-bot/messages?conversation=%2B15550000012', token);
    const messages = one.body.messages as Array<{ direction: string; id: string }>;
    expect(messages.map((m) => m.direction)).toEqual(['out', 'in']);
    const older = await call(
      'GET',
      `/api/instances/globex-bot/messages?conversation=%2B15550000012&limit=1&before=${messages[0]!.id}`,
      token,
    );
    expect((older.body.messages as Array<{ id: string }>).map((m) => m.id)).toEqual([messages[1]!.id]);
    expect((await call('GET', '/api/instances/globex-bot/conversations?before=garbage', token)).status).toBe(400);
  });

  it('makes keys for an instance, a read-only one and a narrow one, each refused beyond its reach', async () => {
    await makeKey('globex-operator', keys['globex-admin']!, { role: 'instance-operator', instance: 'globex-bot' });
    await makeKey('globex-reader', keys['globex-admin']!, { role: 'read-only', customer: 'globex' });
    await makeKey('globex-codes', keys['globex-admin']!, {
      role: 'instance-operator',
      instance: 'globex-bot',
      scopes: ['verifications'],
    });
    await makeKey('acme-operator', keys['acme-admin']!, { role: 'instance-operator', instance: 'acme-bot' });
    expect((await call('GET', '/api/instances/globex-bot/channels', keys['globex-operator'])).status).toBe(200);
    expect((await call('GET', '/api/instances/globex-bot/channels', keys['globex-reader'])).status).toBe(200);
    expect((await call('DELETE', '/api/instances/globex-bot/channels/sms', keys['globex-reader'])).status).toBe(403);
    expect((await call('GET', '/api/instances/globex-bot/channels', keys['globex-codes'])).status).toBe(403);
    // An instance operator makes no keys; nobody but a gateway admin makes a gateway admin.
    const byOperator = await call('POST', '/api/keys', keys['globex-operator'], {
      name: 'x',
      role: 'read-only',
      instance: 'globex-bot',
    });
    expect(byOperator.status).toBe(403);
    expect((await call('POST', '/api/keys', keys['globex-admin'], { name: 'x', role: 'gateway-admin' })).status).toBe(
      403,
    );
    // Keys only in the Authorization header.
    const inQuery = await fetch(`${gateway.url}/api/instances/globex-bot/channels?token=${keys['globex-admin']}`);
    expect(inQuery.status).toBe(401);
  });

  it('lets no key of customer A read or change anything of customer B, route by route', async () => {
    const bMessage = await call('GET', '/api/instances/globex-bot/messages?limit=1', ADMIN);
    const messageId = ((bMessage.body.messages as Array<{ id: string }>)[0] ?? { id: 'none' }).id;
    const outsiders = [keys['acme-admin']!, keys['acme-operator']!];
    const bodies: Record<string, unknown> = {
      'POST /api/instances': { name: 'intruder', customer: 'globex' },
      'POST /api/keys': { name: 'intruder', role: 'customer-admin', customer: 'globex' },
      'POST /api/customers': { id: 'intruder', name: 'Intruder' },
      'PUT /api/instances/:instance/channels/:channel': { settings: { 'SMS Number': '+1' } },
      'PATCH /api/instances/:instance': { state: 'disabled' },
      'PATCH /api/customers/:customer': { codes_per_day: 1 },
    };
    const checked: string[] = [];
    for (const [route, access] of Object.entries(ROUTE_ACCESS)) {
      if (access.target === 'public') continue;
      const [method, pattern] = route.split(' ') as [string, string];
      const path = pattern
        .replace(':instance', 'globex-bot')
        .replace(':customer', 'globex')
        .replace(':channel', 'sms')
        .replace(':key', keyIds['globex-reader']!)
        .replace(':id', pattern === '/api/messages/:id' ? messageId : 'anything');
      for (const token of outsiders) {
        const answer = await call(
          method,
          path,
          token,
          method === 'GET' || method === 'DELETE' ? undefined : (bodies[route] ?? {}),
        );
        if (access.target === 'collection') {
          // Lists are narrowed to what the key may see; creations for B are refused.
          if (method === 'GET') expect(answer.text, route).not.toMatch(/globex/);
          else expect(answer.status, route).toBe(403);
        } else {
          expect([403, 404], `${route} with an outsider's key answered ${answer.status}`).toContain(answer.status);
          expect(answer.text).not.toContain('globex-bot"');
        }
      }
      checked.push(route);
    }
    expect(checked.length).toBe(Object.values(ROUTE_ACCESS).filter((a) => a.target !== 'public').length);
    // Nothing of B moved.
    const instance = await call('GET', '/api/instances/globex-bot', ADMIN);
    expect(instance.body).toMatchObject({ state: 'active', customer: 'globex', channels: [{ channel: 'sms' }] });
    const bKeys = await call('GET', '/api/keys', keys['globex-admin']);
    expect((bKeys.body.keys as Array<{ revokedAt: string | null }>).every((k) => k.revokedAt === null)).toBe(true);
    expect(await gateway.runtime.store.instances.findByName('intruder')).toBeUndefined();
    const audit = await call('GET', '/api/audit?limit=500', ADMIN);
    const byOutsiders = (audit.body.entries as Array<Record<string, unknown>>).filter(
      (e) => e.key === keyIds['acme-admin'] || e.key === keyIds['acme-operator'],
    );
    expect(byOutsiders.length).toBeGreaterThan(0);
    expect(byOutsiders.filter((e) => JSON.stringify(e).includes('globex'))).toEqual([]);
  });

  it('keeps an audit entry of every change: who, which key, before and after, never a secret', async () => {
    const token = keys['globex-admin']!;
    expect((await call('PATCH', '/api/instances/globex-bot', token, { title: 'Globex Support' })).status).toBe(200);
    const audit = await call('GET', '/api/audit?instance=globex-bot', token);
    const entries = audit.body.entries as Array<Record<string, unknown>>;
    expect(entries[0]).toMatchObject({
      who: expect.stringContaining(keyIds['globex-admin']!),
      key: keyIds['globex-admin'],
      action: 'PATCH /api/instances/:instance',
      change: { before: { title: 'globex-bot' }, after: { title: 'Globex Support' } },
      from: '127.0.0.1',
    });
    const channelEntry = entries.find(
      (e) =>
        e.action === 'PUT /api/instances/:instance/channels/:channel' &&
        (e.params as { channel: string }).channel === 'sms',
    );
    expect(channelEntry).toMatchObject({
      body: { settings: { 'Twilio Auth Token': { set: true, fingerprint: expect.any(String) } } },
      change: { after: { channel: 'sms' } },
    });
    expect(JSON.stringify(audit.body)).not.toContain(TWILIO_TOKEN);
    expect(JSON.stringify(audit.body)).not.toContain('telegram-token-for-the-api');
    expect(entries.some((e) => e.action === 'POST /api/keys')).toBe(true);
    // Each key's secret is shown once: neither the list of keys nor the log holds it.
    const listed = await call('GET', '/api/keys', token);
    for (const key of Object.values(keys)) {
      const secret = key.slice(key.indexOf('_', 'gbk_'.length) + 1);
      expect(secret.length).toBeGreaterThan(20);
      expect(listed.text).not.toContain(secret);
      expect(audit.text).not.toContain(secret);
    }
  });

  it('holds a customer to its quotas: instances, messages a month, codes a day, with the quota and its reset', async () => {
    const set = await call('PATCH', '/api/customers/globex', ADMIN, {
      instance_quota: 1,
      messages_per_month: 1,
      codes_per_day: 1,
    });
    expect(set.status).toBe(200);
    expect((await call('PATCH', '/api/customers/globex', keys['globex-admin'], { codes_per_day: 100 })).status).toBe(
      403,
    );
    const more = await call('POST', '/api/instances', keys['globex-admin'], { name: 'globex-two' });
    expect(more.status).toBe(403);
    expect(more.text).toContain('GB_QUOTA_EXCEEDED');

    const sms = async (sid: string) => {
      const form = new URLSearchParams({ MessageSid: sid, From: '+15550000002', To: '+10000000001', Body: 'Hi' });
      const response = await fetch(`${gateway.url}/webhooks/globex-bot/sms`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': twilioSignature(TWILIO_TOKEN, `${PUBLIC_URL}/webhooks/globex-bot/sms`, form),
        },
        body: form.toString(),
      });
      expect(response.status).toBe(200);
    };
    await sms('SMQ1');
    await until(
      () => twilio.sends.filter((s) => s.form.To === '+15550000002'),
      (s) => s.length === 1,
    );
    await sms('SMQ2');
    const quota = async () =>
      (await gateway.runtime.metrics.routerDecisions.get()).values.find((v) => v.labels.decision === 'quota')?.value ??
      0;
    await until(quota, (n) => n >= 1);
    expect(twilio.sends.filter((s) => s.form.To === '+15550000002')).toHaveLength(1);

    const first = await call('POST', '/api/instances/globex-bot/verifications', keys['globex-admin'], {
      to: '+15550000003',
    });
    expect(first.status).toBe(201);
    const second = await call('POST', '/api/instances/globex-bot/verifications', keys['globex-admin'], {
      to: '+15550000004',
    });
    expect(second.status).toBe(429);
    expect(second.body).toMatchObject({ error: { code: 'GB_QUOTA_EXCEEDED' } });
    expect(second.text).toContain('codes a day');

    const usage = await call('GET', '/api/customers/globex', keys['globex-reader']);
    expect(usage.body).toMatchObject({
      quotas: {
        instances: { limit: 1, used: 1 },
        messages_per_month: { limit: 1, used: 1 },
        codes_per_day: { limit: 1, used: 1 },
      },
    });
    expect((await call('GET', '/api/customers/globex', keys['acme-admin'])).status).toBe(403);
  });

  it('revokes a key at once, and disables and deletes an instance', async () => {
    expect((await call('DELETE', `/api/keys/${keyIds['globex-reader']}`, keys['globex-admin'])).status).toBe(204);
    expect((await call('GET', '/api/instances/globex-bot', keys['globex-reader'])).status).toBe(401);
    const disabled = await call('PATCH', '/api/instances/acme-bot', keys['acme-admin'], { state: 'disabled' });
    expect(disabled.body).toMatchObject({ state: 'disabled' });
    expect((await call('DELETE', '/api/instances/acme-bot', keys['acme-admin'])).status).toBe(204);
    expect((await call('GET', '/api/instances', keys['acme-admin'])).body).toEqual({ instances: [] });
  });

  it('describes itself: every route in the OpenAPI document, and every documented route served', async () => {
    const docs = await call('GET', '/api/docs', undefined);
    expect(docs.status).toBe(200);
    const paths = docs.body.paths as Record<string, Record<string, unknown>>;
    for (const route of Object.keys(ROUTE_ACCESS)) {
      const [method, pattern] = route.split(' ') as [string, string];
      const path = pattern.replace(/:([a-z]+)/gi, '{$1}');
      expect(paths[path]?.[method.toLowerCase()], route).toBeDefined();
      const served = await call(method, pattern.replace(/:([a-z]+)/gi, 'x'), ADMIN, method === 'GET' ? undefined : {});
      expect(served.text, route).not.toContain('no route for');
    }
  });
});

describe('a package and the API agree: gb export writes back what the API changed', () => {
  it('exports the channels as the API left them, and deploying the export gives the same instance', async () => {
    const twilio = await new FakeTwilioApi(SID, TWILIO_TOKEN).start();
    const gateway = await startTestGateway({ deployDemo: false, env: { GB_ADMIN_TOKEN: ADMIN } });
    try {
      const folder = demoPackage('exported', {
        'Twilio Account SID': SID,
        'Twilio Auth Token': TWILIO_TOKEN,
        'SMS Number': '+10000000077',
        'Public URL': PUBLIC_URL,
        'Twilio API URL': twilio.url,
      });
      await deployPackage(gateway.runtime, folder);
      const put = await fetch(`${gateway.url}/api/instances/exported/channels/sms`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          settings: {
            'Twilio Account SID': SID,
            'Twilio Auth Token': TWILIO_TOKEN,
            'SMS Number': '+10000000078',
            'Public URL': PUBLIC_URL,
            'Twilio API URL': twilio.url,
          },
        }),
      });
      expect(put.status).toBe(200);
      const deps = {
        store: gateway.runtime.store,
        secrets: gateway.runtime.secrets,
        channels: gateway.runtime.channels,
      };
      const out = mkdtempSync(join(tmpdir(), 'gb-export-'));

      const withoutSecrets = await exportPackage(deps, 'exported', out, { secrets: false });
      expect(withoutSecrets.omitted).toContain('Twilio Auth Token');
      expect(readFileSync(join(withoutSecrets.folder, 'exported.gbot', 'config.csv'), 'utf8')).not.toContain(
        TWILIO_TOKEN,
      );

      const result = await exportPackage(deps, 'exported', out, { secrets: true });
      expect(result).toMatchObject({ questions: 117, dialogs: 2, omitted: [] });
      const config = readFileSync(join(result.folder, 'exported.gbot', 'config.csv'), 'utf8');
      expect(config).toContain('SMS Number,+10000000078');
      expect(config).not.toContain('+10000000077');
      const before = await gateway.runtime.store.instances.channel(
        (await gateway.runtime.store.instances.findByName('exported'))!.id,
        'sms',
      );
      const redeployed = await deployPackage(gateway.runtime, result.folder);
      expect(redeployed.created).toBe(false);
      const after = await gateway.runtime.store.instances.channel(redeployed.instance.id, 'sms');
      expect(after?.settings).toEqual(before?.settings);
      expect(JSON.parse(gateway.runtime.secrets.decrypt(after!.sealedSecrets!))).toEqual(
        JSON.parse(gateway.runtime.secrets.decrypt(before!.sealedSecrets!)),
      );
      expect(redeployed.questions).toBe(117);
    } finally {
      await gateway.stop();
      await twilio.close();
    }
  });
});

describe('the audit log, route by route', () => {
  it('records every change any write route of the table makes (a new route needs an example here)', async () => {
    const twilio = await new FakeTwilioApi(SID, TWILIO_TOKEN).start();
    const gateway = await startTestGateway({ deployDemo: false, env: { GB_ADMIN_TOKEN: ADMIN } });
    try {
      const folder = demoPackage('audited', {
        'Twilio Account SID': SID,
        'Twilio Auth Token': TWILIO_TOKEN,
        'SMS Number': '+10000000088',
        'Public URL': PUBLIC_URL,
        'Twilio API URL': twilio.url,
        'Verification Channels': 'sms',
        'Verification Resend Seconds': '0',
      });
      await deployPackage(gateway.runtime, folder);
      const call = (method: string, path: string, body?: unknown) => apiCall(gateway.url, method, path, ADMIN, body);
      // An unanswered question to link, and a question that answers it.
      const client = await new DirectLineTestClient(gateway.url, 'audited').start();
      await client.post('Where can I park my bicycle overnight?');
      const unanswered = await until(
        () => call('GET', '/api/instances/audited/unanswered'),
        (r) => (r.body.unanswered as unknown[] | undefined)?.length === 1,
      );
      const unansweredId = (unanswered.body.unanswered as Array<{ id: string }>)[0]!.id;
      const questionId = (
        (await call('GET', '/api/instances/audited/questions')).body.questions as Array<{ id: string }>
      )[0]!.id;
      const state: Record<string, string> = {};
      const smsCode = async (n: number) => {
        const sends = await until(
          () => twilio.sends.filter((s) => s.form.To === '+15550008888'),
          (s) => s.length >= n,
        );
        return /\b(\d{6})\b/.exec(sends[n - 1]!.form.Body!)![1]!;
      };
      /** One successful call per write route, in an order where each finds what it needs. */
      const examples: Array<[string, () => Promise<{ status: number; body: Record<string, unknown> }>]> = [
        ['POST /api/customers', () => call('POST', '/api/customers', { id: 'audit-co', name: 'Audit Co' })],
        ['PATCH /api/customers/:customer', () => call('PATCH', '/api/customers/audit-co', { codes_per_day: 100 })],
        ['POST /api/instances', () => call('POST', '/api/instances', { name: 'audit-extra', customer: 'audit-co' })],
        ['PATCH /api/instances/:instance', () => call('PATCH', '/api/instances/audit-extra', { title: 'Extra' })],
        [
          'PUT /api/instances/:instance/channels/:channel',
          () =>
            call('PUT', '/api/instances/audit-extra/channels/sms', {
              settings: {
                'Twilio Account SID': SID,
                'Twilio Auth Token': TWILIO_TOKEN,
                'SMS Number': '+10000000089',
                'Public URL': PUBLIC_URL,
                'Twilio API URL': twilio.url,
              },
            }),
        ],
        [
          'DELETE /api/instances/:instance/channels/:channel',
          () => call('DELETE', '/api/instances/audit-extra/channels/sms'),
        ],
        ['DELETE /api/instances/:instance', () => call('DELETE', '/api/instances/audit-extra')],
        [
          'POST /api/instances/:instance/unanswered/:id/link',
          () => call('POST', `/api/instances/audited/unanswered/${unansweredId}/link`, { questionId }),
        ],
        [
          'POST /api/instances/:instance/verifications',
          async () => {
            const started = await call('POST', '/api/instances/audited/verifications', { to: '+15550008888' });
            state.verification = String(started.body.id);
            return started;
          },
        ],
        [
          'POST /api/instances/:instance/verifications/:id/resend',
          async () => {
            await smsCode(1);
            return call('POST', `/api/instances/audited/verifications/${state.verification}/resend`, {});
          },
        ],
        [
          'POST /api/instances/:instance/verifications/:id/check',
          async () =>
            call('POST', `/api/instances/audited/verifications/${state.verification}/check`, {
              code: await smsCode(2),
            }),
        ],
        [
          'POST /api/instances/:instance/debug',
          async () => {
            const started = await call('POST', '/api/instances/audited/debug', { dialog: 'leadform' });
            state.session = String(started.body.id);
            return started;
          },
        ],
        [
          'PUT /api/debug/:id/breakpoints',
          () => call('PUT', `/api/debug/${state.session}/breakpoints`, { lines: [5] }),
        ],
        [
          'POST /api/debug/:id/messages',
          () => call('POST', `/api/debug/${state.session}/messages`, { text: 'Ana Lima' }),
        ],
        ['POST /api/debug/:id/step', () => call('POST', `/api/debug/${state.session}/step`, {})],
        ['POST /api/debug/:id/resume', () => call('POST', `/api/debug/${state.session}/resume`, {})],
        ['DELETE /api/debug/:id', () => call('DELETE', `/api/debug/${state.session}`)],
        [
          'POST /api/keys',
          async () => {
            const made = await call('POST', '/api/keys', { name: 'audit', role: 'read-only', customer: 'audit-co' });
            state.key = String(made.body.id);
            return made;
          },
        ],
        ['DELETE /api/keys/:key', () => call('DELETE', `/api/keys/${state.key}`)],
      ];
      const writes = Object.entries(ROUTE_ACCESS)
        .filter(([, access]) => access.action === 'write')
        .map(([route]) => route);
      expect(examples.map(([route]) => route).sort()).toEqual([...writes].sort());
      for (const [route, run] of examples) {
        const answer = await run();
        expect(answer.status, `${route}: ${JSON.stringify(answer.body).slice(0, 200)}`).toBeLessThan(300);
        const newest = await until(
          () => gateway.runtime.store.access.auditLog({ limit: 1 }),
          (entries) => entries[0]?.record.action === route,
        );
        expect(newest[0]!.record).toMatchObject({ who: 'GB_ADMIN_TOKEN', action: route, from: '127.0.0.1' });
      }
      const everything = JSON.stringify(await gateway.runtime.store.access.auditLog({ limit: 500 }));
      expect(everything).not.toContain(TWILIO_TOKEN);
    } finally {
      await gateway.stop();
      await twilio.close();
    }
  }, 60_000);
});

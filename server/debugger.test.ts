import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { apiCall } from '../test-fixtures/api.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { until } from '../test-fixtures/until.js';

const TOKEN = 'operator-token-for-debugging';

describe('the dialog debugger API', () => {
  let gateway: TestGateway;
  const api = (method: string, path: string, body?: unknown, token = TOKEN) =>
    apiCall(gateway.url, method, path, token, body);

  beforeAll(async () => {
    gateway = await startTestGateway({ env: { GB_ADMIN_TOKEN: TOKEN } });
  });
  afterAll(async () => gateway?.stop());

  it('starts a dialog for a test user, stops at breakpoints, steps, resumes, and shows the context', async () => {
    const started = await api('POST', '/api/instances/demo/debug', { dialog: 'leadform', breakpoints: [5] });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      dialog: 'LEADFORM',
      status: 'waiting',
      line: 4,
      breakpoints: [5],
      conversation: [{ from: 'bot', text: 'Happy to put you in touch. What is your full name?' }],
    });
    const id = String(started.body!.id);

    const events: Array<{ type: string }> = [];
    const socket = new WebSocket(`${gateway.url.replace('http', 'ws')}/api/debug/${id}/events`, ['bearer', TOKEN]);
    socket.on('message', (data: Buffer) => events.push(JSON.parse(data.toString()) as { type: string }));
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });

    const paused = await api('POST', `/api/debug/${id}/messages`, { text: 'Ana Lima' });
    expect(paused.body).toMatchObject({ status: 'paused', line: 5, variables: { NAME: 'Ana Lima' } });
    const stepped = await api('POST', `/api/debug/${id}/step`);
    expect(stepped.body).toMatchObject({ status: 'paused', line: 6 });
    expect((stepped.body!.conversation as Array<{ text: string }>).at(-1)?.text).toBe(
      'Thanks, Ana Lima. What is your e-mail?',
    );
    const resumed = await api('POST', `/api/debug/${id}/resume`);
    expect(resumed.body).toMatchObject({ status: 'waiting', line: 6 });
    expect((await api('PUT', `/api/debug/${id}/breakpoints`, { lines: [9] })).body).toMatchObject({ breakpoints: [9] });
    await api('POST', `/api/debug/${id}/messages`, { text: 'ana@example.com' });
    const atEnd = await api('POST', `/api/debug/${id}/messages`, { text: '+55 21 99999-0000' });
    expect(atEnd.body).toMatchObject({
      status: 'paused',
      line: 9,
      variables: { NAME: 'Ana Lima', EMAIL: 'ana@example.com', PHONE: '+5521999990000' },
    });
    expect((await api('POST', `/api/debug/${id}/resume`)).body).toMatchObject({ status: 'done', line: null });

    await until(
      () => events.map((e) => e.type),
      (types) => types.includes('done'),
    );
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['paused', 'output', 'waiting', 'done']));
    socket.close();
    expect((await api('DELETE', `/api/debug/${id}`)).status).toBe(204);
    expect((await api('GET', `/api/debug/${id}`)).status).toBe(404);
  });

  it('needs the operator token and an existing dialog', async () => {
    expect(
      (await api('POST', '/api/instances/demo/debug', { dialog: 'leadform' }, 'wrong-token-for-sure')).status,
    ).toBe(401);
    expect((await api('POST', '/api/instances/demo/debug', { dialog: 'nothing' })).status).toBe(404);
    expect((await api('POST', '/api/debug/nope/step')).status).toBe(404);
  });
});

describe('debugger authorization per instance', () => {
  let gateway: TestGateway;
  const ACME_TOKEN = 'acme-operator-token-for-tests';
  const SHOP_TOKEN = 'shop-operator-token-for-tests';
  const api = (method: string, path: string, token: string | undefined, body?: unknown) =>
    apiCall(gateway.url, method, path, token, body);

  beforeAll(async () => {
    const { deployPackage } = await import('./deploy.js');
    const { writeBotPackage } = await import('../test-fixtures/packages.js');
    // No GB_ADMIN_TOKEN: only the instances' own operator tokens open anything.
    gateway = await startTestGateway({ deployDemo: false });
    for (const [name, token] of [
      ['acme', ACME_TOKEN],
      ['shop', SHOP_TOKEN],
    ] as const) {
      await deployPackage(
        gateway.runtime,
        writeBotPackage(name, { 'Operator Token': token }, [], {
          'hello.bas': `TALK "Hi from ${name}"\nHEAR x\nTALK x`,
        }),
      );
    }
  });
  afterAll(async () => gateway?.stop());

  it("opens an instance's debugger and questions to its own Operator Token only", async () => {
    const started = await api('POST', '/api/instances/acme/debug', ACME_TOKEN, { dialog: 'hello' });
    expect(started).toMatchObject({ status: 201, body: { instance: 'acme', status: 'waiting' } });
    const id = String(started.body!.id);
    expect((await api('POST', `/api/debug/${id}/messages`, ACME_TOKEN, { text: 'ping' })).body).toMatchObject({
      status: 'done',
      conversation: [{ text: 'Hi from acme' }, { text: 'ping' }, { text: 'ping' }],
    });
    expect((await api('GET', '/api/instances/acme/unanswered', ACME_TOKEN)).status).toBe(200);

    // Another instance's token opens neither this instance nor its debug sessions.
    expect((await api('POST', '/api/instances/acme/debug', SHOP_TOKEN, { dialog: 'hello' })).status).toBe(401);
    expect((await api('GET', `/api/debug/${id}`, SHOP_TOKEN)).status).toBe(401);
    expect((await api('DELETE', `/api/debug/${id}`, SHOP_TOKEN)).status).toBe(401);
    expect((await api('GET', '/api/instances/acme/questions', SHOP_TOKEN)).status).toBe(401);
    expect((await api('POST', '/api/instances/shop/debug', SHOP_TOKEN, { dialog: 'hello' })).status).toBe(201);
    expect((await api('POST', '/api/instances/shop/debug', undefined, { dialog: 'hello' })).status).toBe(401);

    // The event stream takes the token as its subprotocol (a browser cannot set headers), same rule.
    const opens = (token: string) =>
      new Promise<boolean>((resolve) => {
        const socket = new WebSocket(`${gateway.url.replace('http', 'ws')}/api/debug/${id}/events`, ['bearer', token]);
        socket.once('open', () => {
          socket.close();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
    expect(await opens(ACME_TOKEN)).toBe(true);
    expect(await opens(SHOP_TOKEN)).toBe(false);

    // What belongs to no instance stays closed without GB_ADMIN_TOKEN.
    expect((await api('GET', '/api/dead-letters', ACME_TOKEN)).status).toBe(403);
    expect((await api('DELETE', `/api/debug/${id}`, ACME_TOKEN)).status).toBe(204);
    expect(gateway.logLines.join('\n')).not.toMatch(/acme-operator-token|shop-operator-token/);
  });

  it("keeps each instance's debug sessions: one instance's many never push out another's", async () => {
    const shop = await api('POST', '/api/instances/shop/debug', SHOP_TOKEN, { dialog: 'hello' });
    const acme: string[] = [];
    for (let i = 0; i < 11; i++) {
      const started = await api('POST', '/api/instances/acme/debug', ACME_TOKEN, { dialog: 'hello' });
      expect(started.status).toBe(201);
      acme.push(String(started.body!.id));
    }
    // Gone: the session no longer names an instance, so nothing opens it (403), not even its own token.
    expect([403, 404]).toContain((await api('GET', `/api/debug/${acme[0]}`, ACME_TOKEN)).status);
    expect((await api('GET', `/api/debug/${acme[10]}`, ACME_TOKEN)).status).toBe(200);
    expect((await api('GET', `/api/debug/${String(shop.body!.id)}`, SHOP_TOKEN)).status).toBe(200);
  });
});

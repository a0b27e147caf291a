import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeBotFrameworkLogin, FakeTeamsConnector } from '../test-fixtures/fakes/bot-framework.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { writeBotPackage } from '../test-fixtures/packages.js';
import { until } from '../test-fixtures/until.js';
import { deployPackage } from './deploy.js';

const APP_ID = '049566e0-4401-4bcf-86a1-ce22082ce03a';
const APP_PASSWORD = 'teams-app-password-for-tests';
const BOT = `28:${APP_ID}`;
const PERSONAL = 'a:1Qa2personal';
const THREAD = '19:abcdef0123456789@thread.tacv2;messageid=1700000000100';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../test-fixtures/teams/${name}.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

describe('Teams through the whole gateway', () => {
  let login: FakeBotFrameworkLogin;
  let connector: FakeTeamsConnector;
  let gateway: TestGateway;
  let activityId = 1_800_000_000_000;

  /** A Teams activity from the fixture, as the Connector posts it to this gateway, signed. */
  const post = async (activity: Record<string, unknown>, token?: string) => {
    const body = { ...activity, id: String(++activityId), serviceUrl: connector.url };
    const bearer = token ?? (await login.sign({ serviceUrl: connector.url }));
    return fetch(`${gateway.url}/webhooks/teamsbot/teams`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify(body),
    });
  };
  const say = (text: string, base = fixture('personal-message')) => post({ ...base, text });

  beforeAll(async () => {
    login = await new FakeBotFrameworkLogin({ appId: APP_ID, appPassword: APP_PASSWORD }).start();
    await login.addKey();
    connector = await new FakeTeamsConnector().start();
    gateway = await startTestGateway({ deployDemo: false });
    await deployPackage(
      gateway.runtime,
      writeBotPackage(
        'teamsbot',
        {
          'Teams App ID': APP_ID,
          'Teams App Password': APP_PASSWORD,
          'Teams OpenID URL': login.openIdUrl,
          'Teams Login URL': login.url,
          'Teams Service URL': connector.url,
          'Greeting Message': 'Hi! Ask me about opening hours, or say menu.',
          'Not Found Message': 'No idea.',
        },
        [['What are your opening hours?', 'From 9 to 18.']],
        {
          'size.bas': ['TALK "Which size?"', 'HEAR size AS "Small", "Large"', 'TALK "You chose " + size'].join('\n'),
          'notify.bas': [
            'TALK TO "teams:29:1newUserNeverSeen", "A message for you"',
            'TALK TO "teams:29:1newUserNeverSeen", "And another"',
            'TALK "sent"',
          ].join('\n'),
          'burst.bas': 'FOR i = 1 TO 12\n  TALK "line " + i\nNEXT i',
        },
      ),
    );
  });
  beforeEach(() => {
    connector.calm();
  });
  afterAll(async () => {
    await gateway?.stop();
    await connector?.close();
    await login?.close();
  });

  it('answers a personal message in its conversation, as a reply, with one access token for many sends', async () => {
    const before = login.tokensIssued;
    expect((await say('What are your opening hours?')).status).toBe(200);
    const replied = String(activityId);
    const [answer] = await until(
      () => connector.activities.filter((a) => a.replyToId === replied),
      (a) => a.length > 0,
    );
    expect(answer).toMatchObject({
      conversationId: PERSONAL,
      body: { type: 'message', text: 'From 9 to 18.', replyToId: replied },
    });
    expect(answer!.body.from).toEqual({ id: BOT });
    expect((await say('something else entirely')).status).toBe(200);
    await until(
      () => connector.textsTo(PERSONAL),
      (t) => t.includes('No idea.'),
    );
    expect(login.tokensIssued - before).toBeLessThanOrEqual(1);
    const tokens = new Set(connector.activities.map((a) => a.token));
    expect(tokens.size).toBe(1);
    expect([...tokens][0]).toMatch(/^connector-token-/);
  });

  it('refuses a missing or bad token with 401 and queues nothing', async () => {
    const sent = connector.activities.length;
    const forged = await login.sign({ serviceUrl: connector.url, aud: 'another-app' });
    const badAudience = await post({ ...fixture('personal-message'), text: 'What are your opening hours?' }, forged);
    expect(badAudience.status).toBe(401);
    const none = await fetch(`${gateway.url}/webhooks/teamsbot/teams`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...fixture('personal-message'), serviceUrl: connector.url }),
    });
    expect(none.status).toBe(401);
    const otherService = await post(
      { ...fixture('personal-message'), text: 'What are your opening hours?' },
      await login.sign({ serviceUrl: 'https://smba.trafficmanager.net/emea/' }),
    );
    expect(otherService.status).toBe(401);
    // Something that is answered proves the queue moved on without them.
    await say('What are your opening hours?');
    await until(
      () => connector.activities.length,
      (n) => n > sent,
    );
    expect(connector.activities.length).toBe(sent + 1);
    expect(gateway.logLines.some((line) => line.includes(APP_PASSWORD))).toBe(false);
  });

  it('greets when added to a chat, and says nothing about members leaving', async () => {
    const sent = connector.activities.length;
    expect((await post(fixture('bot-added'))).status).toBe(200);
    await until(
      () => connector.textsTo(PERSONAL),
      (t) => t.includes('Hi! Ask me about opening hours, or say menu.'),
    );
    expect((await post(fixture('member-removed'))).status).toBe(200);
    expect((await post(fixture('reaction'))).status).toBe(200);
    await say('What are your opening hours?');
    await until(
      () => connector.activities.length,
      (n) => n >= sent + 2,
    );
    expect(connector.textsTo('19:meeting_group@thread.v2')).toEqual([]);
    expect(connector.activities.slice(sent).map((a) => a.body.text)).toEqual([
      'Hi! Ask me about opening hours, or say menu.',
      'From 9 to 18.',
    ]);
  });

  it('runs a dialog with buttons in a channel thread: a card to the thread, the tap routed as the answer', async () => {
    expect((await say('<at>GatewayBot</at> size', fixture('channel-mention'))).status).toBe(200);
    const [card] = await until(
      () => connector.activities.filter((a) => a.conversationId === THREAD && a.body.attachments),
      (a) => a.length > 0,
    );
    expect(card!.replyToId).toBe(String(activityId));
    const content = (
      card!.body.attachments as Array<{ content: { actions: Array<{ data: Record<string, string> }> } }>
    )[0]!.content;
    const large = content.actions.find((a) => a.data.gbTitle === 'Large')!;
    const tap = { ...fixture('channel-mention'), text: undefined, entities: [], value: large.data };
    expect((await post(tap)).status).toBe(200);
    await until(
      () => connector.textsTo(THREAD),
      (t) => t.includes('You chose Large'),
    );
  });

  it('answers an Action.Execute with an invoke response, and routes the choice', async () => {
    await say('size');
    await until(
      () => connector.textsTo(PERSONAL),
      (t) => t.at(-1) === 'Which size?',
    );
    const invoke = fixture('card-execute-invoke');
    const value = { action: { type: 'Action.Execute', verb: 'choose', data: { gbChoice: 'Small', gbTitle: 'Small' } } };
    const response = await post({ ...invoke, value });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
    });
    await until(
      () => connector.textsTo(PERSONAL),
      (t) => t.includes('You chose Small'),
    );
  });

  it('creates the 1:1 conversation of a user never seen once, for every proactive message', async () => {
    const before = connector.conversationsCreated;
    await say('notify');
    await until(
      () => connector.textsTo(PERSONAL),
      (t) => t.at(-1) === 'sent',
    );
    const sent = await until(
      () => connector.textsTo('a:created-1'),
      (t) => t.length === 2,
    );
    expect(sent).toEqual(['A message for you', 'And another']);
    expect(connector.conversationsCreated - before).toBe(1);
    const create = connector.requests.find((r) => r.path === '/v3/conversations')!;
    expect(JSON.parse(create.body)).toMatchObject({
      isGroup: false,
      bot: { id: BOT },
      members: [{ id: '29:1newUserNeverSeen' }],
    });
  });

  it("keeps a thread within Teams' per-thread limits, counted at the Connector", async () => {
    await say('burst');
    const lines = await until(
      () => connector.activities.filter((a) => a.conversationId === PERSONAL && /^line /.test(String(a.body.text))),
      (a) => a.length === 12,
      60_000,
    );
    const times = lines.map((a) => a.at);
    for (const [n, windowMs] of [
      [7, 1_000],
      [8, 2_000],
    ] as const) {
      for (const start of times) {
        const inWindow = times.filter((t) => t >= start && t < start + windowMs).length;
        expect(inWindow, `sends within ${windowMs} ms of ${start}`).toBeLessThanOrEqual(n);
      }
    }
  }, 90_000);

  it('waits out a 429 with Retry-After before sending again', async () => {
    connector.next({
      kind: 'reply',
      reply: { status: 429, body: '{"error":{"code":"TooManyRequests"}}', headers: { 'retry-after': '1' } },
    });
    await say('What are your opening hours?');
    const replied = String(activityId);
    const [answer] = await until(
      () => connector.activities.filter((a) => a.replyToId === replied),
      (a) => a.length >= 2,
    );
    const [refused, accepted] = connector.requests.filter((r) => r.path.endsWith(`/activities/${replied}`));
    expect(accepted!.at - refused!.at).toBeGreaterThanOrEqual(1_000);
    expect(answer!.body.text).toBe('From 9 to 18.');
  });
});

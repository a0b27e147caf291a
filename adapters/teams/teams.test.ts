import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChannelCredentialsRejected,
  newId,
  type OutboundMessage,
  OutcomeUnknown,
  PermanentFailure,
  RateLimited,
  RetryLater,
} from '../../core/index.js';
import { buildAdapter } from '../../test-fixtures/adapters.js';
import { FakeBotFrameworkLogin } from '../../test-fixtures/fakes/bot-framework.js';
import { AccessTokens } from './access-token.js';
import { SigningKeyDirectory } from './auth.js';
import { buildActivities, connectorFailure, parseActivity, teams, THREAD_RATES } from './index.js';

const APP_ID = '049566e0-4401-4bcf-86a1-ce22082ce03a';
const TENANT = '1234abcd-1234-12ab-12ab-35b75f16f1e1';
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../test-fixtures/teams/${name}.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

describe('Teams inbound authentication', () => {
  let login: FakeBotFrameworkLogin;
  let adapter: ReturnType<typeof buildAdapter>;
  let singleTenant: ReturnType<typeof buildAdapter>;
  let eagerAdapter: ReturnType<typeof buildAdapter>;
  const activity = { ...fixture('personal-message'), serviceUrl: 'https://smba.trafficmanager.net/amer/' };
  const body = Buffer.from(JSON.stringify(activity));
  const request = (authorization?: string, raw = body) => ({
    method: 'POST',
    url: '/webhooks/bot/teams',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: raw,
  });
  const claims = { serviceUrl: 'https://smba.trafficmanager.net/amer/' };

  beforeAll(async () => {
    login = await new FakeBotFrameworkLogin({ appId: APP_ID, appPassword: 'pw' }).start();
    await login.addKey();
    const settings = {
      'Teams App ID': APP_ID,
      'Teams App Password': 'pw',
      'Teams OpenID URL': login.openIdUrl,
      'Teams Login URL': login.url,
    };
    adapter = buildAdapter(teams, settings);
    singleTenant = buildAdapter(teams, { ...settings, 'Teams Tenant ID': TENANT });
    // No cooldown between key set downloads: every unknown key id is looked up again.
    const eager = { keys: new SigningKeyDirectory({ cooldownMs: 0 }), tokens: new AccessTokens(), created: new Map() };
    eagerAdapter = buildAdapter(teams, settings, undefined, eager);
  });
  afterAll(async () => login?.close());

  it('accepts a token the Connector signed for this app and this service URL', async () => {
    expect(await adapter.webhook.verify(request(`Bearer ${await login.sign(claims)}`))).toEqual({ ok: true });
  });

  it('refuses a missing token, a wrong audience, issuer or service URL, and an expired token', async () => {
    expect(await adapter.webhook.verify(request())).toEqual({
      ok: false,
      reason: 'missing Authorization: Bearer token',
    });
    expect(await adapter.webhook.verify(request(`Basic ${await login.sign(claims)}`))).toMatchObject({ ok: false });
    const cases: Array<[string, Promise<string>, RegExp]> = [
      ['audience', login.sign({ ...claims, aud: 'another-app' }), /aud/],
      ['issuer', login.sign({ ...claims, iss: 'https://evil.example.com' }), /iss/],
      ['service URL', login.sign({ serviceUrl: 'https://evil.example.com/' }), /another service URL/],
      ['expiry', login.sign(claims, { expiresInS: -600 }), /expired/],
    ];
    for (const [what, token, reason] of cases) {
      const verdict = await adapter.webhook.verify(request(`Bearer ${await token}`));
      expect(verdict.ok, what).toBe(false);
      expect(verdict.ok ? '' : verdict.reason, what).toMatch(reason);
    }
  });

  it('refuses a forged signature, an unsigned token (alg none) and a key not endorsed for Teams', async () => {
    const forgedKid = await login.addKey({ publish: false });
    const published = (await login.sign(claims)).split('.');
    const forged = (await login.sign(claims, { kid: published.length ? 'key-1' : '', signWithKid: forgedKid })).split(
      '.',
    );
    // The header and claims of a good token, the signature of another key.
    const mixed = `${published[0]}.${published[1]}.${forged[2]}`;
    expect(await adapter.webhook.verify(request(`Bearer ${mixed}`))).toMatchObject({ ok: false, reason: /signature/ });
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${published[1]}.`;
    expect((await adapter.webhook.verify(request(`Bearer ${none}`))).ok).toBe(false);
    const skype = await login.addKey({ endorsements: ['skype'] });
    const verdict = await eagerAdapter.webhook.verify(request(`Bearer ${await login.sign(claims, { kid: skype })}`));
    expect(verdict).toEqual({ ok: false, reason: 'the signing key is not endorsed for the msteams channel' });
  });

  it('fetches the keys again for an unknown key id, then refuses the token, without fetching per request', async () => {
    const unknown = await login.addKey({ publish: false });
    const token = await login.sign(claims, { kid: unknown });
    // Past the cooldown an unknown key id is looked up again, once, and still refused.
    await eagerAdapter.webhook.verify(request(`Bearer ${await login.sign(claims)}`));
    const before = login.keyFetches;
    expect(await eagerAdapter.webhook.verify(request(`Bearer ${token}`))).toMatchObject({
      ok: false,
      reason: /unknown key/,
    });
    expect(login.keyFetches).toBe(before + 1);
    // Within the cooldown (30 s by default; ten minutes here), known or unknown keys download nothing.
    const settings = {
      'Teams App ID': APP_ID,
      'Teams App Password': 'pw',
      'Teams OpenID URL': login.openIdUrl,
      'Teams Login URL': login.url,
    };
    const shared = {
      keys: new SigningKeyDirectory({ cooldownMs: 600_000 }),
      tokens: new AccessTokens(),
      created: new Map(),
    };
    const patient = buildAdapter(teams, settings, undefined, shared);
    await patient.webhook.verify(request(`Bearer ${await login.sign(claims)}`));
    const cached = login.keyFetches;
    for (let i = 0; i < 3; i++) {
      expect((await patient.webhook.verify(request(`Bearer ${await login.sign(claims)}`))).ok).toBe(true);
      expect((await patient.webhook.verify(request(`Bearer ${token}`))).ok).toBe(false);
    }
    expect(login.keyFetches).toBe(cached);
  });

  it("accepts the tenant's own issuer only for a single-tenant app", async () => {
    const token = await login.sign({ ...claims, iss: `https://login.microsoftonline.com/${TENANT}/v2.0` });
    expect(await singleTenant.webhook.verify(request(`Bearer ${token}`))).toEqual({ ok: true });
    expect((await adapter.webhook.verify(request(`Bearer ${token}`))).ok).toBe(false);
  });

  it('answers an Action.Execute with an invoke response, and leaves other requests to the default', () => {
    const invoke = Buffer.from(JSON.stringify(fixture('card-execute-invoke')));
    const parsed = parseActivity(JSON.parse(invoke.toString()), 'i1');
    expect(adapter.webhook.respond?.(request(undefined, invoke), parsed)).toMatchObject({ status: 200 });
    expect(JSON.parse(adapter.webhook.respond?.(request(undefined, invoke), parsed)?.body ?? '{}')).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
    });
    expect(adapter.webhook.respond?.(request(), [])).toBeUndefined();
  });
});

describe('Teams activities', () => {
  it('reads a personal message, keeping how to reach the conversation again', () => {
    const [message] = parseActivity(fixture('personal-message'), 'i1');
    expect(message).toMatchObject({
      kind: 'text',
      text: 'hello',
      channel: 'teams',
      conversationKey: 'a:1Qa2personal',
      from: { id: '29:1test2GgHIa0DXzDT_OGwL5vSMZdAxDlGR7hYxZ6', name: 'John Smith' },
      channelMessageId: 'a:1Qa2personal|1700000000001',
    });
    expect(JSON.parse(message!.replyAddress!)).toEqual({
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      conversationId: 'a:1Qa2personal',
      botId: '28:049566e0-4401-4bcf-86a1-ce22082ce03a',
      tenantId: TENANT,
      aadObjectId: '1234567d-1234-462a-8952-35b75f16f1e1',
      conversationType: 'personal',
    });
  });

  it("removes the bot's own mention from a channel message, and keeps the thread", () => {
    const [message] = parseActivity(fixture('channel-mention'), 'i1');
    expect(message).toMatchObject({
      kind: 'text',
      text: 'what are your opening hours?',
      conversationKey: '19:abcdef0123456789@thread.tacv2;messageid=1700000000100',
    });
  });

  it('lists a file as media (the short-lived download link), not the HTML copy beside it', () => {
    const messages = parseActivity(fixture('file-attachment'), 'i1');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      kind: 'media',
      media: { url: 'https://download.link/file_example.txt', mimeType: 'text/plain', name: 'file_example.txt' },
    });
  });

  it('reads card submissions as button taps: Action.Submit and Action.Execute', () => {
    expect(parseActivity(fixture('card-submit'), 'i1')[0]).toMatchObject({
      kind: 'interactive_reply',
      choiceId: 'subject:billing',
      title: 'Billing',
      replyToChannelMessageId: '1700000000350',
    });
    expect(parseActivity(fixture('card-execute-invoke'), 'i1')[0]).toMatchObject({
      kind: 'interactive_reply',
      choiceId: 'subject:billing',
      title: 'Billing',
    });
    const list = { ...fixture('card-submit'), value: { gbChoice: JSON.stringify(['question:7', 'How do I pay?']) } };
    expect(parseActivity(list, 'i1')[0]).toMatchObject({ choiceId: 'question:7', title: 'How do I pay?' });
  });

  it('records members added and removed, tells when the bot itself was added, and reads reactions', () => {
    expect(parseActivity(fixture('bot-added'), 'i1')[0]).toMatchObject({
      kind: 'membership',
      botAdded: true,
      added: [],
      removed: [],
    });
    expect(parseActivity(fixture('member-removed'), 'i1')[0]).toMatchObject({
      kind: 'membership',
      botAdded: false,
      removed: [{ id: '29:1otherUserInChannel' }],
      conversationKey: '19:meeting_group@thread.v2',
    });
    expect(parseActivity(fixture('reaction'), 'i1')[0]).toMatchObject({
      kind: 'reaction',
      targetChannelMessageId: '1700000000350',
      emoji: 'like',
    });
    expect(parseActivity(fixture('typing'), 'i1')).toEqual([]);
  });

  it('refuses what is not an activity', () => {
    expect(() => parseActivity({ type: 'message' }, 'i1')).toThrow();
  });
});

describe('Teams outbound', () => {
  const reply = (fields: Record<string, unknown>) =>
    ({
      id: newId(),
      instanceId: 'i1',
      channel: 'teams',
      conversationKey: 'a:1',
      to: { id: '29:u' },
      idempotencyKey: newId(),
      createdAt: 0,
      ...fields,
    }) as OutboundMessage;

  it('splits long text, sends menus as Adaptive Cards (buttons, or a list past six), and typing', () => {
    expect(buildActivities(reply({ kind: 'text', text: 'x '.repeat(8_000) }))).toHaveLength(3);
    const choices = [
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
    ];
    const [buttons] = buildActivities(reply({ kind: 'buttons', text: 'Pick', choices }));
    const content = (
      buttons!.attachments as Array<{ contentType: string; content: { version: string; actions: unknown[] } }>
    )[0]!;
    expect(content.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(content.content.version).toBe('1.5');
    expect(content.content.actions).toEqual([
      { type: 'Action.Submit', title: 'A', data: { gbChoice: 'a', gbTitle: 'A' } },
      { type: 'Action.Submit', title: 'B', data: { gbChoice: 'b', gbTitle: 'B' } },
    ]);
    const many = Array.from({ length: 9 }, (_, i) => ({ id: `c${i}`, title: `Choice ${i}` }));
    const [list] = buildActivities(reply({ kind: 'list', text: 'Pick', buttonLabel: 'Options', choices: many }));
    const body = (list!.attachments as Array<{ content: { body: Array<{ type: string; choices?: unknown[] }> } }>)[0]!
      .content.body;
    expect(body[1]).toMatchObject({ type: 'Input.ChoiceSet', id: 'gbChoice' });
    expect(body[1]!.choices).toHaveLength(9);
    expect(buildActivities(reply({ kind: 'typing' }))).toEqual([{ type: 'typing' }]);
    expect(() => buildActivities(reply({ kind: 'media', media: { mediaId: 'x', mimeType: 'image/png' } }))).toThrow(
      PermanentFailure,
    );
  });

  it('keeps every thread under Teams limits: 7 a second, 8 in 2 s, 60 in 30 s, 1,800 an hour', () => {
    const windows: Array<[number, number]> = [
      [7, 1],
      [8, 2],
      [60, 30],
      [1_800, 3_600],
    ];
    for (const [i, [n, seconds]] of windows.entries()) {
      const rate = THREAD_RATES[i]!;
      // A token bucket lets through at most its burst plus its rate over any window.
      expect(rate.burst + rate.perSecond * seconds).toBeLessThanOrEqual(n);
    }
  });

  it('maps Connector errors to what the engine does next', () => {
    const response = (status: number, code?: string, headers: Record<string, string> = {}) => ({
      status,
      headers: new Headers(headers),
      text: code ? JSON.stringify({ error: { code, message: `${code} happened` } }) : '',
    });
    expect(connectorFailure(response(429, undefined, { 'retry-after': '3' }))).toMatchObject({ delayMs: 3_000 });
    expect(connectorFailure(response(429))).toBeInstanceOf(RateLimited);
    for (const status of [412, 502, 503, 504]) expect(connectorFailure(response(status))).toBeInstanceOf(RetryLater);
    expect(connectorFailure(response(401))).toBeInstanceOf(ChannelCredentialsRejected);
    expect(connectorFailure(response(403, 'BotNotInConversationRoster'))).toBeInstanceOf(PermanentFailure);
    expect(connectorFailure(response(403, 'Forbidden'))).toBeInstanceOf(ChannelCredentialsRejected);
    expect(connectorFailure(response(404, 'ConversationNotFound'))).toBeInstanceOf(PermanentFailure);
    expect(connectorFailure(response(500))).toBeInstanceOf(OutcomeUnknown);
    expect(connectorFailure(response(400, 'BadArgument'))).toBeInstanceOf(PermanentFailure);
  });
});

describe('Teams access tokens', () => {
  let login: FakeBotFrameworkLogin;
  const app = () => ({ loginUrl: login.url, tenantId: undefined, appId: APP_ID, appPassword: 'pw' });
  const signal = () => new AbortController().signal;

  beforeAll(async () => {
    login = await new FakeBotFrameworkLogin({ appId: APP_ID, appPassword: 'pw' }).start();
  });
  afterAll(async () => login?.close());

  it('fetches one token for many sends at once, and again only once it is about to expire', async () => {
    const tokens = new AccessTokens();
    const all = await Promise.all(Array.from({ length: 20 }, () => tokens.token(app(), signal())));
    expect(new Set(all).size).toBe(1);
    expect(login.tokensIssued).toBe(1);
    // A token with five minutes and a second to live is fresh for that second, and refreshed after.
    login.tokenLifetimeS = 301;
    tokens.forget(app());
    const shortLived = await tokens.token(app(), signal());
    expect(await tokens.token(app(), signal())).toBe(shortLived);
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await tokens.token(app(), signal())).not.toBe(shortLived);
    expect(login.tokensIssued).toBe(3);
    login.tokenLifetimeS = 3_600;
  });

  it('asks the tenant of a single-tenant app, and reports refused credentials', async () => {
    const tokens = new AccessTokens();
    await tokens.token({ ...app(), tenantId: TENANT }, signal());
    expect(login.requests.at(-1)?.path).toBe(`/${TENANT}/oauth2/v2.0/token`);
    expect(new URLSearchParams(login.requests.at(-1)!.body).get('scope')).toBe('https://api.botframework.com/.default');
    await expect(tokens.token({ ...app(), appPassword: 'wrong' }, signal())).rejects.toBeInstanceOf(
      ChannelCredentialsRejected,
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeHubSpotApi } from '../test-fixtures/fakes/hubspot-api.js';
import { FakeSendGridApi } from '../test-fixtures/fakes/sendgrid-api.js';
import { FakeStripeApi } from '../test-fixtures/fakes/stripe-api.js';
import { FakeTwitterApi } from '../test-fixtures/fakes/twitter-api.js';
import { HubSpotCrm } from './crm.js';
import { IntegrationError } from './errors.js';
import { SendGridMailSender } from './mail.js';
import { StripePayments } from './payments.js';
import { TwitterPoster } from './twitter.js';

const HUBSPOT_TOKEN = 'pat-na1-hubspot-token-for-tests';
const STRIPE_KEY = 'sk_test_stripe-key-for-tests';
const TWITTER_TOKEN = 'twitter-user-token-for-tests';
const SENDGRID_KEY = 'SG.sendgrid-key-for-tests';

/** The error a call fails with; the test fails when it does not. */
async function failure(work: Promise<unknown>): Promise<IntegrationError> {
  const err = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IntegrationError);
  return err as IntegrationError;
}

describe('HubSpot CRM client', () => {
  let hubspot: FakeHubSpotApi;
  beforeAll(async () => {
    hubspot = await new FakeHubSpotApi(HUBSPOT_TOKEN).start();
    hubspot
      .addTask('Call Ana back', 'NOT_STARTED', '2026-11-25T10:00:00Z')
      .addTask('Send the proposal', 'COMPLETED', '2026-11-20T10:00:00Z')
      .addTask('Book the demo', 'IN_PROGRESS', '2026-11-23T15:00:00Z');
  });
  afterAll(() => hubspot.close());
  const crm = (token = HUBSPOT_TOKEN) => new HubSpotCrm({ accessToken: token, baseUrl: hubspot.url, timeoutMs: 2_000 });

  it('creates leads as contacts at the lead stage, finds them, and ties deals to them', async () => {
    const id = await crm().createLead({ name: 'Ana Maria Souza', email: 'ana@example.com', phone: '+5511999990000' });
    expect(hubspot.contacts.find((c) => c.id === id)?.properties).toMatchObject({
      firstname: 'Ana',
      lastname: 'Maria Souza',
      email: 'ana@example.com',
      phone: '+5511999990000',
      lifecyclestage: 'lead',
    });
    expect(await crm().findContacts('ana@', 10)).toEqual([
      { id, name: 'Ana Maria Souza', email: 'ana@example.com', phone: '+5511999990000', company: null },
    ]);
    expect(await crm().findContacts('nobody', 10)).toEqual([]);

    const dealId = await crm().createDeal({ name: 'Ana: 10 licences', amount: 1200.5, contactId: id });
    const deal = hubspot.deals.find((d) => d.id === dealId)!;
    expect(deal.properties).toMatchObject({
      dealname: 'Ana: 10 licences',
      amount: '1200.5',
      pipeline: 'default',
      dealstage: 'appointmentscheduled',
    });
    expect(deal.associations).toEqual([
      { to: { id }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 3 }] },
    ]);
    expect(hubspot.requests.every((r) => r.headers.authorization === `Bearer ${HUBSPOT_TOKEN}`)).toBe(true);
  });

  it('lists the tasks not completed, soonest first', async () => {
    const tasks = await crm().activeTasks(10);
    expect(tasks.map((t) => [t.subject, t.status])).toEqual([
      ['Book the demo', 'IN_PROGRESS'],
      ['Call Ana back', 'NOT_STARTED'],
    ]);
  });

  it('says what HubSpot refused, without the token', async () => {
    const duplicate = await failure(crm().createLead({ name: 'Ana Souza', email: 'ana@example.com' }));
    expect(duplicate.message).toMatch(/HubSpot: could not create a lead: answered 409: Contact already exists/);
    const refused = await failure(crm('pat-wrong-token').findContacts('ana', 5));
    expect(refused.message).toBe('HubSpot: could not find contacts: the access token was refused (401)');
    hubspot.next({
      kind: 'reply',
      reply: {
        status: 429,
        body: JSON.stringify({
          status: 'error',
          message: 'You have reached your secondly limit.',
          category: 'RATE_LIMITS',
        }),
      },
    });
    expect((await failure(crm().activeTasks(5))).message).toMatch(/too many requests/);
    hubspot.next({ kind: 'slow', delayMs: 1_500 });
    const slow = new HubSpotCrm({ accessToken: HUBSPOT_TOKEN, baseUrl: hubspot.url, timeoutMs: 300 });
    expect((await failure(slow.activeTasks(5))).message).toBe('HubSpot: no answer within 300 ms');
    for (const err of [duplicate, refused]) expect(`${err.message} ${String(err.stack)}`).not.toContain('pat-');
  });
});

describe('Stripe payments client', () => {
  let stripe: FakeStripeApi;
  beforeAll(async () => {
    stripe = await new FakeStripeApi(STRIPE_KEY).start();
  });
  afterAll(() => stripe.close());
  const payments = (key = STRIPE_KEY, currency = 'brl') =>
    new StripePayments({
      secretKey: key,
      baseUrl: stripe.url,
      currency,
      successUrl: 'https://shop.example/thanks',
      timeoutMs: 2_000,
    });

  it('creates a checkout session in minor units, once per idempotency key', async () => {
    const link = await payments().createPaymentLink({ amount: 49.9, description: 'Order 42', idempotencyKey: 'm1:7' });
    expect(link).toEqual({ id: 'cs_test_1', url: 'https://checkout.stripe.test/c/pay/cs_test_1' });
    expect(stripe.sessions[0]).toMatchObject({
      amount: 4990,
      currency: 'brl',
      name: 'Order 42',
      successUrl: 'https://shop.example/thanks',
    });
    expect(
      await payments().createPaymentLink({ amount: 49.9, description: 'Order 42', idempotencyKey: 'm1:7' }),
    ).toEqual(link);
    expect(stripe.sessions).toHaveLength(1);
    await payments(STRIPE_KEY, 'jpy').createPaymentLink({ amount: 500, description: 'Tea', idempotencyKey: 'm2:3' });
    expect(stripe.sessions[1]).toMatchObject({ amount: 500, currency: 'jpy' });
  });

  it('refuses bad amounts before calling, and reports a refused key without it', async () => {
    const before = stripe.requests.length;
    expect(
      (await failure(payments().createPaymentLink({ amount: -1, description: 'x', idempotencyKey: 'k' }))).message,
    ).toMatch(/above zero/);
    expect(stripe.requests.length).toBe(before);
    const refused = await failure(
      payments('sk_test_wrong').createPaymentLink({ amount: 1, description: 'x', idempotencyKey: 'k2' }),
    );
    expect(refused.message).toBe('Stripe: could not create a payment: the secret key was refused (401)');
    expect(refused.message).not.toContain('sk_test_wrong');
  });
});

describe('X (Twitter) client', () => {
  let twitter: FakeTwitterApi;
  beforeAll(async () => {
    twitter = await new FakeTwitterApi(TWITTER_TOKEN).start();
  });
  afterAll(() => twitter.close());
  const poster = (token = TWITTER_TOKEN) =>
    new TwitterPoster({ accessToken: token, baseUrl: twitter.url, timeoutMs: 2_000 });

  it('posts, and says why X refused a post', async () => {
    const { id } = await poster().post('We open at 9 tomorrow.');
    expect(twitter.posts).toEqual([{ id, text: 'We open at 9 tomorrow.' }]);
    expect((await failure(poster().post('We open at 9 tomorrow.'))).message).toBe(
      'X: the access token was refused (403: You are not allowed to create a Tweet with duplicate content.)',
    );
    expect((await failure(poster('wrong').post('Hello'))).message).toBe(
      'X: the access token was refused (401: Unauthorized)',
    );
    expect((await failure(poster().post('x'.repeat(281)))).message).toMatch(/at most 280 characters/);
    twitter.next({
      kind: 'reply',
      reply: {
        status: 429,
        body: '{"title":"Too Many Requests","status":429}',
        headers: { 'x-rate-limit-reset': '1' },
      },
    });
    expect((await failure(poster().post('Later'))).message).toBe('X: too many posts; try again later');
  });
});

describe('SendGrid mail client', () => {
  let sendgrid: FakeSendGridApi;
  beforeAll(async () => {
    sendgrid = await new FakeSendGridApi(SENDGRID_KEY).start();
  });
  afterAll(() => sendgrid.close());
  const sender = (key = SENDGRID_KEY) =>
    new SendGridMailSender({ apiKey: key, baseUrl: sendgrid.url, from: 'bot@example.com', timeoutMs: 2_000 });

  it('sends through v3 Mail Send and returns X-Message-Id', async () => {
    expect(await sender().send({ to: 'ana@example.com', subject: 'Your order', text: 'It ships today.' })).toEqual({
      messageId: 'sg-1',
    });
    expect(sendgrid.mails).toEqual([
      { from: 'bot@example.com', to: ['ana@example.com'], subject: 'Your order', text: 'It ships today.' },
    ]);
  });

  it('reports a refused key and other errors without the key', async () => {
    const refused = await failure(sender('SG.wrong-key').send({ to: 'ana@example.com', subject: 's', text: 't' }));
    expect(refused.message).toBe('SendGrid: the API key was refused (401)');
    sendgrid.next({
      kind: 'reply',
      reply: { status: 413, body: JSON.stringify({ errors: [{ field: null, message: 'Payload too large' }] }) },
    });
    expect((await failure(sender().send({ to: 'ana@example.com', subject: 's', text: 't' }))).message).toBe(
      'SendGrid: answered 413: Payload too large',
    );
  });
});

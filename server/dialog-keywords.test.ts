import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { FakeHubSpotApi } from '../test-fixtures/fakes/hubspot-api.js';
import { FakeSendGridApi } from '../test-fixtures/fakes/sendgrid-api.js';
import { FakeStripeApi } from '../test-fixtures/fakes/stripe-api.js';
import { FakeTelegramApi } from '../test-fixtures/fakes/telegram-api.js';
import { FakeTwitterApi } from '../test-fixtures/fakes/twitter-api.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { until } from '../test-fixtures/until.js';
import { writeBotPackage } from '../test-fixtures/packages.js';
import { deployPackage } from './deploy.js';

const BOT_TOKEN = '888:keywords-bot-token';

function dialogPackage(settings: Record<string, string>, dialogs: Record<string, string>): string {
  return writeBotPackage('kw', settings, [], dialogs);
}

describe('dialog keywords that reach outside', () => {
  let gateway: TestGateway;
  let telegram: FakeTelegramApi;
  let api: Server;
  const hits: string[] = [];

  beforeAll(async () => {
    api = createServer((request, response) => {
      let body = '';
      request.on('data', (c: Buffer) => (body += c.toString()));
      request.on('end', () => {
        hits.push(`${request.method} ${request.url} ${body}`.trim());
        response.writeHead(200, { 'content-type': request.method === 'GET' ? 'text/plain' : 'application/json' });
        response.end(request.method === 'GET' ? 'shipped' : JSON.stringify({ saved: true }));
      });
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    const address = api.address();
    const apiUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    telegram = await new FakeTelegramApi(BOT_TOKEN).start();
    gateway = await startTestGateway({ deployDemo: false });
    await deployPackage(
      gateway.runtime,
      dialogPackage(
        {
          'Telegram Bot Token': BOT_TOKEN,
          'Telegram Secret Token': 'kw_secret',
          'Telegram API URL': telegram.url,
          'Dialog HTTP Hosts': '127.0.0.1',
          'Support Hours': '9 to 18',
        },
        {
          'order.bas': [
            'INPUT "Order number?", n',
            `status = GET "${apiUrl}/orders/" + n`,
            'TALK "Order " + n + " is " + status',
            `reply = POST "${apiUrl}/notes", "checked " + n`,
            'IF reply.saved THEN TALK "noted" ELSE TALK "noted anyway"',
            'hours = GET CONFIG "Support Hours"',
            'token = GET CONFIG "Telegram Bot Token"',
            'TALK "Support: " + hours + token',
          ].join('\n'),
          'signup.bas': [
            'TALK "Your e-mail?"',
            'HEAR email AS EMAIL',
            'SAVE "leads", email, "web"',
            'found = FIND "leads", email',
            'TALK LEN(found) + " lead(s) with " + email',
            'TALK TO "telegram:4242", "New lead: " + email',
          ].join('\n'),
          'blocked.bas': 'x = GET "https://example.com/secrets"\nTALK "never"',
          'mail.bas': 'SEND MAIL "a@b.c", "Hi", "Body"\nTALK "never"',
          'crm.bas': 'x = FIND CONTACT "ana"\nTALK "never"',
          'pay.bas': 'PAY 10, "Tea"\nTALK "never"',
          'file.bas': 'SEND FILE "menu.pdf"\nTALK "never"',
          'absent.bas': 'TALK TO "sms:+15550100", "Your order shipped"\nTALK "done"',
        },
      ),
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await telegram?.close();
    await new Promise<void>((resolve) => api.close(() => resolve()));
  });

  const conversation = async () => {
    const client = await new DirectLineTestClient(gateway.url, 'kw').start();
    return async (text: string) => {
      const { id } = (await (await client.post(text)).json()) as { id: string };
      return (await client.settledRepliesTo(id)).map((a) => a.text);
    };
  };

  it('calls allowed HTTP hosts with GET and POST, and reads settings but never secrets', async () => {
    const say = await conversation();
    expect(await say('order')).toEqual(['Order number?']);
    expect(await say('42')).toEqual(['Order 42 is shipped', 'noted', 'Support: 9 to 18']);
    expect(hits).toEqual(['GET /orders/42', 'POST /notes checked 42']);
  });

  it('keeps rows with SAVE and FIND, and messages someone on another channel with TALK TO', async () => {
    const say = await conversation();
    expect(await say('signup')).toEqual(['Your e-mail?']);
    expect(await say('ana@example.com')).toEqual(['1 lead(s) with ana@example.com']);
    await until(
      () => telegram.calls.filter((c) => c.payload.chat_id === 4242),
      (c) => c.length > 0,
    );
    expect(telegram.calls.find((c) => c.payload.chat_id === 4242)?.payload.text).toBe('New lead: ana@example.com');
  });

  it('refuses a host that is not allowed, and says clearly when an integration is not configured', async () => {
    const say = await conversation();
    expect(await say('blocked')).toEqual([
      'GET example.com: this bot may not reach that host (add it to "Dialog HTTP Hosts").',
    ]);
    expect(await say('mail')).toEqual([
      'SEND MAIL needs the mail (set "SendGrid Key", or "SMTP Host", with "Mail From") integration, which is not configured for this bot.',
    ]);
    expect(await say('crm')).toEqual([
      'FIND CONTACT needs the CRM (set "HubSpot Token") integration, which is not configured for this bot.',
    ]);
    expect(await say('pay')).toEqual([
      'PAY needs the payments (set "Stripe Key" and "Payment Success URL") integration, which is not configured for this bot.',
    ]);
    expect(await say('file')).toEqual([
      'SEND FILE needs the file storage (set "Files URL", or give the file as an http(s) URL) integration, which is not configured for this bot.',
    ]);
    expect(await say('hello')).toEqual(["Sorry, I don't know the answer to that yet."]);
  });

  it('does not queue a message to a channel the instance does not have, and logs why', async () => {
    const say = await conversation();
    expect(await say('absent')).toEqual(['done']);
    const logged = gateway.logLines.find((line) => line.includes('the instance has no sms channel'));
    expect(logged).toContain('Your order shipped');
    expect(await gateway.runtime.broker.depth('outbound.sms')).toBe(0);
  });
});

describe('dialog keywords with their integrations (HubSpot, Stripe, X, SendGrid, files, hand-off)', () => {
  const secrets = {
    hubspot: 'pat-na1-biz-hubspot-token',
    stripe: 'sk_test_biz-stripe-key',
    twitter: 'biz-twitter-user-token',
    sendgrid: 'SG.biz-sendgrid-key',
  };
  let gateway: TestGateway;
  let telegram: FakeTelegramApi;
  let hubspot: FakeHubSpotApi;
  let stripe: FakeStripeApi;
  let twitter: FakeTwitterApi;
  let sendgrid: FakeSendGridApi;

  beforeAll(async () => {
    telegram = await new FakeTelegramApi(BOT_TOKEN).start();
    hubspot = await new FakeHubSpotApi(secrets.hubspot).start();
    hubspot
      .addTask('Call Ana back', 'NOT_STARTED', '2026-11-25T10:00:00Z')
      .addTask('Old task', 'COMPLETED', '2026-11-01T10:00:00Z');
    stripe = await new FakeStripeApi(secrets.stripe).start();
    twitter = await new FakeTwitterApi(secrets.twitter).start();
    sendgrid = await new FakeSendGridApi(secrets.sendgrid).start();
    gateway = await startTestGateway({ deployDemo: false });
    await deployPackage(
      gateway.runtime,
      dialogPackage(
        {
          'Telegram Bot Token': BOT_TOKEN,
          'Telegram Secret Token': 'kw_secret',
          'Telegram API URL': telegram.url,
          'Human Agents': 'telegram:4242',
          'HubSpot Token': secrets.hubspot,
          'HubSpot URL': hubspot.url,
          'Stripe Key': secrets.stripe,
          'Stripe URL': stripe.url,
          'Payment Currency': 'brl',
          'Payment Success URL': 'https://shop.example/thanks',
          'Twitter Token': secrets.twitter,
          'Twitter URL': twitter.url,
          'SendGrid Key': secrets.sendgrid,
          'SendGrid URL': sendgrid.url,
          'Mail From': 'bot@example.com',
          'Files URL': 'https://files.example/bot/',
        },
        {
          'lead.bas': [
            'TALK "Your name?"',
            'HEAR name AS NAME',
            'TALK "Your e-mail?"',
            'HEAR email AS EMAIL',
            'id = CREATE LEAD name, email',
            'found = FIND CONTACT email',
            'FOR EACH c IN found',
            '  TALK "In the CRM: " + c.name + " <" + c.email + ">"',
            'NEXT',
            'deal = CREATE DEAL "Website: " + name, 250, "", id',
            'tasks = ACTIVE TASKS',
            'FOR EACH t IN tasks',
            '  TALK "Open task: " + t.subject',
            'NEXT',
            'TALK "Deal " + deal + " for lead " + id',
          ].join('\n'),
          'pay.bas': 'PAY 49.90, "Order 42"\ntip = PAY 5, "Tip"\nTALK "A tip, if you like: " + tip',
          'news.bas':
            'id = TWEET "We open at 9 tomorrow."\nTALK "Posted " + id\nSEND MAIL "ana@example.com", "News", "We open at 9 tomorrow."\nTALK "Mailed"',
          'files.bas':
            'SEND FILE "menus/today.pdf", "Today\'s menu"\nSEND FILE "https://cdn.example/logo.png"\nSEND TEMPLATE TO "telegram:4242", "order_ready", "en_US", "42"\nTALK "Sent"',
          'prefs.bas':
            'c = GET PARAM color\nIF LEN(c) = 0 THEN\n  TALK "Favourite color?"\n  HEAR c\n  SET PARAM color AS c\n  TALK "I will remember " + c\nELSE\n  TALK "Still " + c + "? " + FORMAT(1234.5, "#,##0.00")\nEND IF',
          'upload.bas':
            'TALK "Send the invoice"\nHEAR doc AS FILE\nTALK "Got " + doc.name + " (" + doc.mimeType + ") at " + doc.url',
          'agent.bas': 'TALK "Let me find someone"\nTRANSFER "Please hold on."\nTALK "never"',
        },
      ),
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([telegram, hubspot, stripe, twitter, sendgrid].map((fake) => fake?.close()));
  });

  const conversation = async () => {
    const client = await new DirectLineTestClient(gateway.url, 'kw').start();
    const replies = async (response: Response) => {
      const { id } = (await response.json()) as { id: string };
      return client.settledRepliesTo(id);
    };
    return {
      client,
      say: async (text: string) => (await replies(await client.post(text))).map((a) => a.text),
      replies,
    };
  };

  it('CREATE LEAD, FIND CONTACT, CREATE DEAL and ACTIVE TASKS work against HubSpot', async () => {
    const { say } = await conversation();
    expect(await say('lead')).toEqual(['Your name?']);
    expect(await say('Ana Souza')).toEqual(['Your e-mail?']);
    const said = await say('ana@example.com');
    const lead = hubspot.contacts.find((c) => c.properties.email === 'ana@example.com')!;
    const deal = hubspot.deals[0]!;
    expect(said).toEqual([
      'In the CRM: Ana Souza <ana@example.com>',
      'Open task: Call Ana back',
      `Deal ${deal.id} for lead ${lead.id}`,
    ]);
    expect(lead.properties).toMatchObject({ firstname: 'Ana', lastname: 'Souza', lifecyclestage: 'lead' });
    expect(deal.properties).toMatchObject({ dealname: 'Website: Ana Souza', amount: '250' });
    expect(deal.associations).toEqual([
      { to: { id: lead.id }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 3 }] },
    ]);
  });

  it('PAY shows a Stripe checkout link, or gives it to the script', async () => {
    const { say } = await conversation();
    expect(await say('pay')).toEqual([
      'To pay, open https://checkout.stripe.test/c/pay/cs_test_1',
      'A tip, if you like: https://checkout.stripe.test/c/pay/cs_test_2',
    ]);
    expect(stripe.sessions.map((s) => [s.amount, s.currency, s.name])).toEqual([
      [4990, 'brl', 'Order 42'],
      [500, 'brl', 'Tip'],
    ]);
    expect(new Set(stripe.requests.map((r) => r.headers['idempotency-key'])).size).toBe(2);
  });

  it('TWEET posts on X and SEND MAIL goes through SendGrid when it has a key', async () => {
    const { say } = await conversation();
    expect(await say('news')).toEqual([`Posted ${twitter.posts[0]?.id}`, 'Mailed']);
    expect(twitter.posts.map((p) => p.text)).toEqual(['We open at 9 tomorrow.']);
    expect(sendgrid.mails).toEqual([
      { from: 'bot@example.com', to: ['ana@example.com'], subject: 'News', text: 'We open at 9 tomorrow.' },
    ]);
    // A second post of the same text is refused by X: the dialog says so and ends.
    expect(await say('news')).toEqual([
      'TWEET failed: X: the access token was refused (403: You are not allowed to create a Tweet with duplicate content.).',
    ]);
  });

  it('SEND FILE sends files by URL or under "Files URL", and SEND TEMPLATE TO reaches another channel', async () => {
    const { replies, client } = await conversation();
    const sent = await replies(await client.post('files'));
    expect(sent.map((a) => [a.text, a.attachments])).toEqual([
      [
        "Today's menu",
        [
          {
            contentType: 'application/pdf',
            contentUrl: 'https://files.example/bot/menus/today.pdf',
            name: 'today.pdf',
          },
        ],
      ],
      [undefined, [{ contentType: 'image/png', contentUrl: 'https://cdn.example/logo.png', name: 'logo.png' }]],
      ['Sent', undefined],
    ]);
    await until(
      () => telegram.calls.filter((c) => c.payload.chat_id === 4242 && c.payload.text === 'order_ready 42'),
      (c) => c.length > 0,
    );
  });

  it('SET PARAM remembers something about the person for later dialogs; HEAR AS FILE takes an upload', async () => {
    const { say, replies, client } = await conversation();
    expect(await say('prefs')).toEqual(['Favourite color?']);
    expect(await say('green')).toEqual(['I will remember green']);
    expect(await say('prefs')).toEqual(['Still green? 1,234.50']);

    expect(await say('upload')).toEqual(['Send the invoice']);
    expect(await say('not a file')).toEqual(['Sorry, please send a file.']);
    const got = await replies(
      await client.postFile('application/pdf', 'https://uploads.example/inv-7.pdf', 'inv-7.pdf'),
    );
    expect(got.map((a) => a.text)).toEqual(['Got inv-7.pdf (application/pdf) at https://uploads.example/inv-7.pdf']);
  });

  it('TRANSFER hands the conversation to a person and ends the dialog', async () => {
    const { client } = await conversation();
    const { id } = (await (await client.post('agent')).json()) as { id: string };
    await until(
      async () => (await client.activities()).activities.filter((a) => a.replyToId === id),
      (r) => r.length >= 3,
    );
    expect((await client.activities()).activities.filter((a) => a.replyToId === id).map((a) => a.text)).toEqual([
      'Let me find someone',
      'Please hold on.',
      'Connecting you to a person. Say "quit" to come back to the bot.',
    ]);
    await until(
      () =>
        telegram.calls.filter((c) => c.payload.chat_id === 4242 && String(c.payload.text).includes('wants to talk')),
      (c) => c.length > 0,
    );
    // From now on the person answers: what the user says goes to the agent, not to the dialog.
    await client.post('my order is late');
    await until(
      () =>
        telegram.calls.filter(
          (c) => c.payload.chat_id === 4242 && String(c.payload.text).endsWith(': my order is late'),
        ),
      (c) => c.length > 0,
    );
  });

  it('never logs the integrations keys', () => {
    const logs = gateway.logLines.join('\n');
    for (const secret of Object.values(secrets)) expect(logs).not.toContain(secret);
  });
});

describe('scheduled dialogs', () => {
  it('run each due slot once across routers, and reach people with TALK TO', async () => {
    const { createRouter } = await import('./roles.js');
    const telegram = await new FakeTelegramApi(BOT_TOKEN).start();
    const gateway = await startTestGateway({ deployDemo: false });
    try {
      await deployPackage(
        gateway.runtime,
        dialogPackage(
          { 'Telegram Bot Token': BOT_TOKEN, 'Telegram Secret Token': 'kw_secret', 'Telegram API URL': telegram.url },
          {
            'report.bas':
              'SET SCHEDULE "0 8 * * *"\nrows = FIND "sales"\nTALK TO "telegram:4242", "Good morning: " + LEN(rows) + " sales"\nTALK "sent"',
          },
        ),
      );
      await expect(
        deployPackage(gateway.runtime, dialogPackage({}, { 'bad.bas': 'SET SCHEDULE "every day"\nTALK "x"' })),
      ).rejects.toThrow(/bad.bas:1:1: SET SCHEDULE "every day"/);
      const nodeA = createRouter(gateway.runtime);
      const nodeB = createRouter(gateway.runtime);
      const tomorrow = new Date();
      tomorrow.setDate(tomorrow.getDate() + 1);
      tomorrow.setHours(8, 0, 30, 0);
      const runs = await Promise.all([
        nodeA.runDueSchedules(tomorrow.getTime()),
        nodeB.runDueSchedules(tomorrow.getTime()),
      ]);
      expect(runs.sort()).toEqual([0, 1]);
      expect(await nodeA.runDueSchedules(tomorrow.getTime() + 60_000)).toBe(0);
      await until(
        () => telegram.calls.filter((c) => c.payload.chat_id === 4242),
        (c) => c.length > 0,
      );
      expect(telegram.calls.filter((c) => c.payload.chat_id === 4242).map((c) => c.payload.text)).toEqual([
        'Good morning: 0 sales',
      ]);
    } finally {
      await gateway.stop();
      await telegram.close();
    }
  });
});

describe('SEND MAIL through SMTP', () => {
  it('sends with the instance SMTP settings, and says so when the server refuses', async () => {
    const { FakeSmtpServer } = await import('../test-fixtures/fakes/smtp.js');
    const smtp = await new FakeSmtpServer({ user: 'bot', password: 'smtp-password-for-tests' }).start();
    const gateway = await startTestGateway({ deployDemo: false });
    try {
      const mailer = (password: string) =>
        dialogPackage(
          {
            'SMTP Host': '127.0.0.1',
            'SMTP Port': String(smtp.port),
            'SMTP User': 'bot',
            'SMTP Password': password,
            'Mail From': 'bot@example.com',
          },
          {
            'mail.bas':
              'TALK "To?"\nHEAR email AS EMAIL\nid = SEND MAIL email, "Your order", "It ships today."\nTALK "sent"',
          },
        );
      await deployPackage(gateway.runtime, mailer('smtp-password-for-tests'));
      const client = await new DirectLineTestClient(gateway.url, 'kw').start();
      const say = async (text: string) => {
        const { id } = (await (await client.post(text)).json()) as { id: string };
        return (await client.settledRepliesTo(id).catch(() => [])).map((a) => a.text);
      };
      expect(await say('mail')).toEqual(['To?']);
      expect(await say('ana@example.com')).toEqual(['sent']);
      expect(smtp.mails).toHaveLength(1);
      expect(smtp.mails[0]).toMatchObject({ from: 'bot@example.com', to: ['ana@example.com'], user: 'bot' });
      expect(smtp.mails[0]!.raw).toMatch(/Subject: Your order/);
      expect(smtp.mails[0]!.raw).toMatch(/It ships today\./);

      await deployPackage(gateway.runtime, mailer('wrong-password'));
      await new Promise((r) => setTimeout(r, 2_100));
      expect(await say('mail')).toEqual(['To?']);
      expect((await say('ana@example.com'))[0]).toMatch(/^SEND MAIL failed: .*Invalid (login|username or password)/);
      expect(gateway.logLines.join('\n')).not.toMatch(/smtp-password-for-tests|wrong-password/);
    } finally {
      await gateway.stop();
      await smtp.close();
    }
  }, 60_000);
});

describe('WAIT inside a conversation', () => {
  it('carries on by itself when the time comes', async () => {
    const gateway = await startTestGateway({ deployDemo: false });
    try {
      await deployPackage(
        gateway.runtime,
        dialogPackage({}, { 'waiter.bas': 'TALK "one"\nWAIT 1\nTALK "two"\nHEAR x\nTALK "got " + x' }),
      );
      const client = await new DirectLineTestClient(gateway.url, 'kw').start();
      const started = Date.now();
      const { id } = (await (await client.post('waiter')).json()) as { id: string };
      expect((await client.repliesTo(id)).map((a) => a.text)).toEqual(['one']);
      const bot = async () =>
        (await client.activities()).activities.filter((a) => a.from.role === 'bot').map((a) => a.text);
      await until(bot, (texts) => texts.includes('two'));
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
      const answer = (await (await client.post('hello')).json()) as { id: string };
      expect((await client.repliesTo(answer.id)).map((a) => a.text)).toEqual(['got hello']);
    } finally {
      await gateway.stop();
    }
  });
});

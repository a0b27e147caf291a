import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { FakeTelegramApi } from '../test-fixtures/fakes/telegram-api.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { until } from '../test-fixtures/until.js';
import { deployPackage } from './deploy.js';

const BOT_TOKEN = '888:keywords-bot-token';

function dialogPackage(settings: Record<string, string>, dialogs: Record<string, string>): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'gb-kw-')), 'kw.gbai');
  mkdirSync(join(folder, 'kw.gbot'), { recursive: true });
  mkdirSync(join(folder, 'kw.gbdialog'), { recursive: true });
  writeFileSync(join(folder, 'kw.gbot', 'config.csv'), ['name,value', ...Object.entries(settings).map(([k, v]) => `${k},${v}`)].join('\n'));
  for (const [name, source] of Object.entries(dialogs)) writeFileSync(join(folder, 'kw.gbdialog', name), source);
  return folder;
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
        { 'Telegram Bot Token': BOT_TOKEN, 'Telegram Secret Token': 'kw_secret', 'Telegram API URL': telegram.url, 'Dialog HTTP Hosts': '127.0.0.1', 'Support Hours': '9 to 18' },
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
          'signup.bas': ['TALK "Your e-mail?"', 'HEAR email AS EMAIL', 'SAVE "leads", email, "web"', 'found = FIND "leads", email', 'TALK LEN(found) + " lead(s) with " + email', 'TALK TO "telegram:4242", "New lead: " + email'].join('\n'),
          'blocked.bas': 'x = GET "https://example.com/secrets"\nTALK "never"',
          'mail.bas': 'SEND MAIL "a@b.c", "Hi", "Body"\nTALK "never"',
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
      await new Promise((r) => setTimeout(r, 150));
      return (await client.repliesTo(id)).map((a) => a.text);
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
    await until(() => telegram.calls.filter((c) => c.payload.chat_id === 4242), (c) => c.length > 0);
    expect(telegram.calls.find((c) => c.payload.chat_id === 4242)?.payload.text).toBe('New lead: ana@example.com');
  });

  it('refuses a host that is not allowed, and says clearly when an integration is not configured', async () => {
    const say = await conversation();
    expect(await say('blocked')).toEqual(['GET example.com: this bot may not reach that host (add it to "Dialog HTTP Hosts").']);
    expect(await say('mail')).toEqual(['SEND MAIL needs the mail (SMTP: set "SMTP Host" and "Mail From") integration, which is not configured for this bot.']);
    expect(await say('hello')).toEqual(["Sorry, I don't know the answer to that yet."]);
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
          { 'report.bas': 'SET SCHEDULE "0 8 * * *"\nrows = FIND "sales"\nTALK TO "telegram:4242", "Good morning: " + LEN(rows) + " sales"\nTALK "sent"' },
        ),
      );
      await expect(deployPackage(gateway.runtime, dialogPackage({}, { 'bad.bas': 'SET SCHEDULE "every day"\nTALK "x"' }))).rejects.toThrow(/bad.bas:1:1: SET SCHEDULE "every day"/);
      const nodeA = createRouter(gateway.runtime);
      const nodeB = createRouter(gateway.runtime);
      const tomorrow = new Date();
      tomorrow.setDate(tomorrow.getDate() + 1);
      tomorrow.setHours(8, 0, 30, 0);
      const runs = await Promise.all([nodeA.runDueSchedules(tomorrow.getTime()), nodeB.runDueSchedules(tomorrow.getTime())]);
      expect(runs.sort()).toEqual([0, 1]);
      expect(await nodeA.runDueSchedules(tomorrow.getTime() + 60_000)).toBe(0);
      await until(() => telegram.calls.filter((c) => c.payload.chat_id === 4242), (c) => c.length > 0);
      expect(telegram.calls.filter((c) => c.payload.chat_id === 4242).map((c) => c.payload.text)).toEqual(['Good morning: 0 sales']);
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
          { 'SMTP Host': '127.0.0.1', 'SMTP Port': String(smtp.port), 'SMTP User': 'bot', 'SMTP Password': password, 'Mail From': 'bot@example.com' },
          { 'mail.bas': 'TALK "To?"\nHEAR email AS EMAIL\nid = SEND MAIL email, "Your order", "It ships today."\nTALK "sent"' },
        );
      await deployPackage(gateway.runtime, mailer('smtp-password-for-tests'));
      const client = await new DirectLineTestClient(gateway.url, 'kw').start();
      const say = async (text: string) => {
        const { id } = (await (await client.post(text)).json()) as { id: string };
        await new Promise((r) => setTimeout(r, 150));
        return (await client.repliesTo(id).catch(() => [])).map((a) => a.text);
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
      await deployPackage(gateway.runtime, dialogPackage({}, { 'waiter.bas': 'TALK "one"\nWAIT 1\nTALK "two"\nHEAR x\nTALK "got " + x' }));
      const client = await new DirectLineTestClient(gateway.url, 'kw').start();
      const started = Date.now();
      const { id } = (await (await client.post('waiter')).json()) as { id: string };
      expect((await client.repliesTo(id)).map((a) => a.text)).toEqual(['one']);
      const bot = async () => (await client.activities()).activities.filter((a) => a.from.role === 'bot').map((a) => a.text);
      await until(bot, (texts) => texts.includes('two'));
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
      const answer = (await (await client.post('hello')).json()) as { id: string };
      expect((await client.repliesTo(answer.id)).map((a) => a.text)).toEqual(['got hello']);
    } finally {
      await gateway.stop();
    }
  });
});

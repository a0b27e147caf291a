import { readFileSync } from 'node:fs';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DovecotServer, dovecotMissing } from '../test-fixtures/dovecot.js';
import { eventWebhookKeys, inboundParseBody, signEvents } from '../test-fixtures/email/sendgrid.js';
import { FakeSendGridApi } from '../test-fixtures/fakes/sendgrid-api.js';
import { FakeSmtpServer } from '../test-fixtures/fakes/smtp.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { demoPackage } from '../test-fixtures/packages.js';
import { until } from '../test-fixtures/until.js';
import { deployPackage } from './deploy.js';
import { startInboundSources } from './inbound-sources.js';

const BOT = 'bot@example.test';
const IMAP_PASSWORD = 'imap-password-for-tests';
const SMTP = { user: 'mailbot', password: 'smtp-password-for-tests' };

const mail = (fields: {
  from: string;
  subject: string;
  id: string;
  body: string;
  inReplyTo?: string;
  references?: string[];
  extra?: string[];
}) =>
  [
    `From: ${fields.from}`,
    `To: Acme <${BOT}>`,
    `Subject: ${fields.subject}`,
    `Message-ID: ${fields.id}`,
    'Date: Wed, 2 Dec 2026 09:00:00 +0000',
    ...(fields.inReplyTo ? [`In-Reply-To: ${fields.inReplyTo}`] : []),
    ...(fields.references ? [`References: ${fields.references.join(' ')}`] : []),
    ...(fields.extra ?? []),
    'Content-Type: text/plain; charset=utf-8',
    '',
    fields.body,
    '',
  ].join('\r\n');

const skipImap = dovecotMissing();

describe.skipIf(skipImap !== undefined)('the demo bot answering mail over IMAP and SMTP', () => {
  let dovecot: DovecotServer;
  let smtp: FakeSmtpServer;
  let gateway: TestGateway;
  let instanceId: string;
  const dataDir = () => gateway.dataDir;
  const start = async (env: Record<string, string> = {}) => {
    gateway = await startTestGateway({ deployDemo: false, env });
  };
  const repliesTo = async (address: string, count: number, timeoutMs = 20_000): Promise<ParsedMail[]> => {
    const raw = await until(
      () => smtp.mails.filter((m) => m.to.includes(address)),
      (m) => m.length >= count,
      timeoutMs,
    );
    return Promise.all(raw.map((m) => simpleParser(m.raw)));
  };

  beforeAll(async () => {
    dovecot = await new DovecotServer([{ user: BOT, password: IMAP_PASSWORD }]).start();
    smtp = await new FakeSmtpServer(SMTP).start();
    await start();
    // Only config.csv settings: the demo bot as shipped, plus where its mailbox and mail server are.
    const folder = demoPackage('mailbot', {
      'Mail From': `Acme Support <${BOT}>`,
      'IMAP Host': '127.0.0.1',
      'IMAP Port': String(dovecot.port),
      'IMAP Security': 'none',
      'IMAP Password': IMAP_PASSWORD,
      'SMTP Host': '127.0.0.1',
      'SMTP Port': String(smtp.port),
      'SMTP Security': 'none',
      'SMTP User': SMTP.user,
      'SMTP Password': SMTP.password,
    });
    instanceId = (await deployPackage(gateway.runtime, folder)).instance.id;
  }, 60_000);
  afterAll(async () => {
    await gateway?.stop();
    await smtp?.close();
    await dovecot?.stop();
  });

  it('answers a mail once, threaded, and the reply to that reply continues the dialog', async () => {
    await dovecot.deliver(
      BOT,
      mail({
        from: 'Jane Doe <jane@example.org>',
        subject: 'Contact',
        id: '<q1@example.org>',
        body: 'Can someone call me?',
      }),
    );
    const [first] = await repliesTo('jane@example.org', 1);
    expect(first!.text?.trim()).toBe('Happy to put you in touch. What is your full name?');
    expect(first!.subject).toBe('Re: Contact');
    expect(first!.inReplyTo).toBe('<q1@example.org>');
    expect(first!.headers.get('auto-submitted')).toBe('auto-replied');
    expect(first!.from?.value[0]).toEqual({ address: BOT, name: 'Acme Support' });

    // Jane answers from her mail program: the quote of the bot's mail comes along and is dropped.
    await dovecot.deliver(
      BOT,
      mail({
        from: 'Jane Doe <jane@example.org>',
        subject: 'Re: Contact',
        id: '<q2@example.org>',
        inReplyTo: first!.messageId!,
        references: ['<q1@example.org>', first!.messageId!],
        body: `Ana Lima\r\n\r\nOn Wed, Dec 2, 2026 at 9:00 AM Acme Support <${BOT}> wrote:\r\n> Happy to put you in touch. What is your full name?`,
      }),
    );
    const [, second] = await repliesTo('jane@example.org', 2);
    expect(second!.text?.trim()).toBe('Thanks, Ana Lima. What is your e-mail?');
    expect(second!.inReplyTo).toBe('<q2@example.org>');
    expect(second!.references).toEqual(['<q1@example.org>', first!.messageId!, '<q2@example.org>']);
    // One conversation: the thread of the first mail.
    const threadOf = (id: string) => /^<gb\.t([0-9a-f]{16})\./.exec(id)?.[1];
    expect(threadOf(second!.messageId!)).toBe(threadOf(first!.messageId!));
  }, 60_000);

  it('answers no auto-reply, list mail or bounce, and a bounce fails the mail it reports', async () => {
    const [bounced] = await repliesTo('jane@example.org', 1);
    await dovecot.deliver(BOT, readFileSync(new URL('../test-fixtures/email/out-of-office.eml', import.meta.url)));
    await dovecot.deliver(BOT, readFileSync(new URL('../test-fixtures/email/newsletter.eml', import.meta.url)));
    const dsn = readFileSync(new URL('../test-fixtures/email/bounce-dsn.eml', import.meta.url), 'utf8').replace(
      '<gb.t0123456789abcdef.m_bounced@example.com>',
      bounced!.messageId!,
    );
    await dovecot.deliver(BOT, dsn);
    const failed = await until(
      () =>
        gateway.runtime.store.db
          .selectFrom('messages')
          .select(['status', 'error'])
          .where('instance_id', '=', instanceId)
          .where('provider_message_id', '=', bounced!.messageId!)
          .executeTakeFirst(),
      (row) => row?.status === 'failed',
    );
    expect(failed!.error).toContain('550 5.1.1');
    // Nothing was sent to the robots.
    expect(smtp.mails.filter((m) => !m.to.includes('jane@example.org'))).toEqual([]);
  }, 60_000);

  it('answers a mail once when it is read again after a crash and delivered twice', async () => {
    const question = mail({
      from: 'Rui <rui@example.org>',
      subject: 'What is it?',
      id: '<twice@example.org>',
      body: 'What is General Bots Gateway?',
    });
    await dovecot.deliver(BOT, question);
    await repliesTo('rui@example.org', 1);

    // A crash after the broker had the mail and before the checkpoint moved: the checkpoint goes
    // back, the mail is unread again, and the mail server delivers a second copy.
    await gateway.stop();
    const client = await dovecot.client(BOT);
    try {
      await client.mailboxOpen('INBOX');
      const uids = await client.search({ header: { 'message-id': '<twice@example.org>' } }, { uid: true });
      expect(uids).toHaveLength(1);
      await client.messageFlagsRemove(String((uids || [])[0]), ['\\Seen'], { uid: true });
    } finally {
      await client.logout();
    }
    await dovecot.deliver(BOT, question);
    await start({ GB_DATA_DIR: dataDir() });
    const checkpoints = await gateway.runtime.store.db.selectFrom('source_checkpoints').selectAll().execute();
    expect(checkpoints).toHaveLength(1);
    const [uidValidity] = checkpoints[0]!.value.split(':');
    await gateway.runtime.store.sources.saveCheckpoint(checkpoints[0]!.name, `${uidValidity}:0`);

    // Both copies pass the router, which drops them by Message-ID (every mail in the box is read
    // again here, so the earlier ones are duplicates too).
    const duplicates = async () =>
      (await gateway.runtime.metrics.routerDecisions.get()).values.find((v) => v.labels.decision === 'duplicate')
        ?.value ?? 0;
    await until(duplicates, (n) => n >= 2, 30_000);
    const unseen = async () => {
      const c = await dovecot.client(BOT);
      try {
        await c.mailboxOpen('INBOX');
        return (await c.search({ seen: false }, { uid: true })) || [];
      } finally {
        await c.logout();
      }
    };
    await until(unseen, (uids) => uids.length === 0, 30_000);
    expect(smtp.mails.filter((m) => m.to.includes('rui@example.org'))).toHaveLength(1);
  }, 90_000);

  it('reads a mailbox from one node only: a second node waits for the lease', async () => {
    // A second ingress node on the same database (its own owner id), as in a deployment of several.
    const second = startInboundSources(gateway.runtime, { scanMs: 200, leaseMs: 3_000 });
    try {
      const reading = () => gateway.logLines.filter((l) => l.includes('"msg":"reading a source"')).length;
      const before = reading();
      await new Promise((r) => setTimeout(r, 1_500));
      await dovecot.deliver(
        BOT,
        mail({
          from: 'Eva <eva@example.org>',
          subject: 'Hi',
          id: '<one-node@example.org>',
          body: 'Can someone call me?',
        }),
      );
      await repliesTo('eva@example.org', 1);
      expect(reading()).toBe(before);
      expect(smtp.mails.filter((m) => m.to.includes('eva@example.org'))).toHaveLength(1);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('marks the channel unhealthy when the IMAP server refuses the login, and says why', async () => {
    const folder = demoPackage('lockedout', {
      'Mail From': `Other <${BOT}>`,
      'IMAP Host': '127.0.0.1',
      'IMAP Port': String(dovecot.port),
      'IMAP Security': 'none',
      'IMAP Password': 'not-the-password',
      'SMTP Host': '127.0.0.1',
      'SMTP Port': String(smtp.port),
      'SMTP Security': 'none',
    });
    const id = (await deployPackage(gateway.runtime, folder)).instance.id;
    const channel = await until(
      () => gateway.runtime.store.instances.channel(id, 'email'),
      (c) => c?.healthy === false,
      30_000,
    );
    expect(channel!.healthReason).toContain(`the IMAP server refused the login of ${BOT}`);
    expect(gateway.logLines.join('\n')).not.toContain('not-the-password');
  }, 60_000);
});

describe('mail through SendGrid: Inbound Parse in, v3 Mail Send out, Event Webhook statuses', () => {
  let sendgrid: FakeSendGridApi;
  let gateway: TestGateway;
  let instanceId: string;
  const keys = eventWebhookKeys();
  const SECRET = 'inbound-parse-secret-0123456789';

  beforeAll(async () => {
    sendgrid = await new FakeSendGridApi('SG.test-key').start();
    gateway = await startTestGateway({ deployDemo: false });
    const folder = demoPackage('parsebot', {
      'Email Provider': 'sendgrid',
      'Mail From': `Acme Support <${BOT}>`,
      'SendGrid Inbound Secret': SECRET,
      'SendGrid Key': 'SG.test-key',
      'SendGrid URL': sendgrid.url,
      'SendGrid Event Key': keys.publicKeyBase64,
    });
    instanceId = (await deployPackage(gateway.runtime, folder)).instance.id;
  });
  afterAll(async () => {
    await gateway?.stop();
    await sendgrid?.close();
  });

  const parse = (secret: string, id: string, text: string) => {
    const form = inboundParseBody({
      fields: {
        headers: `Message-ID: ${id}\r\nFrom: Lia <lia@example.org>\r\nTo: ${BOT}\r\nSubject: Hello\r\n`,
        envelope: JSON.stringify({ to: [BOT], from: 'lia@example.org' }),
        text,
        charsets: '{"text":"UTF-8"}',
      },
    });
    return fetch(`${gateway.url}/webhooks/parsebot/email?secret=${secret}`, {
      method: 'POST',
      headers: { 'content-type': form.contentType },
      body: form.body,
    });
  };

  it('refuses a post with the wrong secret and answers the right one through the v3 API', async () => {
    const refused = await parse('not-the-secret', '<p0@example.org>', 'What is General Bots Gateway?');
    expect(refused.status).toBe(401);
    const accepted = await parse(SECRET, '<p1@example.org>', 'Can someone call me?');
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ accepted: 1 });
    const [sent] = await until(
      () => sendgrid.mails,
      (m) => m.length > 0,
    );
    expect(sent).toMatchObject({ to: ['lia@example.org'], subject: 'Re: Hello' });
    expect(sent!.text).toBe('Happy to put you in touch. What is your full name?');
    // Only the verified post was taken.
    expect(sendgrid.mails).toHaveLength(1);
  });

  it('applies signed delivery events and refuses forged ones', async () => {
    const out = await until(
      () =>
        gateway.runtime.store.db
          .selectFrom('messages')
          .select(['provider_message_id', 'status'])
          .where('instance_id', '=', instanceId)
          .where('direction', '=', 'out')
          .executeTakeFirst(),
      (row) => typeof row?.provider_message_id === 'string',
    );
    const events = `${JSON.stringify([
      {
        email: 'lia@example.org',
        event: 'delivered',
        sg_event_id: 'ev-1',
        sg_message_id: `${out!.provider_message_id}.filterdrecv-1`,
        timestamp: 1,
      },
    ])}\r\n`;
    const post = (headers: Record<string, string>) =>
      fetch(`${gateway.url}/webhooks/parsebot/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: events,
      });
    expect((await post(signEvents(eventWebhookKeys().privateKey, events))).status).toBe(401);
    expect((await post({})).status).toBe(401);
    expect((await post(signEvents(keys.privateKey, events))).status).toBe(200);
    await until(
      () =>
        gateway.runtime.store.db
          .selectFrom('messages')
          .select('status')
          .where('provider_message_id', '=', out!.provider_message_id!)
          .executeTakeFirst(),
      (row) => row?.status === 'delivered',
    );
  });
});

import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChannelCredentialsRejected,
  PermanentFailure,
  RateLimited,
  RetryLater,
  newId,
  type ChannelRequest,
  type InboundMessage,
  type OutboundMessage,
} from '../../core/index.js';
import { buildAdapter } from '../../test-fixtures/adapters.js';
import { eventWebhookKeys, inboundParseBody, signEvents } from '../../test-fixtures/email/sendgrid.js';
import { FakeSendGridApi } from '../../test-fixtures/fakes/sendgrid-api.js';
import { FakeSmtpServer } from '../../test-fixtures/fakes/smtp.js';
import { silentLogger } from '../../test-fixtures/logger.js';
import { SenderBudget, messagesOfMail, parseEvents, verifyEventSignature, eventKey } from './inbound.js';
import { imapEmail, readMail, sendGridEmail } from './index.js';
import { composeMail } from './outbound.js';
import { replySubject, threadIdOf } from './thread.js';

const fixture = (name: string) => readFileSync(new URL(`../../test-fixtures/email/${name}`, import.meta.url));
const context = () => ({ instanceId: 'i1', budget: new SenderBudget(20), logger: silentLogger, now: 1_000 });
const messagesOf = async (name: string) => messagesOfMail(await readMail(fixture(name)), context());

describe('what a mail becomes', () => {
  it('keeps only what a Gmail reply adds, in the thread of the mail it answers', async () => {
    const [message] = await messagesOf('gmail-reply.eml');
    expect(message).toMatchObject({
      kind: 'text',
      text: 'What are your opening hours on Saturday?',
      channel: 'email',
      from: { id: 'jane.doe@gmail.example', name: 'Jane Doe' },
      channelMessageId: '<CAJ7t+kq3=Gx8pQ@mail.gmail.com>',
      // The thread id comes from the bot's own Message-ID it answers.
      conversationKey: 'jane.doe@gmail.example 0123456789abcdef',
      replyToChannelMessageId: '<gb.t0123456789abcdef.m_first@example.com>',
    });
    expect(JSON.parse((message as { replyAddress: string }).replyAddress)).toEqual({
      subject: 'Re: Acme Support',
      references: ['<gb.t0123456789abcdef.m_first@example.com>', '<CAJ7t+kq3=Gx8pQ@mail.gmail.com>'],
    });
  });

  it('reads an Outlook reply in Windows-1252 and drops its quoted block', async () => {
    const [message] = await messagesOf('outlook-reply.eml');
    expect(message).toMatchObject({
      kind: 'text',
      text: '2 – a opção do meio, por favor',
      from: { id: 'jose@outlook.example', name: 'José Gonçalves' },
      conversationKey: 'jose@outlook.example fedcba9876543210',
    });
  });

  it('drops the "Sent from my iPhone" line and the quote of an Apple Mail reply', async () => {
    const [message] = await messagesOf('apple-mail-reply.eml');
    expect(message).toMatchObject({ kind: 'text', text: 'Como faço para cancelar meu plano?' });
  });

  it('reads HTML as text when a mail has no text part, in its own charset', async () => {
    const [message] = await messagesOf('html-only-latin1.eml');
    expect(message).toMatchObject({
      kind: 'text',
      text: 'Olá, como faço para emitir a segunda via da fatura?\n\nObrigado,\nJoão',
      from: { id: 'joao@empresa.example', name: 'João' },
    });
    // A new thread: its id is the hash of the mail's own Message-ID.
    expect((message as InboundMessage).conversationKey).toMatch(/^joao@empresa\.example [0-9a-f]{16}$/);
  });

  it('answers nothing to an out-of-office reply or a newsletter', async () => {
    expect(await messagesOf('out-of-office.eml')).toEqual([]);
    expect(await messagesOf('newsletter.eml')).toEqual([]);
    const noReply = `From: no-reply@service.example\r\nTo: bot@example.com\r\nSubject: Your receipt\r\nMessage-ID: <r1@service.example>\r\n\r\nThanks for your order.\r\n`;
    expect(messagesOfMail(await readMail(noReply), context())).toEqual([]);
  });

  it('turns a bounce of the bot’s own mail into a failed status of that mail, with the server’s reason', async () => {
    const [status] = await messagesOf('bounce-dsn.eml');
    expect(status).toMatchObject({
      kind: 'status',
      status: 'failed',
      providerMessageId: '<gb.t0123456789abcdef.m_bounced@example.com>',
      channelMessageId: '<20261201160000.ABC123@mx.example.com>',
    });
    expect((status as { error: string }).error).toContain('550 5.1.1');
    expect((status as { error: string }).error).toContain('nobody@nowhere.example');
  });

  it('asks the subject when the body is empty, and keeps attachments as metadata only', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 7);
    const mail = [
      'From: Carla <carla@example.org>',
      'To: bot@example.com',
      'Subject: Do you deliver on Sundays?',
      'Message-ID: <att-1@example.org>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '',
      '--b1',
      'Content-Type: application/pdf; name="order.pdf"',
      'Content-Disposition: attachment; filename="order.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      big.toString('base64').replace(/.{76}/g, '$&\r\n'),
      '--b1--',
      '',
    ].join('\r\n');
    const [message] = messagesOfMail(await readMail(mail), context());
    expect(message).toEqual(
      expect.objectContaining({
        kind: 'text',
        text: 'Do you deliver on Sundays?',
        attachments: [{ name: 'order.pdf', mimeType: 'application/pdf', bytes: big.length }],
      }),
    );
    expect(JSON.stringify(message).length).toBeLessThan(2_000);
  });

  it('gives a mail without a Message-ID the same id every time it is read', async () => {
    const mail =
      'From: x@example.org\r\nTo: bot@example.com\r\nSubject: hi\r\nDate: Tue, 1 Dec 2026 10:00:00 +0000\r\n\r\nHello\r\n';
    const first = await readMail(mail);
    expect(first.messageId).toMatch(/^<[0-9a-f]{32}@no-message-id>$/);
    expect((await readMail(mail)).messageId).toBe(first.messageId);
  });

  it('stops answering a sender past the hourly budget, and answers again an hour later', () => {
    const budget = new SenderBudget(3);
    expect([1, 2, 3, 4].map((i) => budget.take('loop@example.org', i))).toEqual([true, true, true, false]);
    expect(budget.take('someone-else@example.org', 5)).toBe(true);
    expect(budget.take('loop@example.org', 3_600_002)).toBe(true);
  });

  it('finds the thread through the bot’s own id even when only In-Reply-To is kept', () => {
    expect(
      threadIdOf({ messageId: '<new@x>', inReplyTo: '<gb.tabcdefabcdefabcd.m_9@example.com>', references: [] }),
    ).toBe('abcdefabcdefabcd');
    const rooted = threadIdOf({ messageId: '<b@x>', inReplyTo: '<a@x>', references: ['<root@x>', '<a@x>'] });
    expect(threadIdOf({ messageId: '<root@x>', inReplyTo: undefined, references: [] })).toBe(rooted);
    expect(replySubject('RE: Res: Fwd: Plans')).toBe('Re: Plans');
  });
});

const outbound = (overrides: Partial<OutboundMessage> & Pick<OutboundMessage, 'kind'>): OutboundMessage =>
  ({
    id: newId(),
    instanceId: 'i1',
    channel: 'email',
    conversationKey: 'jane@example.org 0123456789abcdef',
    to: { id: 'jane@example.org' },
    idempotencyKey: newId(),
    createdAt: 1,
    ...overrides,
  }) as OutboundMessage;

const replyAddress = JSON.stringify({ subject: 'Opening hours', references: ['<q1@example.org>'] });

describe('mail the bot sends', () => {
  it('threads a reply and shows a menu as a numbered list in text and HTML', () => {
    const mail = composeMail(
      outbound({
        kind: 'buttons',
        text: 'Which plan?',
        choices: [
          { id: 'a', title: 'Basic' },
          { id: 'b', title: 'Pro & more' },
        ],
        replyAddress,
      }),
      { from: { address: 'bot@example.com', name: 'Acme' }, title: 'Acme' },
    )!;
    expect(mail.subject).toBe('Re: Opening hours');
    expect(mail.references).toEqual(['<q1@example.org>']);
    expect(mail.autoSubmitted).toBe('auto-replied');
    expect(mail.messageId).toMatch(/^<gb\.t0123456789abcdef\.[^@]+@example\.com>$/);
    expect(mail.text).toBe('Which plan?\n1. Basic\n2. Pro & more\nReply with a number.');
    expect(mail.html).toContain('<ol><li>Basic</li><li>Pro &#38; more</li></ol>');
  });

  it('opens a thread of its own for mail the bot starts', () => {
    const mail = composeMail(
      outbound({ kind: 'text', text: 'Your order shipped.', conversationKey: 'jane@example.org' }),
      {
        from: { address: 'bot@example.com', name: undefined },
        title: 'Acme',
      },
    )!;
    expect(mail).toMatchObject({ subject: 'Acme', references: [], autoSubmitted: 'auto-generated' });
  });

  describe('through SMTP', () => {
    let smtp: FakeSmtpServer;
    // The SMTP pools the adapters share, closed at the end so the server is not kept waiting.
    const shared = imapEmail.shared!();
    const build = (values: Record<string, string | number>, instance = { id: 'i1', name: 'bot', title: 'Bot' }) =>
      buildAdapter(imapEmail, values, instance, shared);
    const settings = () => ({
      'IMAP Host': '127.0.0.1',
      'IMAP Password': 'unused',
      'Mail From': 'Acme Support <bot@example.com>',
      'SMTP Host': '127.0.0.1',
      'SMTP Port': smtp.port,
      'SMTP Security': 'none',
      'SMTP User': 'bot',
      'SMTP Password': 'smtp-password-for-tests',
    });
    beforeAll(async () => {
      smtp = await new FakeSmtpServer({ user: 'bot', password: 'smtp-password-for-tests' }).start();
    });
    afterAll(async () => {
      await imapEmail.closeShared!(shared);
      await smtp.close();
    });

    it('sends text and HTML, threaded, marked as an automatic reply, with the Message-ID as the provider id', async () => {
      const adapter = build(settings());
      const message = outbound({ kind: 'text', text: 'We open at 9.', replyAddress });
      const result = await adapter.send(message, AbortSignal.timeout(10_000));
      const sent = await simpleParser(smtp.mails.at(-1)!.raw);
      expect(result.providerMessageId).toMatch(/^<gb\.t0123456789abcdef\./);
      expect(sent.messageId).toBe(result.providerMessageId);
      expect(sent.inReplyTo).toBe('<q1@example.org>');
      expect(sent.references).toBe('<q1@example.org>');
      expect(sent.headers.get('auto-submitted')).toBe('auto-replied');
      expect(sent.subject).toBe('Re: Opening hours');
      expect(sent.from?.value).toEqual([{ address: 'bot@example.com', name: 'Acme Support' }]);
      expect(sent.text?.trim()).toBe('We open at 9.');
      expect(sent.html).toContain('<p>We open at 9.</p>');
      expect(smtp.mails.at(-1)).toMatchObject({ to: ['jane@example.org'], user: 'bot' });
    });

    it('retries a 4xx, gives up on a 5xx with the server’s words, and reports a refused login', async () => {
      const adapter = build(settings());
      smtp.refuseNext(451, '4.7.1 Greylisted, try again later');
      await expect(adapter.send(outbound({ kind: 'text', text: 'a' }), AbortSignal.timeout(10_000))).rejects.toThrow(
        RetryLater,
      );
      smtp.refuseNext(550, '5.7.1 Message rejected as spam');
      const refused = adapter.send(outbound({ kind: 'text', text: 'b' }), AbortSignal.timeout(10_000));
      await expect(refused).rejects.toThrow(PermanentFailure);
      await expect(refused).rejects.toThrow(/5\.7\.1 Message rejected as spam/);
      const wrong = build(
        { ...settings(), 'SMTP Password': 'wrong-password' },
        {
          id: 'i2',
          name: 'other',
          title: 'Other',
        },
      );
      await expect(wrong.send(outbound({ kind: 'text', text: 'c' }), AbortSignal.timeout(10_000))).rejects.toThrow(
        ChannelCredentialsRejected,
      );
    });

    it('signs with DKIM when the key is configured', async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const adapter = build(
        {
          ...settings(),
          'DKIM Domain': 'example.com',
          'DKIM Selector': 'gb2026',
          'DKIM Private Key': privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
        },
        { id: 'i3', name: 'signed', title: 'Signed' },
      );
      await adapter.send(outbound({ kind: 'text', text: 'Signed.' }), AbortSignal.timeout(10_000));
      const parsed = await simpleParser(smtp.mails.at(-1)!.raw);
      const signature = parsed.headerLines.find((h) => h.key === 'dkim-signature')?.line.replace(/\s+/g, ' ') ?? '';
      expect(signature).toMatch(/\bd=example\.com;/);
      expect(signature).toMatch(/\bs=gb2026;/);
    });
  });

  describe('through SendGrid', () => {
    let sendgrid: FakeSendGridApi;
    const adapter = () =>
      buildAdapter(sendGridEmail, {
        'SendGrid Inbound Secret': 'inbound-secret-for-tests',
        'Mail From': 'Acme Support <bot@example.com>',
        'SendGrid Key': 'SG.key-for-tests',
        'SendGrid URL': sendgrid.url,
      });
    beforeAll(async () => {
      sendgrid = await new FakeSendGridApi('SG.key-for-tests').start();
    });
    afterAll(() => sendgrid.close());

    it('posts the v3 Mail Send body with the threading headers and the outbound id in custom_args', async () => {
      const message = outbound({ kind: 'text', text: 'We open at 9.', replyAddress });
      const result = await adapter().send(message, AbortSignal.timeout(10_000));
      expect(result.providerMessageId).toMatch(/^sg-\d+$/);
      const body = JSON.parse(sendgrid.requests.at(-1)!.body) as Record<string, unknown>;
      expect(body).toMatchObject({
        personalizations: [{ to: [{ email: 'jane@example.org' }], custom_args: { gw_msg_id: message.id } }],
        from: { email: 'bot@example.com', name: 'Acme Support' },
        subject: 'Re: Opening hours',
        content: [
          { type: 'text/plain', value: 'We open at 9.' },
          { type: 'text/html', value: '<p>We open at 9.</p>' },
        ],
        headers: {
          'Auto-Submitted': 'auto-replied',
          'In-Reply-To': '<q1@example.org>',
          References: '<q1@example.org>',
        },
      });
    });

    it('waits until the rate limit resets on a 429, and reports a refused key', async () => {
      const reset = Math.floor(Date.now() / 1000) + 30;
      sendgrid.next({
        kind: 'reply',
        reply: {
          status: 429,
          body: JSON.stringify({ errors: [{ field: null, message: 'too many requests' }] }),
          headers: { 'x-ratelimit-reset': String(reset), 'x-ratelimit-remaining': '0' },
        },
      });
      const limited = await adapter()
        .send(outbound({ kind: 'text', text: 'a' }), AbortSignal.timeout(10_000))
        .catch((err: unknown) => err);
      expect(limited).toBeInstanceOf(RateLimited);
      expect((limited as RateLimited).delayMs).toBeGreaterThan(20_000);
      sendgrid.next({
        kind: 'reply',
        reply: { status: 401, body: JSON.stringify({ errors: [{ message: 'bad key' }] }) },
      });
      await expect(adapter().send(outbound({ kind: 'text', text: 'b' }), AbortSignal.timeout(10_000))).rejects.toThrow(
        ChannelCredentialsRejected,
      );
    });
  });
});

describe('SendGrid webhooks', () => {
  const request = (body: Buffer, headers: Record<string, string>, url = '/webhooks/bot/email'): ChannelRequest => ({
    method: 'POST',
    url,
    headers,
    body,
  });

  it('verifies the Event Webhook against SendGrid’s own test vector, and refuses one byte more', () => {
    const key = eventKey(
      'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE83T4O/n84iotIvIW4mdBgQ/7dAfSmpqIM8kF9mN1flpVKS3GRqe62gw+2fNNRaINXvVpiglSI8eNEc6wEA3F+g==',
    );
    const payload = Buffer.from(
      '[{"email":"hello@world.com","event":"dropped","reason":"Bounced Address","sg_event_id":"ZHJvcC0xMDk5NDkxOS1MUnpYbF9OSFN0T0doUTRrb2ZTbV9BLTA","sg_message_id":"LRzXl_NHStOGhQ4kofSm_A.filterdrecv-p3mdw1-756b745b58-kmzbl-18-5F5FC76C-9.0","smtp-id":"<LRzXl_NHStOGhQ4kofSm_A@ismtpd0039p1iad1.sendgrid.net>","timestamp":1600112492}]\r\n',
    );
    const headers = {
      'x-twilio-email-event-webhook-signature':
        'MEUCIGHQVtGj+Y3LkG9fLcxf3qfI10QysgDWmMOVmxG0u6ZUAiEAyBiXDWzM+uOe5W0JuG+luQAbPIqHh89M15TluLtEZtM=',
      'x-twilio-email-event-webhook-timestamp': '1600112502',
    };
    expect(verifyEventSignature(key, request(payload, headers))).toEqual({ ok: true });
    expect(verifyEventSignature(key, request(Buffer.concat([payload, Buffer.from(' ')]), headers)).ok).toBe(false);
    expect(parseEvents(payload, { instanceId: 'i1', now: 1 })).toEqual([
      expect.objectContaining({
        kind: 'status',
        status: 'failed',
        providerMessageId: 'LRzXl_NHStOGhQ4kofSm_A',
        channelMessageId: 'ZHJvcC0xMDk5NDkxOS1MUnpYbF9OSFN0T0doUTRrb2ZTbV9BLTA',
        error: 'dropped: Bounced Address',
      }),
    ]);
  });

  it('maps delivered, open and deferred, and ignores clicks', () => {
    const events = ['processed', 'deferred', 'delivered', 'open', 'click'].map((event, i) => ({
      email: 'a@example.org',
      event,
      sg_event_id: `e${i}`,
      sg_message_id: 'abc.filter',
    }));
    expect(
      parseEvents(Buffer.from(JSON.stringify(events)), { instanceId: 'i1' }).map(
        (m) => m.kind === 'status' && m.status,
      ),
    ).toEqual(['sent', 'sent', 'delivered', 'read']);
  });

  it('takes Inbound Parse posts only with the URL secret (and Basic auth when set), parsed or raw', async () => {
    const keys = eventWebhookKeys();
    const adapter = buildAdapter(sendGridEmail, {
      'SendGrid Inbound Secret': 'inbound-secret-for-tests',
      'SendGrid Inbound User': 'parse',
      'SendGrid Inbound Password': 'parse-password',
      'SendGrid Event Key': keys.publicKeyBase64,
      'Mail From': 'bot@example.com',
      'SendGrid Key': 'SG.key',
    });
    const latin1 = Buffer.from('Olá, qual o horário de sábado?', 'latin1');
    const form = inboundParseBody({
      fields: {
        headers:
          'Message-ID: <parsed-1@example.org>\r\nFrom: Rita <rita@example.org>\r\nTo: bot@example.com\r\nSubject: Horário\r\n',
        envelope: '{"to":["bot@example.com"],"from":"rita@example.org"}',
        text: latin1,
        charsets: '{"to":"UTF-8","subject":"UTF-8","from":"UTF-8","text":"iso-8859-1"}',
        attachments: '1',
        'attachment-info': '{"attachment1":{"filename":"foto.jpg","name":"foto.jpg","type":"image/jpeg"}}',
      },
      files: [{ field: 'attachment1', filename: 'foto.jpg', type: 'image/jpeg', content: Buffer.alloc(2048, 1) }],
    });
    const basic = `Basic ${Buffer.from('parse:parse-password').toString('base64')}`;
    const post = (url: string, auth = basic) =>
      request(form.body, { 'content-type': form.contentType, authorization: auth }, url);
    expect((await adapter.webhook.verify(post('/webhooks/bot/email?secret=wrong'))).ok).toBe(false);
    expect(
      (await adapter.webhook.verify(post('/webhooks/bot/email?secret=inbound-secret-for-tests', 'Basic eDp5'))).ok,
    ).toBe(false);
    const good = post('/webhooks/bot/email?secret=inbound-secret-for-tests');
    expect(await adapter.webhook.verify(good)).toEqual({ ok: true });
    expect(await adapter.webhook.parse(good)).toEqual([
      expect.objectContaining({
        kind: 'text',
        text: 'Olá, qual o horário de sábado?',
        from: { id: 'rita@example.org', name: 'Rita' },
        channelMessageId: '<parsed-1@example.org>',
        attachments: [{ name: 'foto.jpg', mimeType: 'image/jpeg', bytes: 2048 }],
      }),
    ]);

    const raw = inboundParseBody({ fields: { email: fixture('outlook-reply.eml'), envelope: '{}' } });
    const rawRequest = request(
      raw.body,
      { 'content-type': raw.contentType, authorization: basic },
      '/webhooks/bot/email?secret=inbound-secret-for-tests',
    );
    expect(await adapter.webhook.parse(rawRequest)).toEqual([
      expect.objectContaining({
        text: '2 – a opção do meio, por favor',
        from: { id: 'jose@outlook.example', name: 'José Gonçalves' },
      }),
    ]);

    const events = Buffer.from(
      JSON.stringify([{ email: 'a@example.org', event: 'delivered', sg_event_id: 'e1', sg_message_id: 'm1.x' }]),
    );
    expect(
      await adapter.webhook.verify(
        request(events, { 'content-type': 'application/json', ...signEvents(keys.privateKey, events) }),
      ),
    ).toEqual({
      ok: true,
    });
    const forged = signEvents(eventWebhookKeys().privateKey, events);
    expect((await adapter.webhook.verify(request(events, { 'content-type': 'application/json', ...forged }))).ok).toBe(
      false,
    );
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeTelegramApi } from '../test-fixtures/fakes/telegram-api.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { writeBotPackage } from '../test-fixtures/packages.js';
import { until } from '../test-fixtures/until.js';
import { deployPackage } from './deploy.js';

const BOT_TOKEN = '123456:ABC-fake-bot-token';
const SECRET_TOKEN = 'hook_secret-for-tests';

describe('Telegram through the whole gateway', () => {
  let telegram: FakeTelegramApi;
  let gateway: TestGateway;
  const post = (body: string, secret: string | null = SECRET_TOKEN) =>
    fetch(`${gateway.url}/webhooks/helpdesk/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
      body,
    });
  const update = (updateId: number, chatId: number, text: string) =>
    JSON.stringify({
      update_id: updateId,
      message: {
        message_id: updateId,
        from: { id: chatId, is_bot: false, first_name: 'T' },
        chat: { id: chatId, type: chatId < 0 ? 'group' : 'private' },
        date: 1767224888,
        text,
      },
    });
  const sendsTo = (chat: number) =>
    telegram.calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === chat);

  beforeAll(async () => {
    telegram = await new FakeTelegramApi(BOT_TOKEN).start();
    gateway = await startTestGateway({ deployDemo: false });
    await deployPackage(
      gateway.runtime,
      writeBotPackage(
        'helpdesk',
        { 'Telegram Bot Token': BOT_TOKEN, 'Telegram Secret Token': SECRET_TOKEN, 'Telegram API URL': telegram.url },
        [
          ['What are your opening hours?', 'From 9 to 18.'],
          ['confirm:42', 'Your appointment is confirmed.'],
        ],
      ),
    );
  });
  beforeEach(() => telegram.calm());
  afterAll(async () => {
    await gateway?.stop();
    await telegram?.close();
  });

  it('answers a private message, and drops a redelivered update_id', async () => {
    const body = readFileSync(new URL('../test-fixtures/telegram/text.json', import.meta.url), 'utf8');
    expect(await (await post(body)).json()).toEqual({ accepted: 1 });
    expect(await (await post(body)).json()).toEqual({ accepted: 1 });
    const [send] = await until(
      () => sendsTo(7527593),
      (s) => s.length > 0,
    );
    expect(send!.payload).toEqual({ chat_id: 7527593, text: 'From 9 to 18.' });
    await new Promise((r) => setTimeout(r, 300));
    expect(sendsTo(7527593)).toHaveLength(1);
  });

  it('acknowledges a button press before answering it', async () => {
    expect(
      (await post(readFileSync(new URL('../test-fixtures/telegram/callback_query.json', import.meta.url), 'utf8')))
        .status,
    ).toBe(200);
    await until(
      () => telegram.calls.filter((c) => c.payload.callback_query_id === '4382bfdwdsb323b2d9'),
      (c) => c.length > 0,
    );
    const methods = telegram.calls
      .filter(
        (c) =>
          c.payload.callback_query_id === '4382bfdwdsb323b2d9' || c.payload.text === 'Your appointment is confirmed.',
      )
      .map((c) => c.method);
    await until(
      () => telegram.calls.filter((c) => c.payload.text === 'Your appointment is confirmed.'),
      (c) => c.length > 0,
    );
    expect(methods[0]).toBe('answerCallbackQuery');
  });

  it('answers in a group, to the group', async () => {
    await post(update(2001, -1001234567890, 'What are your opening hours?'));
    const [send] = await until(
      () => sendsTo(-1001234567890),
      (s) => s.length > 0,
    );
    expect(send!.payload.text).toBe('From 9 to 18.');
  });

  it('401s a missing or wrong secret token and 400s a malformed update', async () => {
    expect((await post(update(3001, 42, 'hi'), null)).status).toBe(401);
    expect((await post(update(3001, 42, 'hi'), 'wrong-secret')).status).toBe(401);
    expect((await post('{"message":{"text":"no update id"}}')).status).toBe(400);
    expect((await post('not json')).status).toBe(400);
    expect(gateway.logLines.join('\n')).not.toMatch(new RegExp(`${SECRET_TOKEN}|ABC-fake-bot-token`));
  });

  it('waits out parameters.retry_after before writing to that chat again', async () => {
    telegram.next({ kind: 'reply', reply: FakeTelegramApi.floodControl(2) });
    const started = Date.now();
    await post(update(4001, 555001, 'What are your opening hours?'));
    const [send] = await until(
      () => sendsTo(555001),
      (s) => s.length > 0,
      20_000,
    );
    expect(send!.at - started).toBeGreaterThanOrEqual(2_000);
    expect(telegram.early).toEqual([]);
  });
});

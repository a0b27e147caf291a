import { buildAdapter } from '../../test-fixtures/adapters.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ChannelCredentialsRejected,
  OutcomeUnknown,
  PermanentFailure,
  RateLimited,
  RetryLater,
  newId,
  type OutboundMessage,
} from '../../core/index.js';
import { botApiFailure, telegram, buildCalls, parseUpdate } from './index.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../test-fixtures/telegram/${name}.json`, import.meta.url), 'utf8')) as unknown;
const adapter = buildAdapter(telegram, {
  'Telegram Bot Token': '123456:ABC-secret',
  'Telegram Secret Token': 'hook_secret-1',
  'Telegram API URL': 'http://127.0.0.1:1',
});

describe('Telegram webhook', () => {
  const request = (headers: Record<string, string>) => ({ method: 'POST', url: '/', headers, body: Buffer.from('{}') });

  it('checks X-Telegram-Bot-Api-Secret-Token', async () => {
    expect(await adapter.webhook.verify(request({ 'x-telegram-bot-api-secret-token': 'hook_secret-1' }))).toEqual({
      ok: true,
    });
    expect((await adapter.webhook.verify(request({ 'x-telegram-bot-api-secret-token': 'hook_secret-2' }))).ok).toBe(
      false,
    );
    expect((await adapter.webhook.verify(request({ 'x-telegram-bot-api-secret-token': 'h' }))).ok).toBe(false);
    expect(await adapter.webhook.verify(request({}))).toEqual({
      ok: false,
      reason: 'missing X-Telegram-Bot-Api-Secret-Token',
    });
  });

  it('keys the account by the bot id, never the token', () => {
    expect(adapter.account).toBe('telegram:123456');
  });

  it('normalizes private and group messages, keyed by update_id and chat', () => {
    expect(parseUpdate(fixture('text'), 'i1')).toEqual([
      expect.objectContaining({
        kind: 'text',
        text: 'What are your opening hours?',
        channelMessageId: '1001',
        conversationKey: '7527593',
        from: { id: '7527593', name: 'Test User' },
        receivedAt: 1767224888000,
      }),
    ]);
    expect(parseUpdate(fixture('group_text'), 'i1')[0]).toMatchObject({
      kind: 'text',
      conversationKey: '-1001234567890',
      from: { id: '-1001234567890' },
    });
    expect(parseUpdate(fixture('edited_message'), 'i1')[0]).toMatchObject({
      kind: 'text',
      text: 'What are your opening hours on Sunday?',
      channelMessageId: '1005',
    });
  });

  it('normalizes photos (largest size), documents, locations and contacts', () => {
    expect(parseUpdate(fixture('photo'), 'i1')[0]).toMatchObject({
      kind: 'media',
      media: { mediaId: 'AgACAgQAAxkBAAIBh3-large', mimeType: 'image/jpeg', caption: 'receipt' },
    });
    expect(parseUpdate(fixture('document'), 'i1')[0]).toMatchObject({
      kind: 'media',
      media: { mediaId: 'BQACAgQAAxkBAAIB', mimeType: 'application/pdf', name: 'invoice.pdf', caption: 'my invoice' },
    });
    expect(parseUpdate(fixture('location'), 'i1')[0]).toMatchObject({
      kind: 'location',
      latitude: -22.9068,
      longitude: -43.1729,
    });
    expect(parseUpdate(fixture('contact'), 'i1')[0]).toMatchObject({
      kind: 'contact',
      contacts: [{ name: 'Ana Lima', phones: ['+5521999990000'] }],
    });
  });

  it('turns a button press into an interactive reply to acknowledge', () => {
    expect(parseUpdate(fixture('callback_query'), 'i1')[0]).toMatchObject({
      kind: 'interactive_reply',
      choiceId: 'confirm:42',
      callbackId: '4382bfdwdsb323b2d9',
      conversationKey: '7527593',
      channelMessageId: '1004',
    });
  });

  it('rejects what is not an update', () => {
    expect(() => parseUpdate({ message: { text: 'no update id' } }, 'i1')).toThrow();
  });
});

describe('Telegram sends', () => {
  const base = {
    id: newId(),
    instanceId: 'i1',
    channel: 'telegram' as const,
    conversationKey: '7527593',
    to: { id: '7527593' },
    idempotencyKey: 'k',
    createdAt: 1,
  };
  const calls = (m: Partial<OutboundMessage> & { kind: OutboundMessage['kind'] }) =>
    buildCalls({ ...base, ...m } as OutboundMessage);

  it('sends text, acknowledging a button press first', () => {
    expect(calls({ kind: 'text', text: 'hi', callbackId: 'cb1' })).toEqual([
      { method: 'answerCallbackQuery', payload: { callback_query_id: 'cb1' } },
      { method: 'sendMessage', payload: { chat_id: 7527593, text: 'hi' } },
    ]);
    expect(calls({ kind: 'text', text: 'x'.repeat(5000) })).toHaveLength(2);
  });

  it('sends buttons and lists as inline keyboards, refusing an id over 64 bytes', () => {
    const [call] = calls({
      kind: 'buttons',
      text: 'Pick',
      choices: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
        { id: 'c', title: 'C' },
        { id: 'd', title: 'D' },
      ],
    });
    expect(call!.payload.reply_markup).toEqual({
      inline_keyboard: [
        [
          { text: 'A', callback_data: 'a' },
          { text: 'B', callback_data: 'b' },
          { text: 'C', callback_data: 'c' },
        ],
        [{ text: 'D', callback_data: 'd' }],
      ],
    });
    const [list] = calls({
      kind: 'list',
      text: 'Pick',
      buttonLabel: 'Options',
      choices: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
    });
    expect((list!.payload.reply_markup as { inline_keyboard: unknown[] }).inline_keyboard).toHaveLength(2);
    expect(() => calls({ kind: 'buttons', text: 'Pick', choices: [{ id: 'x'.repeat(65), title: 'X' }] })).toThrow(
      PermanentFailure,
    );
  });

  it('sends media by type, typing as a chat action, and groups by their negative id', () => {
    expect(calls({ kind: 'media', media: { url: 'https://example.com/p.png', mimeType: 'image/png' } })[0]).toEqual({
      method: 'sendPhoto',
      payload: { chat_id: 7527593, photo: 'https://example.com/p.png' },
    });
    expect(
      calls({
        kind: 'media',
        media: { url: 'https://example.com/a.pdf', mimeType: 'application/pdf', caption: 'A' },
      })[0]!.method,
    ).toBe('sendDocument');
    expect(calls({ kind: 'typing' })[0]).toEqual({
      method: 'sendChatAction',
      payload: { chat_id: 7527593, action: 'typing' },
    });
    expect(buildCalls({ ...base, to: { id: '-1001234567890' }, kind: 'text', text: 'hi' })[0]!.payload.chat_id).toBe(
      -1001234567890,
    );
    expect(adapter.limits.recipient('-1001234567890')).toEqual({ perSecond: 20 / 60, burst: 20 });
    expect(adapter.limits.recipient('7527593')).toEqual({ perSecond: 1, burst: 1 });
  });
});

describe('Bot API errors', () => {
  const response = (status: number, body: unknown) => ({ status, headers: new Headers(), text: JSON.stringify(body) });

  it('maps 429 with parameters.retry_after to a wait for that chat', () => {
    const err = botApiFailure(
      response(429, {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 35',
        parameters: { retry_after: 35 },
      }),
    );
    expect(err).toBeInstanceOf(RateLimited);
    expect((err as RateLimited).delayMs).toBe(35_000);
    expect((err as RateLimited).scope).toBe('recipient');
  });

  it('maps a bad token, a blocked bot, a migrated group and server errors', () => {
    expect(botApiFailure(response(401, { ok: false, error_code: 401, description: 'Unauthorized' }))).toBeInstanceOf(
      ChannelCredentialsRejected,
    );
    expect(
      botApiFailure(
        response(403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }),
      ),
    ).toBeInstanceOf(PermanentFailure);
    expect(
      botApiFailure(
        response(400, {
          ok: false,
          error_code: 400,
          description: 'Bad Request: group chat was upgraded to a supergroup chat',
          parameters: { migrate_to_chat_id: -100123 },
        }),
      ).message,
    ).toMatch(/supergroup -100123/);
    expect(botApiFailure(response(502, {}))).toBeInstanceOf(RetryLater);
    expect(botApiFailure(response(500, {}))).toBeInstanceOf(OutcomeUnknown);
  });
});

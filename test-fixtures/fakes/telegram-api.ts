import { FakeApiServer, type FakeReply, type RecordedRequest, type Trouble } from './fake-server.js';

export interface BotApiCall {
  method: string;
  payload: Record<string, unknown>;
  at: number;
}

/** Telegram Bot API fake: `POST /bot<token>/<method>` with JSON, answering `{"ok":true,"result":…}`. */
export class FakeTelegramApi extends FakeApiServer {
  readonly calls: BotApiCall[] = [];
  /** Calls to a chat that arrived before the retry_after the fake had given for it. */
  readonly early: BotApiCall[] = [];
  #nextMessageId = 1000;

  constructor(private readonly botToken: string) {
    super();
  }

  static floodControl(retryAfterSeconds: number): FakeReply {
    return {
      status: 429,
      body: JSON.stringify({
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${retryAfterSeconds}`,
        parameters: { retry_after: retryAfterSeconds },
      }),
    };
  }

  static error(code: number, description: string): FakeReply {
    return { status: code, body: JSON.stringify({ ok: false, error_code: code, description }) };
  }

  protected override observe(request: RecordedRequest, trouble: Trouble | undefined): void {
    const method = request.path.split('/').pop() ?? '';
    const call = { method, payload: this.json(request), at: request.at };
    const chat = String(call.payload.chat_id ?? '');
    if (chat && this.isEarly([chat], request)) this.early.push(call);
    if (chat) this.holdBack(chat, request, trouble);
    if (trouble === undefined) this.calls.push(call);
  }

  /** What setWebhook was last given. */
  webhook: { url: string; secretToken: string | undefined } | undefined;

  protected handle(request: RecordedRequest): FakeReply {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(request.path);
    if (!match) return FakeTelegramApi.error(404, 'Not Found');
    if (match[1] !== this.botToken) return FakeTelegramApi.error(401, 'Unauthorized');
    const payload = this.json<{ chat_id?: number | string; text?: string }>(request);
    switch (match[2]) {
      case 'sendMessage':
        if (!payload.text) return FakeTelegramApi.error(400, 'Bad Request: message text is empty');
        return this.#sent(payload.chat_id, { text: payload.text });
      case 'answerCallbackQuery':
      case 'sendChatAction':
        return { status: 200, body: JSON.stringify({ ok: true, result: true }) };
      case 'getMe':
        return {
          status: 200,
          body: JSON.stringify({
            ok: true,
            result: { id: 7000001, is_bot: true, first_name: 'Fake', username: 'fake_bot' },
          }),
        };
      case 'setWebhook': {
        const hook = this.json<{ url?: string; secret_token?: string }>(request);
        if (!hook.url?.startsWith('https://'))
          return FakeTelegramApi.error(400, 'Bad Request: bad webhook: HTTPS url must be provided for webhook');
        this.webhook = { url: hook.url, secretToken: hook.secret_token };
        return { status: 200, body: JSON.stringify({ ok: true, result: true, description: 'Webhook was set' }) };
      }
      default:
        return this.#sent(payload.chat_id, {});
    }
  }

  /** The Message a send method answers with, numbered as Telegram numbers them, per bot. */
  #sent(chatId: number | string | undefined, fields: Record<string, unknown>): FakeReply {
    const message = { message_id: ++this.#nextMessageId, chat: { id: chatId }, date: Math.floor(Date.now() / 1000) };
    return { status: 200, body: JSON.stringify({ ok: true, result: { ...message, ...fields } }) };
  }
}

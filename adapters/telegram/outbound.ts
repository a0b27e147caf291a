import {
  PermanentFailure,
  classifyErrors,
  createTransport,
  deadline,
  jsonBody,
  logCalls,
  parseJson,
  type ChannelSender,
  type Choice,
  type Logger,
  type OutboundMessage,
  type Transport,
} from '../../core/index.js';
import { botApiFailure } from './errors.js';
import { splitText } from '../text.js';

export const TEXT_LIMIT = 4096;
const CALLBACK_DATA_BYTES = 64;

export interface TelegramCall {
  method: string;
  payload: Record<string, unknown>;
}

function keyboard(choices: Choice[], perRow: number): Array<Array<{ text: string; callback_data: string }>> {
  const rows: Array<Array<{ text: string; callback_data: string }>> = [];
  for (const choice of choices) {
    if (Buffer.byteLength(choice.id) > CALLBACK_DATA_BYTES)
      throw new PermanentFailure(
        `a Telegram button id is at most ${CALLBACK_DATA_BYTES} bytes: "${choice.id.slice(0, 20)}…"`,
      );
    const button = { text: choice.title, callback_data: choice.id };
    const last = rows[rows.length - 1];
    if (last && last.length < perRow) last.push(button);
    else rows.push([button]);
  }
  return rows;
}

const MEDIA_METHOD: Array<[RegExp, string, string]> = [
  [/^image\/(?!webp)/, 'sendPhoto', 'photo'],
  [/^video\//, 'sendVideo', 'video'],
  [/^audio\//, 'sendAudio', 'audio'],
];

/** The Bot API calls for one outbound message, in order. */
export function buildCalls(message: OutboundMessage): TelegramCall[] {
  const chat = /^-?\d+$/.test(message.to.id) ? Number(message.to.id) : message.to.id;
  const calls: TelegramCall[] = message.callbackId
    ? [{ method: 'answerCallbackQuery', payload: { callback_query_id: message.callbackId } }]
    : [];
  switch (message.kind) {
    case 'text':
      return [
        ...calls,
        ...splitText(message.text, TEXT_LIMIT).map((text) => ({
          method: 'sendMessage',
          payload: { chat_id: chat, text },
        })),
      ];
    case 'buttons':
    case 'list':
      return [
        ...calls,
        {
          method: 'sendMessage',
          payload: {
            chat_id: chat,
            text: message.text,
            // Buttons sit three to a row; a list's rows stand one under another.
            reply_markup: { inline_keyboard: keyboard(message.choices, message.kind === 'buttons' ? 3 : 1) },
          },
        },
      ];
    case 'media': {
      const [, method, field] = MEDIA_METHOD.find(([pattern]) => pattern.test(message.media.mimeType)) ?? [
        undefined,
        'sendDocument',
        'document',
      ];
      const source = message.media.mediaId ?? message.media.url;
      if (!source) throw new PermanentFailure('a media message needs a url or a file id');
      return [
        ...calls,
        {
          method,
          payload: {
            chat_id: chat,
            [field]: source,
            ...(message.media.caption ? { caption: message.media.caption } : {}),
          },
        },
      ];
    }
    case 'template':
      return [
        ...calls,
        {
          method: 'sendMessage',
          payload: { chat_id: chat, text: [message.template, ...message.parameters].join(' ') },
        },
      ];
    case 'typing':
      return [...calls, { method: 'sendChatAction', payload: { chat_id: chat, action: 'typing' } }];
  }
}

const REQUEST_TIMEOUT_MS = 10_000;

/** A stale button press cannot be answered any more; the reply itself still goes out. */
class StaleCallback extends Error {}

/** The Bot API of one bot (`/bot<token>/<method>`): what sends and what checks the token use. */
export function telegramApi(config: { apiUrl: string; botToken: string; logger: Logger }): Transport {
  return createTransport({
    baseUrl: `${config.apiUrl}/bot${config.botToken}`,
    transformers: [
      // The token is part of the base URL, which the log never shows.
      logCalls(config.logger),
      deadline(REQUEST_TIMEOUT_MS),
      jsonBody(),
      classifyErrors(
        (response) =>
          response.status === 200 && (parseJson(response.text) as { ok?: boolean } | undefined)?.ok === true,
        botApiFailure,
      ),
    ],
  });
}

/** Sends through the Bot API (`/bot<token>/<method>`), within Telegram's per-bot and per-chat rates. */
export function telegramSender(config: {
  botToken: string;
  apiUrl: string;
  perSecond: number;
  logger: Logger;
}): ChannelSender {
  const botApi = telegramApi(config);
  return {
    limits: {
      account: { perSecond: config.perSecond, burst: config.perSecond },
      // One message a second in a private chat; 20 a minute in a group (negative chat ids).
      recipient: (to) => (to.startsWith('-') ? { perSecond: 20 / 60, burst: 20 } : { perSecond: 1, burst: 1 }),
    },
    async send(message, signal) {
      let providerMessageId: string | undefined;
      for (const call of buildCalls(message)) {
        const response = await botApi
          .call(`/${call.method}`, { body: JSON.stringify(call.payload), signal })
          .catch((err: unknown) => {
            if (call.method === 'answerCallbackQuery' && err instanceof PermanentFailure) return new StaleCallback();
            throw err;
          });
        if (response instanceof StaleCallback) continue;
        const sent = (parseJson(response.text) as { result?: { message_id?: number } } | undefined)?.result;
        if (sent?.message_id !== undefined) providerMessageId = String(sent.message_id);
      }
      return { ...(providerMessageId ? { providerMessageId } : {}), state: 'sent' };
    },
  };
}

import {
  PermanentFailure,
  bearerAuth,
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
import { graphFailure } from './errors.js';
import { splitText } from '../text.js';

export const TEXT_LIMIT = 4096;
const BUTTON_TITLE = 20;
const MAX_BUTTONS = 3;
const ROW_TITLE = 24;
const ROW_DESCRIPTION = 72;
const ROWS_PER_SECTION = 10;
const MAX_SECTIONS = 10;
const LIST_BUTTON = 20;
const BODY_LIMIT = 1024;

type Payload = Record<string, unknown>;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function addressing(to: string): Payload {
  // A business-scoped user id (CC.digits) goes in `recipient`; a phone number in `to`.
  return /^[A-Z]{2}\.[A-Z0-9.]+$/.test(to) ? { recipient: to } : { to };
}

function listPayload(text: string, buttonLabel: string, choices: Choice[]): Payload {
  if (choices.length > ROWS_PER_SECTION * MAX_SECTIONS)
    throw new PermanentFailure(
      `a WhatsApp list holds at most ${ROWS_PER_SECTION * MAX_SECTIONS} choices, not ${choices.length}`,
    );
  const sections: Payload[] = [];
  for (let i = 0; i < choices.length; i += ROWS_PER_SECTION) {
    const rows = choices.slice(i, i + ROWS_PER_SECTION).map((c) => ({
      id: c.id,
      title: clip(c.title, ROW_TITLE),
      ...(c.description ? { description: clip(c.description, ROW_DESCRIPTION) } : {}),
    }));
    sections.push({ ...(choices.length > ROWS_PER_SECTION ? { title: `${i + 1}–${i + rows.length}` } : {}), rows });
  }
  return {
    type: 'interactive',
    interactive: {
      type: 'list',
      body: { text: clip(text, BODY_LIMIT) },
      action: { button: clip(buttonLabel, LIST_BUTTON), sections },
    },
  };
}

const MEDIA_KIND: Array<[RegExp, string]> = [
  [/^image\/webp$/, 'sticker'],
  [/^image\//, 'image'],
  [/^audio\//, 'audio'],
  [/^video\//, 'video'],
];

/** The Graph API request bodies for one outbound message (several when text is split). */
export function buildRequests(message: OutboundMessage): Payload[] {
  const base = { messaging_product: 'whatsapp', recipient_type: 'individual', ...addressing(message.to.id) };
  switch (message.kind) {
    case 'text':
      return splitText(message.text, TEXT_LIMIT).map((body) => ({
        ...base,
        type: 'text',
        text: { preview_url: false, body },
      }));
    case 'media': {
      const type = MEDIA_KIND.find(([pattern]) => pattern.test(message.media.mimeType))?.[1] ?? 'document';
      const source = message.media.mediaId
        ? { id: message.media.mediaId }
        : message.media.url
          ? { link: message.media.url }
          : undefined;
      if (!source) throw new PermanentFailure('a media message needs a url or a media id');
      const caption =
        message.media.caption && ['image', 'video', 'document'].includes(type)
          ? { caption: message.media.caption }
          : {};
      const filename = type === 'document' && message.media.name ? { filename: message.media.name } : {};
      return [{ ...base, type, [type]: { ...source, ...caption, ...filename } }];
    }
    case 'buttons':
      if (message.choices.length > MAX_BUTTONS)
        return [{ ...base, ...listPayload(message.text, 'Options', message.choices) }];
      return [
        {
          ...base,
          type: 'interactive',
          interactive: {
            type: 'button',
            body: { text: clip(message.text, BODY_LIMIT) },
            action: {
              buttons: message.choices.map((c) => ({
                type: 'reply',
                reply: { id: c.id, title: clip(c.title, BUTTON_TITLE) },
              })),
            },
          },
        },
      ];
    case 'list':
      return [{ ...base, ...listPayload(message.text, message.buttonLabel, message.choices) }];
    case 'template':
      return [
        {
          ...base,
          type: 'template',
          template: {
            name: message.template,
            language: { code: message.language },
            components: [
              ...(message.parameters.length > 0
                ? [{ type: 'body', parameters: message.parameters.map((text) => ({ type: 'text', text })) }]
                : []),
              // Meta's authentication templates take the code again as the URL button's parameter.
              ...(message.codeButton && message.parameters[0] !== undefined
                ? [
                    {
                      type: 'button',
                      sub_type: 'url',
                      index: '0',
                      parameters: [{ type: 'text', text: message.parameters[0] }],
                    },
                  ]
                : []),
            ],
          },
        },
      ];
    case 'typing':
      // Marks the user's message read and shows "typing…" until the reply (or 25 s).
      if (!message.replyToChannelMessageId) return [];
      return [
        {
          messaging_product: 'whatsapp',
          status: 'read',
          message_id: message.replyToChannelMessageId,
          typing_indicator: { type: 'text' },
        },
      ];
  }
}

const REQUEST_TIMEOUT_MS = 10_000;

/** The Graph API as the instance's token opens it: what sends and what checks the credentials use. */
export function graphApi(config: { apiUrl: string; accessToken: string; logger: Logger }): Transport {
  return createTransport({
    baseUrl: config.apiUrl,
    transformers: [
      logCalls(config.logger),
      deadline(REQUEST_TIMEOUT_MS),
      bearerAuth(config.accessToken),
      jsonBody(),
      classifyErrors((response) => response.status === 200, graphFailure),
    ],
  });
}

/** Sends through `/<phone-number-id>/messages`, at the number's throughput and Meta's pair rate. */
export function whatsAppSender(config: {
  phoneNumberId: string;
  accessToken: string;
  apiUrl: string;
  perSecond: number;
  logger: Logger;
}): ChannelSender {
  const graph = graphApi(config);
  const path = `/${encodeURIComponent(config.phoneNumberId)}/messages`;
  return {
    // Meta's pair rate: about one message every 6 s to a user, bursts of up to 45 borrowed from later.
    limits: {
      account: { perSecond: config.perSecond, burst: config.perSecond },
      recipient: () => ({ perSecond: 1 / 6, burst: 45 }),
    },
    async send(message, signal) {
      const requests = buildRequests(message);
      let providerMessageId: string | undefined;
      for (const body of requests) {
        const response = await graph.call(path, { body: JSON.stringify(body), signal });
        const answer = parseJson(response.text) as { messages?: Array<{ id?: string }> } | undefined;
        providerMessageId = answer?.messages?.[0]?.id ?? providerMessageId;
      }
      if (requests.length > 0 && message.kind !== 'typing' && !providerMessageId) {
        throw new PermanentFailure('WhatsApp accepted the message without an id');
      }
      return { ...(providerMessageId ? { providerMessageId } : {}), state: 'sent' };
    },
  };
}

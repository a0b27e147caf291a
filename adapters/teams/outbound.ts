import {
  type ChannelSender,
  type Choice,
  classifyErrors,
  createTransport,
  deadline,
  jsonBody,
  type Logger,
  logCalls,
  type OutboundMessage,
  PermanentFailure,
  parseJson,
  type SendRate,
  type Transformer,
} from '../../core/index.js';
import { splitText } from '../text.js';
import type { AccessTokens, TokenRequest } from './access-token.js';
import { decodeAddress, type TeamsAddress } from './address.js';
import { connectorFailure } from './errors.js';

/** Teams takes about 28 KB a message; 7,000 characters stay under it whatever the script. */
export const TEXT_LIMIT = 7_000;
/** Buttons on a card before a menu becomes a drop-down list. */
const MAX_BUTTONS = 6;
const REQUEST_TIMEOUT_MS = 15_000;

type Activity = Record<string, unknown>;

/** n sends per window of w seconds as a token bucket that never exceeds it: rate n/2w, burst n/2. */
function windowRate(n: number, seconds: number): SendRate {
  return { perSecond: n / (2 * seconds), burst: Math.max(1, Math.floor(n / 2)) };
}

/** Teams' limits for one bot in one thread: 7 a second, 8 in 2 s, 60 in 30 s, 1,800 an hour. */
export const THREAD_RATES: readonly SendRate[] = [
  windowRate(7, 1),
  windowRate(8, 2),
  windowRate(60, 30),
  windowRate(1_800, 3_600),
];

/** A menu as an Adaptive Card (1.5, what every Teams client shows): buttons, or a list for many choices. */
function card(text: string, choices: Choice[]): Activity {
  const body: unknown[] = [{ type: 'TextBlock', text, wrap: true }];
  let actions: unknown[];
  if (choices.length <= MAX_BUTTONS) {
    actions = choices.map((c) => ({
      type: 'Action.Submit',
      title: c.title,
      data: { gbChoice: c.id, gbTitle: c.title },
    }));
  } else {
    body.push({
      type: 'Input.ChoiceSet',
      id: 'gbChoice',
      style: 'compact',
      value: JSON.stringify([choices[0]!.id, choices[0]!.title]),
      choices: choices.map((c) => ({ title: c.title, value: JSON.stringify([c.id, c.title]) })),
    });
    actions = [{ type: 'Action.Submit', title: 'Choose' }];
  }
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          type: 'AdaptiveCard',
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          version: '1.5',
          body,
          actions,
        },
      },
    ],
  };
}

/** The Connector activities for one outbound message (several when a long text is split). */
export function buildActivities(message: OutboundMessage): Activity[] {
  switch (message.kind) {
    case 'text':
      return splitText(message.text, TEXT_LIMIT).map((text) => ({ type: 'message', text, textFormat: 'markdown' }));
    case 'buttons':
    case 'list':
      return [card(message.text, message.choices)];
    case 'media': {
      if (!message.media.url) throw new PermanentFailure('Teams sends files by URL; this message has none');
      const attachment = {
        contentType: message.media.mimeType,
        contentUrl: message.media.url,
        ...(message.media.name ? { name: message.media.name } : {}),
      };
      return [
        {
          type: 'message',
          attachments: [attachment],
          ...(message.media.caption ? { text: message.media.caption } : {}),
        },
      ];
    }
    case 'template':
      // Teams has no message templates: the template's name and parameters as text.
      return [{ type: 'message', text: [message.template, ...message.parameters].join(' ') }];
    case 'typing':
      return [{ type: 'typing' }];
  }
}

/** Hosts the bot's token may be sent to: Microsoft's Connector, and the instance's configured one. */
function trustedHost(serviceUrl: string, configured: string): boolean {
  const host = new URL(serviceUrl).hostname;
  return (
    host === new URL(configured).hostname ||
    host === 'smba.trafficmanager.net' ||
    /(^|\.)botframework\.(com|us|azure\.us)$/.test(host) ||
    /(^|\.)infra\.gov\.teams\.microsoft\.(com|us)$/.test(host)
  );
}

export interface TeamsSenderConfig extends TokenRequest {
  /** The Connector proactive messages go to when the user has never written. */
  serviceUrl: string;
  perSecond: number;
  tokens: AccessTokens;
  /** Conversations created for proactive messages, by app and user: made once per gateway. */
  created: Map<string, TeamsAddress>;
  logger: Logger;
}

/**
 * Sends through the Connector of the conversation (its service URL), with the app's token:
 * a reply with `replyToId` (into the same thread of a channel), a proactive message by the
 * stored address, or, for a user never seen, a 1:1 conversation created first.
 */
export function teamsSender(config: TeamsSenderConfig): ChannelSender {
  const authorize: Transformer = async (next, call) => {
    const token = await config.tokens.token(config, call.signal);
    const response = await next({ ...call, headers: { ...call.headers, authorization: `Bearer ${token}` } });
    // A token the Connector refuses is not used again: the next attempt fetches a new one.
    if (response.status === 401) config.tokens.forget(config);
    return response;
  };
  const connector = createTransport({
    baseUrl: config.serviceUrl,
    transformers: [
      logCalls(config.logger),
      deadline(REQUEST_TIMEOUT_MS),
      authorize,
      jsonBody(),
      classifyErrors((response) => response.status >= 200 && response.status < 300, connectorFailure),
    ],
  });

  /** The user's 1:1 conversation, created once (per gateway) through the Connector that knows them. */
  async function personalConversation(
    to: string,
    known: TeamsAddress | undefined,
    signal: AbortSignal,
  ): Promise<TeamsAddress> {
    const key = `${config.appId}|${to}`;
    const created = config.created.get(key);
    if (created) return created;
    const serviceUrl = known?.serviceUrl ?? config.serviceUrl;
    const tenant = known?.tenantId ?? config.tenantId;
    const response = await connector.call(`${serviceUrl.replace(/\/+$/, '')}/v3/conversations`, {
      body: JSON.stringify({
        isGroup: false,
        bot: { id: `28:${config.appId}` },
        members: [{ id: to }],
        ...(tenant ? { tenantId: tenant, channelData: { tenant: { id: tenant } } } : {}),
      }),
      signal,
    });
    const id = (parseJson(response.text) as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string') throw new PermanentFailure('Teams created a conversation without an id');
    const address: TeamsAddress = {
      serviceUrl,
      conversationId: id,
      botId: `28:${config.appId}`,
      conversationType: 'personal',
      ...(tenant ? { tenantId: tenant } : {}),
    };
    config.created.set(key, address);
    return address;
  }

  /**
   * Where a message goes: its conversation's address; for a message to a person (not a reply),
   * their 1:1 chat, which is created when the only address known is a group's or a channel's.
   */
  async function destination(message: OutboundMessage, signal: AbortSignal): Promise<TeamsAddress> {
    const known = decodeAddress(message.replyAddress);
    if (known && (known.conversationId === message.conversationKey || known.conversationType === 'personal'))
      return known;
    if (known && !trustedHost(known.serviceUrl, config.serviceUrl)) return known;
    return personalConversation(message.to.id, known, signal);
  }

  return {
    limits: {
      account: { perSecond: config.perSecond, burst: config.perSecond },
      recipient: () => THREAD_RATES,
    },
    async send(message, signal) {
      const address = await destination(message, signal);
      if (!trustedHost(address.serviceUrl, config.serviceUrl)) {
        throw new PermanentFailure(
          `not sending the bot's token to ${new URL(address.serviceUrl).host}, not a Teams Connector`,
        );
      }
      const base = `${address.serviceUrl.replace(/\/+$/, '')}/v3/conversations/${encodeURIComponent(address.conversationId)}/activities`;
      // The channel's id of the message replied to is `<conversation>|<activity id>`.
      const replyTo = message.replyToChannelMessageId?.split('|').pop();
      let providerMessageId: string | undefined;
      for (const activity of buildActivities(message)) {
        const path = replyTo ? `${base}/${encodeURIComponent(replyTo)}` : base;
        const body = {
          ...activity,
          from: { id: address.botId },
          conversation: { id: address.conversationId },
          recipient: { id: message.to.id },
          ...(replyTo ? { replyToId: replyTo } : {}),
        };
        const response = await connector.call(path, { body: JSON.stringify(body), signal });
        providerMessageId = (parseJson(response.text) as { id?: string } | undefined)?.id ?? providerMessageId;
      }
      return { ...(providerMessageId ? { providerMessageId } : {}), state: 'sent' };
    },
  };
}

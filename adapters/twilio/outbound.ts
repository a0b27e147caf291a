import {
  PermanentFailure,
  basicAuth,
  classifyErrors,
  createTransport,
  deadline,
  logCalls,
  parseJson,
  type ChannelSender,
  type Logger,
  type OutboundMessage,
  type Transport,
} from '../../core/index.js';
import { twilioFailure } from './errors.js';
import { numberedMenu, splitText } from '../text.js';

export const SMS_TEXT_LIMIT = 1600;

/** The form bodies of the Messages API requests for one outbound message. */
export function buildForms(
  message: OutboundMessage,
  context: { from: string; whatsapp: boolean; statusCallback: string },
): URLSearchParams[] {
  const address = (n: string) => (context.whatsapp ? `whatsapp:${n}` : n);
  const form = (fields: Record<string, string>) =>
    new URLSearchParams({
      To: address(message.to.id),
      From: address(context.from),
      StatusCallback: context.statusCallback,
      ...fields,
    });
  switch (message.kind) {
    case 'text':
      return splitText(message.text, SMS_TEXT_LIMIT).map((Body) => form({ Body }));
    case 'buttons':
    case 'list':
      return splitText(numberedMenu(message.text, message.choices), SMS_TEXT_LIMIT).map((Body) => form({ Body }));
    case 'media': {
      if (!message.media.url) throw new PermanentFailure('Twilio sends media by URL; this message has none');
      return [form({ MediaUrl: message.media.url, ...(message.media.caption ? { Body: message.media.caption } : {}) })];
    }
    case 'template':
      // On WhatsApp, an approved Content template (HX…); on SMS, the text itself.
      if (context.whatsapp) {
        const variables = Object.fromEntries(message.parameters.map((p, i) => [String(i + 1), p]));
        return [form({ ContentSid: message.template, ContentVariables: JSON.stringify(variables) })];
      }
      return [form({ Body: [message.template, ...message.parameters].join(' ') })];
    case 'typing':
      return [];
  }
}

const REQUEST_TIMEOUT_MS = 10_000;

/** Twilio's REST API with an account's credentials: what sends and what checks the account use. */
export function twilioApi(config: {
  apiUrl: string;
  accountSid: string;
  authToken: string;
  logger: Logger;
}): Transport {
  return createTransport({
    baseUrl: config.apiUrl,
    transformers: [
      logCalls(config.logger),
      deadline(REQUEST_TIMEOUT_MS),
      basicAuth(config.accountSid, config.authToken),
      classifyErrors((response) => response.status === 201 || response.status === 200, twilioFailure),
    ],
  });
}

/** Sends through the Messages API, with a status callback to the instance's webhook. */
export function twilioSender(config: {
  channel: 'sms' | 'whatsapp';
  accountSid: string;
  authToken: string;
  from: string;
  webhookUrl: string;
  apiUrl: string;
  perSecond: number;
  logger: Logger;
}): ChannelSender {
  const api = twilioApi(config);
  const path = `/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`;
  const whatsapp = config.channel === 'whatsapp';
  const recipient = whatsapp ? { perSecond: 1 / 6, burst: 45 } : { perSecond: 1, burst: 3 };
  return {
    limits: {
      account: { perSecond: config.perSecond, burst: Math.max(1, Math.round(config.perSecond)) },
      recipient: () => recipient,
    },
    async send(message, signal) {
      let providerMessageId: string | undefined;
      for (const form of buildForms(message, { from: config.from, whatsapp, statusCallback: config.webhookUrl })) {
        const response = await api.call(path, {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form.toString(),
          signal,
        });
        providerMessageId = (parseJson(response.text) as { sid?: string } | undefined)?.sid ?? providerMessageId;
      }
      return { ...(providerMessageId ? { providerMessageId } : {}), state: 'sent' };
    },
  };
}

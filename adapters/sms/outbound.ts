import { PermanentFailure, splitText, type Choice, type OutboundMessage } from '../../core/index.js';

export const SMS_TEXT_LIMIT = 1600;

/** Buttons and lists where the channel has none: a numbered menu; a bare number answers it. */
export function numberedMenu(text: string, choices: Choice[]): string {
  return [text, ...choices.map((c, i) => `${i + 1}. ${c.title}`), 'Reply with a number.'].join('\n');
}

/** The form bodies of the Messages API requests for one outbound message. */
export function buildForms(message: OutboundMessage, context: { from: string; whatsapp: boolean; statusCallback: string }): URLSearchParams[] {
  const address = (n: string) => (context.whatsapp ? `whatsapp:${n}` : n);
  const form = (fields: Record<string, string>) => new URLSearchParams({ To: address(message.to.id), From: address(context.from), StatusCallback: context.statusCallback, ...fields });
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

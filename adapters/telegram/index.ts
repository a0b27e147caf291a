import { createHash } from 'node:crypto';
import { registerChannel } from '../registration.js';
import { telegramWebhook } from './inbound.js';
import { telegramSender } from './outbound.js';
import { telegramSettings } from './settings.js';

export { parseUpdate } from './inbound.js';
export { buildCalls } from './outbound.js';
export { botApiFailure } from './errors.js';

/** The bot id (before the colon) names the account without exposing the token. */
function botAccount(token: string): string {
  return `telegram:${token.split(':')[0] || createHash('sha256').update(token).digest('hex').slice(0, 16)}`;
}

/** Telegram's Bot API: updates (messages, edits, button presses) in, sendMessage and friends out. */
export const telegram = registerChannel(telegramSettings, ({ instance, settings, logger }) => ({
  channel: 'telegram',
  account: botAccount(settings['Telegram Bot Token']),
  webhook: telegramWebhook({ instanceId: instance.id, secretToken: settings['Telegram Secret Token'] }),
  ...telegramSender({
    botToken: settings['Telegram Bot Token'],
    apiUrl: settings['Telegram API URL'],
    perSecond: settings['Telegram Messages Per Second'],
    logger,
  }),
}));
